// GENERATED FILE: do not edit. Regenerate with scripts/gazetteer/generate.py (see GazetteerData.swift).
//
// Provenance: scripts/gazetteer/organizations.tsv and organization-*.tsv (hand-curated for baoterm).
// Format, one record per line, fields separated by tabs: for `records`, full name, abbreviations
// ("|"), kind; for the other tables, the columns their TSV files describe.

/// Organisation names and abbreviations, and the committee, unit and other words read around
/// them; parsed once by `OrganizationExtractor`.
enum OrganizationData {
    static let records = #"""
Ban Thường vụ	BTV	body
Ban Chấp hành	BCH	body
Ủy ban Kiểm tra	UBKT	body
Thường trực		body
Ban Tổ chức		body
Ban Tuyên giáo		body
Ban Dân vận		body
Ban Nội chính		body
Văn phòng		body
Ủy ban nhân dân	UBND	state
Hội đồng nhân dân	HĐND	state
Ủy ban Mặt trận Tổ quốc	UBMTTQ|Ủy ban MTTQ	state
Mặt trận Tổ quốc	MTTQ	state
Bộ Chính trị	BCT	national
Ban Bí thư		national
Ban Chấp hành Trung ương	BCHTW|BCH TW|BCH Trung ương	national
Ủy ban Kiểm tra Trung ương	UBKTTW|UBKT Trung ương	national
Ban Tổ chức Trung ương	BTCTW	national
Ban Tuyên giáo Trung ương	BTGTW	national
Ban Dân vận Trung ương		national
Ban Nội chính Trung ương		national
Quốc hội		national
Ủy ban Thường vụ Quốc hội	UBTVQH	national
Chính phủ		national
Mặt trận Tổ quốc Việt Nam	MTTQVN|MTTQ Việt Nam	national
Đoàn Thanh niên Cộng sản Hồ Chí Minh	Đoàn TNCS Hồ Chí Minh	national
Học viện Chính trị quốc gia Hồ Chí Minh	Học viện CTQG Hồ Chí Minh	national
"""#

    /// Party committees: two words, keepsUnit (yes/no), bare (primary/unit/none). From `scripts/gazetteer/organization-committees.tsv`.
    static let committees = #"""
Tỉnh ủy	no	primary
Thành ủy	no	primary
Huyện ủy	no	none
Quận ủy	no	none
Thị ủy	no	none
Đảng ủy	yes	none
Đảng bộ	yes	unit
"""#

    /// Unit words after a body: words, name in the organisation's name, numbered (yes/no). From `scripts/gazetteer/organization-units.tsv`.
    static let units = #"""
tỉnh	tỉnh	no
thành phố	thành phố	no
TP	thành phố	no
huyện	huyện	no
quận	quận	yes
phường	phường	yes
xã	xã	yes
thị xã	thị xã	no
thị trấn	thị trấn	no
"""#

    /// Words after a name that change what it names: words, role (central/country), name. From `scripts/gazetteer/organization-words.tsv`.
    static let words = #"""
Trung ương	central	Trung ương
TW	central	Trung ương
Việt Nam	country	Việt Nam
"""#
}

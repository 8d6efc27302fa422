// GENERATED FILE: do not edit. Regenerate with scripts/gazetteer/generate.py (see GazetteerData.swift).
//
// Provenance: scripts/gazetteer/organizations.tsv (hand-curated for baoterm).
// Format, one record per line, fields separated by tabs: full name, abbreviations ("|"), kind.

/// Organisation names and abbreviations; parsed once by `OrganizationExtractor`.
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
}

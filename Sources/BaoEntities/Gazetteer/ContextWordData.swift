// GENERATED FILE: do not edit. Regenerate with scripts/gazetteer/generate.py (see GazetteerData.swift).
//
// Provenance: scripts/gazetteer/context-words.tsv and national-bodies.txt (hand-curated for baoterm),
// which say what each list is for.

/// The words around a name that decide whether it is a place, one entry a line: the names of
/// national bodies (read by `ProvinceExtractor`), then each role of context-words.tsv (read word
/// by word into key tables by `ContextWords`).
enum ContextWordData {
    /// Folded names of national bodies and their meetings (`scripts/gazetteer/national-bodies.txt`).
    static let nationalBodies = """
    quoc hoi
    chinh phu
    thu tuong
    trung uong
    bo chinh tri
    ban bi thu
    chu tich nuoc
    mat tran to quoc viet nam
    apec
    asean
    toan quoc
    """

    /// Role personName of `scripts/gazetteer/context-words.tsv`.
    static let personNameWords = """
    Nguyễn
    Trần
    Lê
    Phạm
    Hoàng
    Huỳnh
    Phan
    Vũ
    Võ
    Đặng
    Bùi
    Đỗ
    Hồ
    Ngô
    Dương
    Lý
    Trương
    Đinh
    Lâm
    Mai
    Tô
    Đào
    Cao
    Lương
    Trịnh
    Đoàn
    Tạ
    Châu
    Thái
    Quách
    Hà
    Lưu
    Triệu
    Từ
    Kiều
    Âu
    Diệp
    Tăng
    Lại
    Mạc
    Văn
    Thị
    Hữu
    Đức
    Công
    Quang
    Ngọc
    Xuân
    Đình
    Quốc
    Trọng
    Bá
    Kim
    Hồng
    Thanh
    Minh
    Tấn
    Thế
    Như
    Chí
    Phước
    Phúc
    Duy
    Khắc
    Tiến
    Việt
    Ánh
    Mỹ
    Thúy
    Thu
    """

    /// Role nameHead of `scripts/gazetteer/context-words.tsv`.
    static let nameHeads = """
    Báo
    Đài
    Sở
    Cục
    Đoàn
    Hội
    Ban
    Khu
    Cảng
    Đảng
    Bộ
    Chi
    Công
    Tòa
    Viện
    Trường
    Bệnh
    Ngân
    Nhà
    Chợ
    Cầu
    Sân
    Bến
    Ga
    Miền
    Vùng
    Tỉnh
    Thành
    Huyện
    Quận
    Thị
    Xã
    Phường
    Đồng
    Quốc
    Cộng
    Liên
    Tổng
    Học
    Kho
    """

    /// Role institution of `scripts/gazetteer/context-words.tsv`.
    static let institutionWords = """
    non
    học
    THCS
    THPT
    PTTH
    chùa
    đình
    đền
    """

    /// Role street of `scripts/gazetteer/context-words.tsv`.
    static let streetWords = """
    đường
    lộ
    ngõ
    hẻm
    tàu
    phố
    """

    /// Role organ of `scripts/gazetteer/context-words.tsv`.
    static let organWords = """
    UBND
    HĐND
    MTTQ
    BCH
    BTV
    UBKT
    bộ
    đạo
    dân
    ủy
    Thường trực
    quyền
    của
    toàn
    """

    /// Role roleEnding of `scripts/gazetteer/context-words.tsv`.
    static let roleEndings = """
    thư
    viên
    trực
    vụ
    tịch
    ban
    """

    /// Role title of `scripts/gazetteer/context-words.tsv`.
    static let titleWords = """
    thư
    tịch
    đốc
    viên
    trưởng
    biểu
    ĐB
    ĐBQH
    """

    /// Role venue of `scripts/gazetteer/context-words.tsv`.
    static let venueWords = """
    tại
    rời
    """
}

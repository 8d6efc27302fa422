/// The words around a name that decide whether it is a place (SPEC section 3), as word keys.
///
/// Kept as one table of written words so that the rules read as data: the type words before a
/// place, the words that make a following name a street or a person, and the organs whose bare
/// "thành phố"/"tỉnh" means the article's own unit.
enum ContextWords {
    /// Family names and the commonest middle names: a capitalised one right before a place name
    /// makes the name part of a person's ("Trương Hòa Bình", "Nguyễn Thái Bình").
    static let personNameWords: KeyTable = keys("""
        Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Lâm Mai
        Tô Đào Cao Lương Trịnh Đoàn Tạ Châu Thái Quách Hà Lưu Triệu Từ Kiều Âu Diệp Tăng Lại Mạc
        Văn Thị Hữu Đức Công Quang Ngọc Xuân Đình Quốc Trọng Bá Kim Hồng Thanh Minh Tấn Thế Như
        Chí Phước Phúc Duy Khắc Tiến Việt Ánh Mỹ Thúy Thu
        """)

    /// Capitalised words that head the name of an organ, a place or an institution and may stand
    /// before a place name in mid-sentence ("Báo Cần Thơ", "Sở Xây dựng", "Khu kinh tế"); any other
    /// capitalised word there makes the place name part of a longer proper name
    /// ("Đức Long Gia Lai", a company).
    static let nameHeads: KeyTable = keys("""
        Báo Đài Sở Cục Đoàn Hội Ban Khu Cảng Đảng Bộ Chi Công Tòa Viện Trường Bệnh Ngân Nhà Chợ Cầu
        Sân Bến Ga Miền Vùng Tỉnh Thành Huyện Quận Thị Xã Phường Đồng Quốc Cộng Liên Tổng Học Kho
        """)

    /// Words before a district name that make it the name of an institution elsewhere
    /// ("Trường Mầm non Vạn Ninh", "Trường THCS Cầu Giấy").
    static let institutionWords: KeyTable = keys("non học THCS THPT PTTH chùa đình đền")

    /// Words after which a place name names a street, a road or a vehicle, not the place.
    static let streetWords: KeyTable = keys("đường lộ ngõ hẻm tàu phố")

    /// Organs before a bare "thành phố" or "tỉnh" that make it the article's own unit:
    /// "UBND thành phố", "Đảng bộ tỉnh", "lãnh đạo thành phố".
    static let organWords: KeyTable = keys("""
        UBND HĐND MTTQ BCH BTV UBKT bộ đạo dân ủy Thường trực quyền của toàn
        """)

    /// Last words of the titles a person holds in a committee ("Bí thư", "Ủy viên", "Thường trực",
    /// "Chủ tịch", "Trưởng ban"): a committee named after them is a title, not the body acting.
    static let roleEndings: KeyTable = keys("thư viên trực vụ tịch ban")

    /// Last words of personal titles: a place named right after one is where the person serves.
    static let titleWords: KeyTable = keys("thư tịch đốc viên trưởng biểu ĐB ĐBQH")

    /// Words that make the following place the venue of an event: "tại Hà Nội", "rời Hà Nội".
    static let venueWords: KeyTable = keys("tại rời")

    static let tp = WordKey.key(of: "TP")
    static let thanh = WordKey.key(of: "thành")
    static let pho = WordKey.key(of: "phố")
    static let tinh = WordKey.key(of: "tỉnh")
    static let uy = WordKey.key(of: "ủy")
    static let huyen = WordKey.key(of: "huyện")
    static let quan = WordKey.key(of: "quận")
    static let thi = WordKey.key(of: "thị")
    static let xa = WordKey.key(of: "xã")
    static let tran = WordKey.key(of: "trấn")
    static let phuong = WordKey.key(of: "phường")
    static let dang = WordKey.key(of: "Đảng")
    static let bo = WordKey.key(of: "bộ")
    static let dac = WordKey.key(of: "đặc")
    static let khu = WordKey.key(of: "khu")

    private static func keys(_ words: String) -> KeyTable {
        KeyTable(keys: WordScanner.scan(words).map(\.key))
    }
}

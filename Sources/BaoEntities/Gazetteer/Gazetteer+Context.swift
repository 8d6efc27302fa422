/// The words around a name that decide whether it is a place (SPEC section 3), as word keys.
///
/// The word lists (the words that make a following name a street or a person, the organs whose bare
/// "thành phố"/"tỉnh" means the article's own unit, …) are generated from
/// `scripts/gazetteer/context-words.tsv` into `ContextWordData`; the single words the rules name
/// are the keys below them.
enum ContextWords {
    /// Family names and the commonest middle names: a capitalised one right before a place name
    /// makes the name part of a person's ("Trương Hòa Bình", "Nguyễn Thái Bình").
    static let personNameWords: KeyTable = keys(ContextWordData.personNameWords)

    /// Capitalised words that head the name of an organ, a place or an institution and may stand
    /// before a place name in mid-sentence ("Báo Cần Thơ", "Sở Xây dựng", "Khu kinh tế"); any other
    /// capitalised word there makes the place name part of a longer proper name
    /// ("Đức Long Gia Lai", a company).
    static let nameHeads: KeyTable = keys(ContextWordData.nameHeads)

    /// Words before a district name that make it the name of an institution elsewhere
    /// ("Trường Mầm non Vạn Ninh", "Trường THCS Cầu Giấy").
    static let institutionWords: KeyTable = keys(ContextWordData.institutionWords)

    /// Words after which a place name names a street, a road or a vehicle, not the place.
    static let streetWords: KeyTable = keys(ContextWordData.streetWords)

    /// Organs before a bare "thành phố" or "tỉnh" that make it the article's own unit:
    /// "UBND thành phố", "Đảng bộ tỉnh", "lãnh đạo thành phố".
    static let organWords: KeyTable = keys(ContextWordData.organWords)

    /// Last words of the titles a person holds in a committee ("Bí thư", "Ủy viên", "Thường trực",
    /// "Chủ tịch", "Trưởng ban"): a committee named after them is a title, not the body acting.
    static let roleEndings: KeyTable = keys(ContextWordData.roleEndings)

    /// Last words of personal titles: a place named right after one is where the person serves.
    static let titleWords: KeyTable = keys(ContextWordData.titleWords)

    /// Words that make the following place the venue of an event: "tại Hà Nội", "rời Hà Nội".
    static let venueWords: KeyTable = keys(ContextWordData.venueWords)

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

/// The word lists of `PeopleVocabulary`, parsed once into the key sets and tables the extractor queries.
///
/// A class: every paragraph's `NameScanner` holds the lexicon, and handing over one reference
/// costs one retain where copying a struct of sixteen tables cost sixteen.
final class PeopleLexicon: Sendable {
    /// Family names: "Nguyễn", "Phạm".
    let surnames: KeyTable
    /// The most frequent family names, which decide where a name starts in a longer run.
    let commonSurnames: KeyTable
    /// Forms of address, each as its words: ["đồng", "chí"], ["ông"].
    let triggers: [[UInt64]]
    /// Titles grouped by their first word, longest first ("phó" → ["phó","bí","thư"], …), laid
    /// out flat so that matching them retains no array per title: the words of every title one
    /// after another (`roleWords`), the range of each title in them (`roleSpans`), and for each
    /// first word (its value in `roleGroups`) the range of its titles in `roleSpans`
    /// (`roleGroupSpans`).
    let roleWords: [UInt64]
    let roleSpans: [Range<Int>]
    let roleGroupSpans: [Range<Int>]
    let roleGroups: KeyTable
    /// Phrases that name streets, schools, works, ideas ("đường", "tư tưởng").
    let contexts: KeyTable
    /// Administrative unit words: "tỉnh", "thành phố".
    let placeTypes: KeyTable
    let stopwords: KeyTable
    /// Function words that are never part of a name: "theo", "tại".
    let breakers: KeyTable
    /// Capitalised words that begin the name of a body: "Sở", "Bộ", "Công".
    let institutions: KeyTable
    /// Names of provinces and districts from the gazetteer ("Long An", "Hoàng Mai"), but not
    /// those that are also ordinary words.
    let places: KeyTable
    /// Names of the 63 provinces only.
    let provinces: KeyTable
    /// Country names of one or two words: "Nhật Bản", "Nga".
    let countries: KeyTable
    /// Name-like phrases that are places or things: "Hồ Chí Minh", "Hà Nội".
    let notNames: KeyTable
    /// Words of ethnic-minority names: the openers "Y", "H", "K" and family names ("Niê", "Ksor").
    let ethnic: KeyTable

    /// Keys of single words the rules refer to by name.
    enum Word {
        static let chu = PeopleLexicon.key("chủ")
        static let tri = PeopleLexicon.key("trì")
        static let va = PeopleLexicon.key("và")
        static let nguyen = PeopleLexicon.key("nguyên")
        static let bac = PeopleLexicon.key("bác")
        static let ho = PeopleLexicon.key("hồ")
        static let hoChiMinh = PeopleLexicon.key("Hồ Chí Minh")
        static let y = PeopleLexicon.key("y")
        /// Province-level unit words: after a title and one of them, a two-syllable name that is no
        /// province is the official's ("Chủ tịch UBND tỉnh Lê Hùng").
        static let provinceUnits = PeopleLexicon.keys(["tỉnh", "thành phố", "tp"])
        static let creditLabels = PeopleLexicon.keys(["ảnh", "bài", "tin", "video", "clip", "nguồn", "theo"])
    }

    /// The key of a word or phrase the rules name; 0, which no word has, when it is none.
    static func key(_ entry: String) -> UInt64 {
        WordTokenizer.phraseKey(of: entry) ?? 0
    }

    /// The set of the keys of `entries`; an entry that is no run of words can never match and is
    /// left out.
    static func keys<S: Sequence>(_ entries: S) -> KeyTable where S.Element == String {
        KeyTable(keys: entries.compactMap { WordTokenizer.phraseKey(of: $0) })
    }

    static let shared = PeopleLexicon()

    private init() {
        func entries(_ list: String) -> [String] {
            list.split(separator: "\n").map(\.trimmedWhitespace).filter { !$0.isEmpty }
        }
        // An entry's words are split at spaces and full stops ("TP.HCM"). An entry with a part
        // that is not one word token can never match and is left out.
        func words(_ entry: String) -> [UInt64]? {
            var keys: [UInt64] = []
            for part in entry.split(whereSeparator: { $0 == " " || $0 == "." }) {
                guard let key = WordTokenizer.phraseKey(of: String(part)) else { return nil }
                keys.append(key)
            }
            return keys
        }
        func phrase(_ entry: String) -> String {
            entry.split(whereSeparator: { $0 == " " || $0 == "." }).joined(separator: " ")
        }
        surnames = Self.keys(entries(PeopleVocabulary.surnames))
        commonSurnames = Self.keys(entries(PeopleVocabulary.surnames).prefix(13))
        triggers = entries(PeopleVocabulary.triggers).compactMap(words)
        var roles: [UInt64: [[UInt64]]] = [:]
        for entry in entries(PeopleVocabulary.roles) {
            guard let w = words(entry), let first = w.first else { continue }
            roles[first, default: []].append(w)
        }
        var roleWords: [UInt64] = []
        var roleSpans: [Range<Int>] = []
        var roleGroupSpans: [Range<Int>] = []
        var roleGroups = KeyTable(capacity: roles.count)
        for (first, titles) in roles {
            roleGroups[first] = Int32(roleGroupSpans.count)
            let start = roleSpans.count
            for title in titles.sorted(by: { $0.count > $1.count }) {
                roleSpans.append(roleWords.count..<(roleWords.count + title.count))
                roleWords += title
            }
            roleGroupSpans.append(start..<roleSpans.count)
        }
        self.roleWords = roleWords
        self.roleSpans = roleSpans
        self.roleGroupSpans = roleGroupSpans
        self.roleGroups = roleGroups
        contexts = Self.keys(entries(PeopleVocabulary.contexts).map(phrase))
        placeTypes = Self.keys(entries(PeopleVocabulary.placetypes).map(phrase))
        stopwords = Self.keys(entries(PeopleVocabulary.stopwords))
        breakers = Self.keys(entries(PeopleVocabulary.breakers))
        notNames = Self.keys(entries(PeopleVocabulary.notnames))
        institutions = Self.keys(entries(PeopleVocabulary.institutions))
        countries = Self.keys(entries(PeopleVocabulary.countries))
        // Two-word family names ("Rơ Mah") are phrases: "Lan" of "Rah Lan" alone is a common given name.
        ethnic = Self.keys(entries(PeopleVocabulary.ethnic))
        var places = Gazetteer.allProvinces.map(\.name)
        provinces = Self.keys(places)
        for district in Gazetteer.allDistricts where !district.isOrdinaryWord {
            places.append(district.name)
        }
        self.places = Self.keys(places)
    }
}

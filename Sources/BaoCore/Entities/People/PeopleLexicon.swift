/// The word lists of `PeopleVocabulary`, parsed once into the key sets and tables the extractor queries.
struct PeopleLexicon: Sendable {
    /// Family names: "Nguyễn", "Phạm".
    let surnames: Set<NameKey>
    /// The most frequent family names, which decide where a name starts in a longer run.
    let commonSurnames: Set<NameKey>
    /// Forms of address, each as its words: ["đồng", "chí"], ["ông"].
    let triggers: [[NameKey]]
    /// Titles grouped by their first word, longest first: "phó" → [["phó","bí","thư"], …].
    let rolesByFirstWord: [NameKey: [[NameKey]]]
    /// Phrases that name streets, schools, works, ideas ("đường", "tư tưởng").
    let contexts: Set<NameKey>
    /// Administrative unit words: "tỉnh", "thành phố".
    let placeTypes: Set<NameKey>
    let stopwords: Set<NameKey>
    /// Function words that are never part of a name: "theo", "tại".
    let breakers: Set<NameKey>
    /// Capitalised words that begin the name of a body: "Sở", "Bộ", "Công".
    let institutions: Set<NameKey>
    /// Country names of one or two words: "Nhật Bản", "Nga".
    let countries: Set<NameKey>
    /// Name-like phrases that are places or things: "Hồ Chí Minh", "Hà Nội".
    let notNames: Set<NameKey>

    /// Keys of single words the rules refer to by name.
    enum Word {
        static let chu = NameKey.of("chủ")
        static let tri = NameKey.of("trì")
        static let va = NameKey.of("và")
        static let nguyen = NameKey.of("nguyên")
        static let bac = NameKey.of("bác")
        static let ho = NameKey.of("hồ")
        static let hoChiMinh = NameKey.of("Hồ Chí Minh")
        static let creditLabels: Set<NameKey> = Set(["ảnh", "bài", "tin", "video", "clip", "nguồn", "theo"].map(NameKey.of))
    }

    static let shared = PeopleLexicon()

    private init() {
        func entries(_ list: String) -> [String] {
            list.split(separator: "\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        func words(_ entry: String) -> [NameKey] {
            entry.split(whereSeparator: { $0 == " " || $0 == "." }).map { NameKey.of(String($0)) }
        }
        func phrase(_ entry: String) -> NameKey {
            NameKey.of(entry.split(whereSeparator: { $0 == " " || $0 == "." }).joined(separator: " "))
        }
        surnames = Set(entries(PeopleVocabulary.surnames).map(NameKey.of))
        commonSurnames = Set(entries(PeopleVocabulary.surnames).prefix(13).map(NameKey.of))
        triggers = entries(PeopleVocabulary.triggers).map(words)
        var roles: [NameKey: [[NameKey]]] = [:]
        for entry in entries(PeopleVocabulary.roles) {
            let w = words(entry)
            guard let first = w.first else { continue }
            roles[first, default: []].append(w)
        }
        rolesByFirstWord = roles.mapValues { $0.sorted { $0.count > $1.count } }
        contexts = Set(entries(PeopleVocabulary.contexts).map(phrase))
        placeTypes = Set(entries(PeopleVocabulary.placetypes).map(phrase))
        stopwords = Set(entries(PeopleVocabulary.stopwords).map(NameKey.of))
        breakers = Set(entries(PeopleVocabulary.breakers).map(NameKey.of))
        notNames = Set(entries(PeopleVocabulary.notnames).map(NameKey.of))
        institutions = Set(entries(PeopleVocabulary.institutions).map(NameKey.of))
        countries = Set(entries(PeopleVocabulary.countries).map(NameKey.of))
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

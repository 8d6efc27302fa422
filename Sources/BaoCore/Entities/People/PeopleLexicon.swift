/// The word lists of `PeopleVocabulary`, parsed once into the key sets and tables the extractor queries.
struct PeopleLexicon: Sendable {
    /// Family names: "Nguyễn", "Phạm".
    let surnames: Set<WordKey>
    /// The most frequent family names, which decide where a name starts in a longer run.
    let commonSurnames: Set<WordKey>
    /// Forms of address, each as its words: ["đồng", "chí"], ["ông"].
    let triggers: [[WordKey]]
    /// Titles grouped by their first word, longest first: "phó" → [["phó","bí","thư"], …].
    let rolesByFirstWord: [WordKey: [[WordKey]]]
    /// Phrases that name streets, schools, works, ideas ("đường", "tư tưởng").
    let contexts: Set<WordKey>
    /// Administrative unit words: "tỉnh", "thành phố".
    let placeTypes: Set<WordKey>
    let stopwords: Set<WordKey>
    /// Function words that are never part of a name: "theo", "tại".
    let breakers: Set<WordKey>
    /// Name-like phrases that are places or things: "Hồ Chí Minh", "Hà Nội".
    let notNames: Set<WordKey>

    /// Keys of single words the rules refer to by name.
    enum Word {
        static let chu = WordKey.of("chủ")
        static let tri = WordKey.of("trì")
        static let va = WordKey.of("và")
        static let nguyen = WordKey.of("nguyên")
        static let bac = WordKey.of("bác")
        static let ho = WordKey.of("hồ")
        static let hoChiMinh = WordKey.of("Hồ Chí Minh")
        static let creditLabels: Set<WordKey> = Set(["ảnh", "bài", "tin", "video", "clip", "nguồn", "theo"].map(WordKey.of))
    }

    static let shared = PeopleLexicon()

    private init() {
        func entries(_ list: String) -> [String] {
            list.split(separator: "\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        func words(_ entry: String) -> [WordKey] {
            entry.split(whereSeparator: { $0 == " " || $0 == "." }).map { WordKey.of(String($0)) }
        }
        func phrase(_ entry: String) -> WordKey {
            WordKey.of(entry.split(whereSeparator: { $0 == " " || $0 == "." }).joined(separator: " "))
        }
        surnames = Set(entries(PeopleVocabulary.surnames).map(WordKey.of))
        commonSurnames = Set(entries(PeopleVocabulary.surnames).prefix(13).map(WordKey.of))
        triggers = entries(PeopleVocabulary.triggers).map(words)
        var roles: [WordKey: [[WordKey]]] = [:]
        for entry in entries(PeopleVocabulary.roles) {
            let w = words(entry)
            guard let first = w.first else { continue }
            roles[first, default: []].append(w)
        }
        rolesByFirstWord = roles.mapValues { $0.sorted { $0.count > $1.count } }
        contexts = Set(entries(PeopleVocabulary.contexts).map(phrase))
        placeTypes = Set(entries(PeopleVocabulary.placetypes).map(phrase))
        stopwords = Set(entries(PeopleVocabulary.stopwords).map(WordKey.of))
        breakers = Set(entries(PeopleVocabulary.breakers).map(WordKey.of))
        notNames = Set(entries(PeopleVocabulary.notnames).map(WordKey.of))
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

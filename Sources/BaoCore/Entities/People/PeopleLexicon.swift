/// The word lists of `PeopleVocabulary`, parsed once into the sets and tables the extractor queries.
struct PeopleLexicon: Sendable {
    /// Family names as written: "Nguyễn", "Phạm".
    let surnames: Set<String>
    /// Forms of address in lower case, each as its words: ["đồng", "chí"], ["ông"].
    let triggers: [[String]]
    /// Titles in lower case, grouped by their first word, longest first: "phó" → [["phó","bí","thư"], …].
    let rolesByFirstWord: [String: [[String]]]
    /// Phrases (lower case, words joined by one space) that name streets, schools, works, ideas.
    let contexts: Set<String>
    /// Administrative unit words in lower case: "tỉnh", "thành phố".
    let placeTypes: Set<String>
    let stopwords: Set<String>
    /// Name-like phrases that are places or things: "Hồ Chí Minh", "Hà Nội".
    let notNames: Set<String>

    static let shared = PeopleLexicon()

    private init() {
        func entries(_ list: String) -> [String] {
            list.split(separator: "\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        func words(_ entry: String) -> [String] {
            entry.lowercased().split(whereSeparator: { $0 == " " || $0 == "." }).map(String.init)
        }
        surnames = Set(entries(PeopleVocabulary.surnames))
        triggers = entries(PeopleVocabulary.triggers).map(words)
        var roles: [String: [[String]]] = [:]
        for entry in entries(PeopleVocabulary.roles) {
            let w = words(entry)
            guard let first = w.first else { continue }
            roles[first, default: []].append(w)
        }
        rolesByFirstWord = roles.mapValues { $0.sorted { $0.count > $1.count } }
        contexts = Set(entries(PeopleVocabulary.contexts).map { words($0).joined(separator: " ") })
        placeTypes = Set(entries(PeopleVocabulary.placetypes).map { words($0).joined(separator: " ") })
        stopwords = Set(entries(PeopleVocabulary.stopwords).map { $0.lowercased() })
        notNames = Set(entries(PeopleVocabulary.notnames))
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

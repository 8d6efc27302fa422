/// The word lists of `PeopleVocabulary`, parsed once into the key sets and tables the extractor queries.
///
/// A class: every paragraph's `NameScanner` holds the lexicon, and handing over one reference
/// costs one retain where copying a struct of sixteen tables cost sixteen.
final class PeopleLexicon: Sendable {
    /// Family names: "Nguyễn", "Phạm".
    let surnames: KeySet
    /// The most frequent family names, which decide where a name starts in a longer run.
    let commonSurnames: KeySet
    /// Forms of address, each as its words: ["đồng", "chí"], ["ông"].
    let triggers: [[NameKey]]
    /// Titles grouped by their first word, longest first: "phó" → [["phó","bí","thư"], …].
    let rolesByFirstWord: [NameKey: [[NameKey]]]
    /// First words of titles, for a quick test before the dictionary lookup.
    let roleFirstWords: KeySet
    /// Phrases that name streets, schools, works, ideas ("đường", "tư tưởng").
    let contexts: KeySet
    /// Administrative unit words: "tỉnh", "thành phố".
    let placeTypes: KeySet
    let stopwords: KeySet
    /// Function words that are never part of a name: "theo", "tại".
    let breakers: KeySet
    /// Capitalised words that begin the name of a body: "Sở", "Bộ", "Công".
    let institutions: KeySet
    /// Names of provinces and districts from the gazetteer ("Long An", "Hoàng Mai"), but not
    /// those that are also ordinary words.
    let places: KeySet
    /// Names of the 63 provinces only.
    let provinces: KeySet
    /// Country names of one or two words: "Nhật Bản", "Nga".
    let countries: KeySet
    /// Name-like phrases that are places or things: "Hồ Chí Minh", "Hà Nội".
    let notNames: KeySet
    /// Words of ethnic-minority names: the openers "Y", "H", "K" and family names ("Niê", "Ksor").
    let ethnic: KeySet

    /// Keys of single words the rules refer to by name.
    enum Word {
        static let chu = NameKey.of("chủ")
        static let tri = NameKey.of("trì")
        static let va = NameKey.of("và")
        static let nguyen = NameKey.of("nguyên")
        static let bac = NameKey.of("bác")
        static let ho = NameKey.of("hồ")
        static let hoChiMinh = NameKey.of("Hồ Chí Minh")
        static let y = NameKey.of("y")
        /// Province-level unit words: after a title and one of them, a two-syllable name that is no
        /// province is the official's ("Chủ tịch UBND tỉnh Lê Hùng").
        static let provinceUnits = KeySet(["tỉnh", "thành phố", "tp"].map { NameKey.of($0) })
        static let creditLabels = KeySet(["ảnh", "bài", "tin", "video", "clip", "nguồn", "theo"].map(NameKey.of))
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
        surnames = KeySet(entries(PeopleVocabulary.surnames).map(NameKey.of))
        commonSurnames = KeySet(entries(PeopleVocabulary.surnames).prefix(13).map(NameKey.of))
        triggers = entries(PeopleVocabulary.triggers).map(words)
        var roles: [NameKey: [[NameKey]]] = [:]
        for entry in entries(PeopleVocabulary.roles) {
            let w = words(entry)
            guard let first = w.first else { continue }
            roles[first, default: []].append(w)
        }
        rolesByFirstWord = roles.mapValues { $0.sorted { $0.count > $1.count } }
        roleFirstWords = KeySet(roles.keys)
        contexts = KeySet(entries(PeopleVocabulary.contexts).map(phrase))
        placeTypes = KeySet(entries(PeopleVocabulary.placetypes).map(phrase))
        stopwords = KeySet(entries(PeopleVocabulary.stopwords).map(NameKey.of))
        breakers = KeySet(entries(PeopleVocabulary.breakers).map(NameKey.of))
        notNames = KeySet(entries(PeopleVocabulary.notnames).map(NameKey.of))
        institutions = KeySet(entries(PeopleVocabulary.institutions).map(NameKey.of))
        countries = KeySet(entries(PeopleVocabulary.countries).map(NameKey.of))
        // Two-word family names ("Rơ Mah") are phrases: "Lan" of "Rah Lan" alone is a common given name.
        ethnic = KeySet(entries(PeopleVocabulary.ethnic).map(NameKey.of))
        var places = Gazetteer.allProvinces.map { NameKey.of($0.name) }
        provinces = KeySet(places)
        for district in Gazetteer.allDistricts where !district.isOrdinaryWord {
            places.append(NameKey.of(district.name))
        }
        self.places = KeySet(places)
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

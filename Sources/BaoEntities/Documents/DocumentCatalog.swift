/// The document tables of `DocumentTables`, parsed once into lookups the scanner uses.
package final class DocumentCatalog: Sendable {
    /// Where a symbol belongs: decides its syntax and which types it may carry.
    enum Family: String, Sendable { case party, state }

    /// How high the issuing body sits: decides the qualifier of the document key.
    enum Level: String, Sendable {
        case central, provincial, district, grassroots, state, statelocal, prefix

        /// True for bodies whose documents are numbered within a province (or a place inside it).
        var isLocal: Bool {
            self == .provincial || self == .district || self == .grassroots || self == .statelocal
        }
    }

    struct TypeEntry: Sendable {
        let abbreviation: String
        let family: Family
        let name: String
    }

    struct Trigger: Sendable {
        let pattern: [UInt32]
        let type: String
        let partyNumber: Bool
    }

    struct Issuer: Sendable {
        let code: String
        let level: Level
    }

    struct Phrase: Sendable {
        let pattern: [UInt32]
        let issuer: Issuer
        /// The committee word itself ("tỉnh ủy"), as opposed to a body above it ("Bộ Chính trị").
        let isCommittee: Bool
    }

    struct Place: Sendable {
        let name: String
        let patterns: [[UInt32]]
    }

    /// Type rows by folded abbreviation; the first row of a family is its default.
    let types: [[UInt32]: [TypeEntry]]
    /// Trigger words, longest first.
    let triggers: [Trigger]
    /// The trigger words' patterns, for the scan (items are indices in `triggers`).
    let triggerPatterns: PatternSet
    /// Issuer codes (folded) to their level.
    let issuers: [[UInt32]: Issuer]
    /// Prose phrases naming bodies, longest first.
    let phrases: [Phrase]
    /// Prefix words before a committee ("Ban Thường vụ"), longest first.
    let prefixes: [[UInt32]]
    /// Centrally-run cities with their short forms, longest form first.
    let centralCities: [Place]
    /// Term names with the day they began ("2016-01-28"), in order.
    package let terms: [(term: String, start: String)]
    /// National Assembly legislatures, in order.
    let legislatures: [Legislature]
    /// Well-known Party Central documents by id ("5-CT/TW", "NQTW4").
    let centralDocuments: [String: [CentralDocument]]

    /// A National Assembly legislature: the first day a document can be of it, and the first day it certainly is.
    struct Legislature: Sendable {
        let number: Int
        let from: String
        let certain: String
    }

    /// A row of the reference table of Party Central documents.
    struct CentralDocument: Sendable {
        let id: String
        let type: String
        let date: String
        let term: String
        let subject: String
        /// The subject's folded words, for matching a title written in an article.
        let subjectWords: Set<String>
    }

    package static let shared = DocumentCatalog()

    init() {
        var types: [[UInt32]: [TypeEntry]] = [:]
        for row in DocumentCatalog.rows(DocumentTables.types) where row.count == 3 {
            let families: [Family] = row[1] == "both" ? [.party, .state] : (Family(rawValue: row[1]).map { [$0] } ?? [])
            for family in families {
                types[ScanText.pattern(row[0]), default: []].append(TypeEntry(abbreviation: row[0], family: family, name: row[2]))
            }
        }
        self.types = types

        self.triggers = DocumentCatalog.rows(DocumentTables.triggers).compactMap { row in
            row.count == 5 ? Trigger(pattern: ScanText.pattern(row[0]), type: row[1], partyNumber: row[2] == "yes") : nil
        }.sorted { $0.pattern.count > $1.pattern.count }
        self.triggerPatterns = PatternSet(self.triggers.map(\.pattern))

        var issuers: [[UInt32]: Issuer] = [:]
        var phrases: [Phrase] = []
        var prefixes: [[UInt32]] = []
        for row in DocumentCatalog.rows(DocumentTables.issuers) where row.count == 3 {
            guard let level = Level(rawValue: row[1]) else { continue }
            let names = row[2].split(separator: "|").map(String.init)
            if level == .prefix {
                prefixes.append(contentsOf: names.map(ScanText.pattern))
                continue
            }
            let issuer = Issuer(code: row[0], level: level)
            if issuers[ScanText.pattern(row[0])] == nil { issuers[ScanText.pattern(row[0])] = issuer }
            for name in names {
                let committee = level == .provincial || level == .district || level == .grassroots
                phrases.append(Phrase(pattern: ScanText.pattern(name), issuer: issuer, isCommittee: committee))
            }
        }
        // "TƯ" is "TW" written with Ư.
        if let tw = issuers[ScanText.pattern("TW")] { issuers[ScanText.pattern("TƯ")] = tw }
        self.issuers = issuers
        self.phrases = phrases.sorted { $0.pattern.count > $1.pattern.count }
        self.prefixes = prefixes.sorted { $0.count > $1.count }

        self.centralCities = DocumentCatalog.rows(DocumentTables.places).compactMap { row in
            guard row.count == 2 else { return nil }
            let forms = [row[0]] + row[1].split(separator: "|").map(String.init)
            return Place(name: row[0], patterns: forms.map(ScanText.pattern).sorted { $0.count > $1.count })
        }
        self.terms = DocumentCatalog.rows(DocumentTables.terms).compactMap { row in
            row.count == 2 ? (row[0], row[1]) : nil
        }
        self.legislatures = DocumentCatalog.rows(DocumentTables.legislatures).compactMap { row in
            guard row.count == 3, let number = Int(row[0]) else { return nil }
            return Legislature(number: number, from: row[1], certain: row[2])
        }
        var central: [String: [CentralDocument]] = [:]
        for row in DocumentCatalog.rows(DocumentTables.central) where row.count == 6 {
            central[row[0], default: []].append(CentralDocument(
                id: row[0], type: row[1], date: row[2], term: row[3], subject: row[4],
                subjectWords: DocumentCatalog.contentWords(row[4])))
        }
        self.centralDocuments = central
    }

    /// The data rows of a table (header dropped), split on tabs.
    static func rows(_ table: String) -> [[String]] {
        let lines = table.split(separator: "\n").map { $0.drop(while: { $0 == " " }) }
        return lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The type rows for an abbreviation in one family.
    func types(_ abbreviation: [UInt32], family: Family) -> [TypeEntry] {
        (types[abbreviation] ?? []).filter { $0.family == family }
    }

    /// The full type name for a symbol's abbreviation, preferring the name of the word written before it.
    func typeName(abbreviation: [UInt32], family: Family, written: String?) -> String? {
        let rows = types(abbreviation, family: family)
        if let written, rows.contains(where: { $0.name == written }) { return written }
        return rows.first?.name
    }

    /// The Party abbreviation of a type name ("Chỉ thị" → "CT").
    func partyAbbreviation(of name: String) -> String? {
        for key in DocumentCatalog.partyOrder {
            if let row = types[ScanText.pattern(key)]?.first(where: { $0.family == .party && $0.name == name }) {
                return row.abbreviation
            }
        }
        return nil
    }

    /// Abbreviations in the order resolution should prefer them ("QĐ" before "QĐi").
    private static let partyOrder = ["NQ", "CT", "KL", "QĐ", "HD", "TB", "KH", "CTr", "QC", "TT", "ĐA", "BC", "CV"]

    /// The level of a symbol's issuer code: table first, then the Party suffix convention
    /// ("BTGTU" is a body of a provincial committee, "BTCTW" a Central one).
    func level(ofIssuer code: [UInt32]) -> Level? {
        if let issuer = issuers[code] { return issuer.level }
        let text = String(String.UnicodeScalarView(code.compactMap(Unicode.Scalar.init)))
        if text.hasSuffix("tw") || text.hasSuffix("tư") { return .central }
        if text.hasSuffix("tu") { return .provincial }
        if text.hasSuffix("hu") || text.hasSuffix("qu") { return .district }
        return nil
    }

    /// The State abbreviation of a type name ("Nghị quyết" → "NQ", "Quyết định" → "QĐ").
    func stateAbbreviation(of name: String) -> String? {
        for (key, rows) in types {
            if let row = rows.first(where: { $0.family == .state && $0.name == name }),
               ScanText.pattern(row.abbreviation) == key, row.abbreviation != "QyĐ" || name == "Quy định" {
                return row.abbreviation
            }
        }
        return nil
    }

    /// The National Assembly legislature of a document of `year` (and `date`, ISO, when written):
    /// the year alone when one legislature sat all of it, else the date; nil when they cannot tell.
    func legislature(year: Int, date: String?) -> Int? {
        if let date, date.hasPrefix(String(year)) {
            // Between the earliest and the certain start the previous legislature may still sit.
            guard let entry = legislatures.last(where: { $0.from <= date }) else { return nil }
            return date >= entry.certain ? entry.number : nil
        }
        let prefix = String(year)
        // A year in which a legislature began is shared with the one before.
        if legislatures.contains(where: { $0.from.hasPrefix(prefix) || $0.certain.hasPrefix(prefix) }) { return nil }
        return legislatures.last(where: { $0.from < prefix })?.number
    }

    /// The term of a Party Central document from the reference table, when it knows the id: the one
    /// row whose subject the written title matches; with no title, the one row not dated after `published`.
    func referenceTerm(id: String, title: String?, published: String?) -> String? {
        guard let rows = centralDocuments[id] else { return nil }
        let possible = rows.filter { row in published.map { row.date <= $0 } ?? true }
        if let title {
            // A subject written in the article must be the row's: it tells documents of one symbol
            // apart, and a subject no row has means another document the table does not know.
            let words = DocumentCatalog.contentWords(title)
            let matching = possible.filter { DocumentCatalog.sameSubject($0.subjectWords, words) }
            return matching.count == 1 ? matching[0].term : nil
        }
        return possible.count == 1 ? possible[0].term : nil
    }

    /// True when two subjects' content words (`contentWords`) say one subject: at least two words
    /// shared, and at least half of the shorter one's.
    package static func sameSubject(_ one: Set<String>, _ other: Set<String>) -> Bool {
        let shared = one.intersection(other).count
        return shared >= 2 && Double(shared) >= 0.5 * Double(min(one.count, other.count))
    }

    /// True when the reference table knows `id` and none of its rows is of `term`.
    func referenceExcludes(id: String, term: String) -> Bool {
        guard let rows = centralDocuments[id] else { return false }
        return !rows.contains { $0.term == term }
    }

    /// The folded words of a subject or title, without the little words every subject shares.
    package static func contentWords(_ text: String) -> Set<String> {
        let folded = String(String.UnicodeScalarView(ScanText.pattern(text).compactMap(Unicode.Scalar.init)))
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        return Set(words.filter { !DocumentCatalog.littleWords.contains($0) })
    }

    /// The rows of a generated word table (words, role, …) whose role is `role`, in the table's order.
    static func wordRows(_ table: String, role: String) -> [[String]] {
        rows(table).filter { $0.count >= 2 && $0[1] == role }
    }

    /// The words of `scripts/documents/subject-words.tsv` that have `role`, in the table's order.
    static func subjectWords(_ role: String) -> [String] {
        wordRows(DocumentTables.subjectWords, role: role).map { $0[0] }
    }

    /// Little words every subject shares (role little), folded as `contentWords` folds.
    private static let littleWords: Set<String> = Set(subjectWords("little")
        .map { String(String.UnicodeScalarView(ScanText.pattern($0).compactMap(Unicode.Scalar.init))) })

    /// The term in force all through `year`; nil for a year in which a term began (2016: XI, then XII).
    func term(inYear year: Int) -> String? {
        let first = String(year) + "-01-01", last = String(year) + "-12-31"
        guard let term = self.term(onISODate: first), self.term(onISODate: last) == term else { return nil }
        return term
    }

    /// The Party Central Committee term in force on a day ("2020-08-05" → "XII"); nil before the table.
    func term(onISODate date: String) -> String? {
        var found: String?
        for entry in terms where entry.start <= date { found = entry.term }
        return found
    }
}


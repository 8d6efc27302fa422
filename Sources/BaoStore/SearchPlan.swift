/// How a query is ranked: full-text expressions ("tiers"), best first, that an article is put
/// under by the first one it matches; within a tier, BM25 with the title and lead weighted ten
/// times the body.
///
/// A Vietnamese word is usually two or three syllables, and a syllable typed without marks
/// matches many words ("nhung": những, nhung, nhũng). Every tier requires every term of the
/// query, as `SearchQuery.ftsExpression` does; what the tiers add is where: the query's runs of
/// plain syllables ("tham nhung") found as a phrase, then near each other, then anywhere, and
/// at each of those steps a match in the title and lead (the "head") before one in the body
/// alone. A run typed without marks is matched as a phrase in the folded form; a run typed with
/// marks in the marked form, so a marked query keeps its exact meaning.
public struct SearchPlan: Sendable, Equatable {
    /// How close the syllables of a run must be.
    public enum Proximity: Int, Sendable, Comparable, Codable {
        case phrase, near, anywhere

        public static func < (a: Proximity, b: Proximity) -> Bool { a.rawValue < b.rawValue }
    }

    /// One step of the ranking.
    public struct Tier: Sendable, Equatable {
        public var proximity: Proximity
        /// Every positive part must be found in the title or lead.
        public var head: Bool
        /// The FTS5 MATCH expression.
        public var expression: String
        /// The runs must be found in their preferred reading (`prefer(readings:)`).
        public var reading = false
    }

    /// The tiers, best first; the last one is what the query matches at all.
    public private(set) var tiers: [Tier] = []
    /// True when the query holds a run of two or more syllables, so that "as a phrase" means
    /// something.
    public let hasSequence: Bool
    /// The query's positive parts and its exclusions (as FTS5 `NOT …` clauses).
    package private(set) var parts: [Part]
    private let negated: [String]

    /// How many syllables may stand between the syllables of a run found "near" each other.
    static let nearDistance = 8

    /// The plan of a query with positive terms (nil when it has none).
    public init?(_ query: SearchQuery) {
        guard query.hasPositiveTerms else { return nil }
        parts = Self.parts(of: query.terms)
        hasSequence = parts.contains { $0.isSequence }
        negated = query.terms.filter(\.negated).map { "NOT " + Self.render($0.tokens, marked: $0.marked, prefix: $0.prefix, head: false) }
        tiers = makeTiers()
    }

    /// The parts whose reading `readings` may choose: runs with a syllable typed without marks.
    package var ambiguousRuns: [Int] {
        parts.indices.filter { index in
            let terms = parts[index].terms
            return terms.count > 1 && !terms.allSatisfy(\.marked) && !terms[terms.count - 1].prefix
        }
    }

    /// Ranks first the articles holding each ambiguous run in the reading given for it (its
    /// marked syllables, as the canonical form writes them): "tham nhung" read as "tham nhũng"
    /// puts the articles about corruption before those where someone visits "những" things.
    /// The reading tiers come before the others; nothing stops matching.
    public mutating func prefer(readings: [Int: [String]]) {
        var preferred = self
        for (index, tokens) in readings where parts.indices.contains(index) && tokens.count == parts[index].terms.count {
            preferred.parts[index].reading = tokens
        }
        guard preferred.parts.contains(where: { $0.reading != nil }) else { return }
        tiers = preferred.makeTiers(proximities: [.phrase]).map { tier in
            var tier = tier
            tier.reading = true
            return tier
        } + tiers
    }

    private func makeTiers(proximities: [Proximity]? = nil) -> [Tier] {
        var tiers: [Tier] = []
        for proximity in proximities ?? (hasSequence ? [.phrase, .near, .anywhere] : [.anywhere]) {
            for head in [true, false] {
                let positive = parts.map { $0.expression(proximity, head: head) }
                tiers.append(Tier(proximity: proximity, head: head, expression: (positive + negated).joined(separator: " ")))
            }
        }
        return tiers
    }

    /// A positive part of the query: a run of single syllables, or any other term alone.
    package struct Part: Sendable, Equatable {
        package var terms: [SearchQuery.Term]
        /// The marked syllables this run is preferably read as (`prefer(readings:)`).
        var reading: [String]?

        /// Two or more syllables in a row: the part tiers look at.
        var isSequence: Bool { terms.count > 1 }

        package func expression(_ proximity: Proximity, head: Bool) -> String {
            guard isSequence, proximity != .anywhere else {
                return terms.map { SearchPlan.render($0.tokens, marked: $0.marked, prefix: $0.prefix, head: head) }.joined(separator: " ")
            }
            // All marked: the marked form. Otherwise the folded one, with the marked syllables
            // also required as typed (so "tham nhũng" is the phrase "tham nhung" holding "nhũng").
            if proximity == .phrase, let reading {
                return SearchPlan.render(reading, marked: true, prefix: terms[terms.count - 1].prefix, head: head)
            }
            let allMarked = terms.allSatisfy(\.marked)
            let tokens = terms.map { allMarked ? $0.tokens[0] : SearchText.folded($0.tokens[0]) }
            let last = terms[terms.count - 1]
            var pieces: [String] = []
            switch proximity {
            case .phrase:
                pieces.append(SearchPlan.render(tokens, marked: allMarked, prefix: last.prefix, head: head))
            case .near:
                let phrases = tokens.enumerated().map { index, token in
                    SearchPlan.quoted([token]) + (index == tokens.count - 1 && last.prefix ? " *" : "")
                }
                pieces.append(SearchPlan.columns(marked: allMarked, head: head) + " : NEAR(" + phrases.joined(separator: " ")
                              + ", \(SearchPlan.nearDistance))")
            case .anywhere:
                break
            }
            if !allMarked {
                for term in terms where term.marked {
                    pieces.append(SearchPlan.render(term.tokens, marked: true, prefix: term.prefix, head: false))
                }
            }
            return pieces.joined(separator: " ")
        }
    }

    /// The positive terms grouped into runs: consecutive single-syllable terms, a prefix only
    /// at a run's end. A phrase of several tokens (quoted, or a symbol such as "59-NQ/TW")
    /// stands alone.
    static func parts(of terms: [SearchQuery.Term]) -> [Part] {
        var parts: [Part] = []
        var run: [SearchQuery.Term] = []
        func flush() {
            if !run.isEmpty { parts.append(Part(terms: run)) }
            run = []
        }
        for term in terms where !term.negated {
            guard term.tokens.count == 1 else {
                flush()
                parts.append(Part(terms: [term]))
                continue
            }
            run.append(term)
            if term.prefix { flush() }
        }
        flush()
        return parts
    }

    /// The column filter for a form: both columns, or the head's alone.
    static func columns(marked: Bool, head: Bool) -> String {
        switch (marked, head) {
        case (false, false): return "{title_f body_f}"
        case (true, false): return "{title_m body_m}"
        case (false, true): return "{title_f}"
        case (true, true): return "{title_m}"
        }
    }

    /// `tokens` as a quoted FTS5 phrase.
    static func quoted(_ tokens: [String]) -> String {
        "\"" + tokens.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: " ") + "\""
    }

    /// One phrase with its column filter.
    static func render(_ tokens: [String], marked: Bool, prefix: Bool, head: Bool) -> String {
        columns(marked: marked, head: head) + " : " + quoted(tokens) + (prefix ? " *" : "")
    }
}

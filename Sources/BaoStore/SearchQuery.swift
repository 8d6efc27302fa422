import BaoArticle
import BaoEntities
import BaoText
import Foundation

/// A parsed search query: words, phrases, prefixes and exclusions, plus field filters.
///
/// Syntax: words are ANDed; `"a phrase"`; `word*` matches a prefix; `-word` excludes;
/// `province:NAME`, `cites:ID`, `person:NAME`, `source:NAME`, `after:YYYY[-MM[-DD]]`, `before:…` filter
/// (quote values with spaces: `province:"Cần Thơ"`). A term typed without diacritics matches
/// folded text; a term with diacritics matches exactly after tone-placement normalisation.
public struct SearchQuery: Sendable, Equatable {
    /// One full-text term.
    public struct Term: Sendable, Equatable {
        /// The index tokens of the term, in order (more than one makes a phrase).
        public var tokens: [String]
        public var prefix: Bool
        public var negated: Bool
        /// Matched against the canonical marked columns rather than the folded ones.
        public var marked: Bool
    }

    public var terms: [Term] = []
    public var province: String?
    public var cites: String?
    public var person: String?
    /// The paper: part of the article's source ("TTXVN", "baocantho.vn") or of its URL, any case.
    public var source: String?
    /// Inclusive lower bound on the publication date, ISO 8601 prefix.
    public var after: String?
    /// Exclusive upper bound on the publication date, ISO 8601 prefix.
    public var before: String?

    public init() {}

    /// True when the query neither names a word nor a filter.
    public var isEmpty: Bool {
        terms.isEmpty && province == nil && cites == nil && person == nil && source == nil && after == nil && before == nil
    }

    /// True when some term must match (the query can use the full-text index).
    public var hasPositiveTerms: Bool { terms.contains { !$0.negated } }

    /// Parses the syntax above. Unbalanced quotes close at the end; an unknown `field:` is a word.
    public static func parse(_ text: String) throws(SearchQueryError) -> SearchQuery {
        var query = SearchQuery()
        for raw in split(text) {
            var piece = raw.text
            var negated = false
            if !raw.quoted, piece.hasPrefix("-"), piece.count > 1 {
                negated = true
                piece.removeFirst()
            }
            if !raw.quoted, !negated, let colon = piece.firstIndex(of: ":") {
                let field = piece[..<colon].lowercased()
                var value = String(piece[piece.index(after: colon)...])
                if value.hasPrefix("\"") { value = String(value.dropFirst().filter { $0 != "\"" }) }
                value = value.trimmingCharacters(in: .whitespaces)
                switch field {
                case "province", "tinh":
                    let name = try nonEmpty(value, field)
                    // A name that is no province would match nothing and look like an empty answer.
                    guard Gazetteer.isProvince(name) else {
                        throw SearchQueryError(.unknownProvince(name, nearest: NearestNames.nearest(to: name, among: Gazetteer.filterNames)))
                    }
                    query.province = name
                    continue
                case "cites", "cite":
                    query.cites = try nonEmpty(value, field)
                    continue
                case "person", "nguoi":
                    query.person = try nonEmpty(value, field)
                    continue
                case "source", "nguon":
                    query.source = try nonEmpty(value, field)
                    continue
                case "after":
                    query.after = try date(value, field)
                    continue
                case "before":
                    query.before = try date(value, field)
                    continue
                default:
                    break
                }
            }
            var prefix = false
            if !raw.quoted, piece.hasSuffix("*") {
                prefix = true
                piece = String(piece.dropLast(piece.reversed().prefix { $0 == "*" }.count))
            }
            let marked = SearchText.hasMarks(piece)
            let form = marked ? SearchText.canonical(piece) : SearchText.folded(piece)
            let tokens = SearchText.tokens(form)
            guard !tokens.isEmpty else { continue }
            query.terms.append(Term(tokens: tokens, prefix: prefix, negated: negated, marked: marked))
        }
        let words = query.terms.reduce(0) { $0 + $1.tokens.count }
        if words > maximumWords {
            throw SearchQueryError(.tooManyWords(words, limit: maximumWords))
        }
        return query
    }

    /// The most words (phrase words included) one query may hold: each word is one more
    /// full-text lookup and ranking pass, and a pasted paragraph would run for seconds.
    public static let maximumWords = 32

    /// The FTS5 MATCH expression for the terms, or nil when no term must match.
    public var ftsExpression: String? {
        let positive = terms.filter { !$0.negated }
        guard !positive.isEmpty else { return nil }
        var parts = positive.map(Self.ftsTerm)
        for term in terms where term.negated {
            parts.append("NOT " + Self.ftsTerm(term))
        }
        return parts.joined(separator: " ")
    }

    private static func ftsTerm(_ term: Term) -> String {
        let columns = term.marked ? "{title_m body_m}" : "{title_f body_f}"
        let phrase = "\"" + term.tokens.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: " ") + "\""
        return columns + " : " + phrase + (term.prefix ? " *" : "")
    }

    private struct Piece { var text: String; var quoted: Bool }

    /// Splits on white space, keeping "quoted phrases" (and field:"quoted values") whole.
    private static func split(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = ""
        var inQuotes = false
        var quotedWhole = false
        func flush() {
            if !current.isEmpty { pieces.append(Piece(text: current, quoted: quotedWhole)) }
            current = ""
            quotedWhole = false
        }
        for character in text {
            if character == "\"" || character == "“" || character == "”" {
                if inQuotes {
                    inQuotes = false
                    if quotedWhole { flush() } else { current.append("\"") }
                } else {
                    inQuotes = true
                    if current.isEmpty || current == "-" {
                        quotedWhole = true
                        if current == "-" { current = "" ; pieces.append(Piece(text: "-", quoted: false)) }
                    } else {
                        current.append("\"")
                    }
                }
            } else if character.isWhitespace && !inQuotes {
                flush()
            } else {
                current.append(character)
            }
        }
        flush()
        // A lone "-" before a quoted phrase negates it.
        var merged: [Piece] = []
        var negateNext = false
        for piece in pieces {
            if piece.text == "-", !piece.quoted { negateNext = true; continue }
            if negateNext, piece.quoted {
                merged.append(Piece(text: "-" + piece.text, quoted: false))
            } else {
                merged.append(piece)
            }
            negateNext = false
        }
        return merged
    }

    private static func nonEmpty(_ value: String, _ field: String) throws(SearchQueryError) -> String {
        guard !value.isEmpty else { throw SearchQueryError(.needsValue(field: field, example: example(field))) }
        return value
    }

    /// A filter written with a value of the kind `field` takes, for error messages.
    static func example(_ field: String) -> String {
        switch field {
        case "cites", "cite": return "\(field):59-NQ/TW"
        case "person", "nguoi": return "\(field):\"Phạm Văn Hiểu\""
        case "source", "nguon": return "\(field):nhandan.vn"
        case "after", "before": return "\(field):2020-01-01"
        default: return "\(field):\"Cần Thơ\""
        }
    }

    /// Accepts YYYY, YYYY-MM, YYYY-MM-DD (also with "/" or "."), and dd/mm/yyyy.
    private static func date(_ value: String, _ field: String) throws(SearchQueryError) -> String {
        guard !value.isEmpty else { throw SearchQueryError(.needsValue(field: field, example: example(field))) }
        let parts = value.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, (1...3).contains(numbers.count) else {
            throw SearchQueryError(.notADate(field: field, value: value))
        }
        var ymd = numbers
        if numbers.count == 3, numbers[2] > 31 { ymd = [numbers[2], numbers[1], numbers[0]] }
        guard (1000...9999).contains(ymd[0]),
              ymd.count < 2 || (1...12).contains(ymd[1]),
              ymd.count < 3 || (1...31).contains(ymd[2]) else {
            throw SearchQueryError(.notADate(field: field, value: value))
        }
        if ymd.count == 3, ymd[2] > DateParsing.daysInMonth(ymd[1], year: ymd[0]) {
            throw SearchQueryError(.noSuchDay(field: field, value: value, month: ymd[1], year: ymd[0],
                                               days: DateParsing.daysInMonth(ymd[1], year: ymd[0])))
        }
        return ymd.enumerated().map { index, number in
            let digits = String(number)
            let width = index == 0 ? 4 : 2
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }.joined(separator: "-")
    }
}

/// A query that cannot be understood, with what to write instead.
///
/// The problem is kept as data so that a front end can say it in its own language; `message`
/// is the command line's English.
public struct SearchQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        /// No word, phrase or filter.
        case empty
        /// Only `-word` exclusions.
        case exclusionsOnly
        /// `field:` with nothing after it.
        case needsValue(field: String, example: String)
        /// `after:`/`before:` with something that is no date.
        case notADate(field: String, value: String)
        /// A date whose day the month does not have.
        case noSuchDay(field: String, value: String, month: Int, year: Int, days: Int)
        /// More words than one query searches at once.
        case tooManyWords(Int, limit: Int)
        /// `province:NAME` where NAME is no province or post-2025 unit, with the nearest names.
        case unknownProvince(String, nearest: [String])
    }

    public var problem: Problem

    public init(_ problem: Problem) {
        self.problem = problem
    }

    public var message: String {
        switch problem {
        case .empty:
            return "empty query: give a word, a \"phrase\" or a filter such as province:\"Cần Thơ\""
        case .exclusionsOnly:
            return "a query of exclusions alone matches nearly everything: add a word or a filter"
        case .needsValue(let field, let example):
            return "'\(field):' needs a value, e.g. \(example)"
        case .notADate(let field, let value):
            return "'\(field):\(value)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
        case .noSuchDay(let field, let value, let month, let year, let days):
            return "'\(field):\(value)' is not a date: month \(month) of \(year) has \(days) days"
        case .tooManyWords(let words, let limit):
            return "the query has \(words) words; at most \(limit) are searched at once "
                + "(keep the words that matter most, or quote a phrase from the article)"
        case .unknownProvince(let name, let nearest):
            return "no province or city named '\(name)'" + NearestNames.hint(nearest)
        }
    }

    public var description: String { message }
}

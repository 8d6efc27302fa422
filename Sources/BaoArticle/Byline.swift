import BaoText
import Foundation

/// Bylines and source lines: "Bài, ảnh: ANH DŨNG", "Ngọc Thiện/TTXVN", "S. Hải",
/// "Theo C.THÀNH (Lâm Đồng Online)", "Hồng Hà (Tổng hợp)", "Theo Vnexpress".
public enum Byline {
    public struct Parsed: Sendable, Equatable {
        public var author: String?
        public var source: String?
    }

    /// The author and source a short line names, or nil when the line is not a byline.
    public static func parse(_ line: String) -> Parsed? {
        guard line.utf8.count <= 300 else { return nil }
        var text = line.trimmedSpaces
        guard !text.isEmpty, text.count <= 70 else { return nil }
        var isSourceLine = false
        text = trimWrapping(text)
        // Both prefix lists are tried on the same opening, lower-cased once.
        let head = text.prefix(24).lowercased()
        if let rest = dropPrefix(text, sourcePrefixes, lowerHead: head) {
            isSourceLine = true
            text = rest
        } else if let rest = dropPrefix(text, creditPrefixes, lowerHead: head) {
            text = rest
        }
        // "Tin: Hoàng Uyên - Ảnh: Minh Khoa": the writer is the byline; the photographer is not.
        for photo in [" - Ảnh:", " – Ảnh:", ", ảnh:", " - ảnh:", "; ảnh:", " - Ảnh :"] {
            if let range = TextScan.firstRange(of: photo, in: text) {
                text = String(text[..<range.lowerBound])
                break
            }
        }
        text = TextScan.trim(text, [" ", "-", "–", ":"])
        // "Nguyễn Văn A - Đảng ủy Khối …": a name, then the writer's unit.
        for dash in [" - ", " – "] {
            guard let range = TextScan.firstRange(of: dash, in: text) else { continue }
            let name = String(text[..<range.lowerBound]).trimmedSpaces
            let unit = String(text[range.upperBound...]).trimmedSpaces
            // "Trần Hoàng - Trường Phong" is two writers: a unit is no name.
            if name.split(separator: " ").count >= 2, looksLikeName(name), !looksLikeName(unit),
               dropPrefix(unit, unitHeads) != nil {
                return Parsed(author: normalizeCase(name), source: nil)
            }
        }
        // "(Tổng hợp)", "(T/h)": the writer compiled it; not a source.
        if text.hasSuffix(")") {
            for suffix in compiledSuffixes {
                if let rest = TextScan.dropSuffixIgnoringCase(text, suffix) {
                    text = rest.trimmedSpaces
                    break
                }
            }
        }
        guard !text.isEmpty else { return nil }
        var author: String? = text
        var source: String?
        // "Name (Outlet)" and "Name/Outlet".
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            let outlet = dropPrefix(inner.trimmedSpaces, sourcePrefixes) ?? inner.trimmedSpaces
            // "(lược dịch)", "(t/hợp)": a note on how the text was made, not an outlet; "(Ban Tổ
            // chức Tỉnh ủy Nghệ An)": the writer's unit, not an outlet either.
            let isUnit = !isSourceLine && dropPrefix(inner.trimmedSpaces, unitHeads) != nil
            source = outlet.first.map { $0.isLowercase } == true || isUnit ? nil : outlet
            author = String(text[..<open]).trimmedSpaces
        } else if let slash = text.lastIndex(of: "/") {
            let outlet = String(text[text.index(after: slash)...]).trimmedSpaces
            if isOutlet(outlet) {
                source = outlet
                author = String(text[..<slash]).trimmedSpaces
            }
        }
        if let candidate = author, candidate.isEmpty { author = nil }
        if isSourceLine, source == nil {
            // "Theo Vnexpress", "Theo TTXVN": the whole rest is the source.
            guard let name = author, isOutlet(name) || looksLikeName(name) else { return nil }
            return Parsed(author: nil, source: name)
        }
        if let name = author {
            if isOutlet(name) && !name.contains(" ") && source == nil {
                return Parsed(author: nil, source: name)
            }
            guard looksLikeName(name) else { return nil }
        }
        if let outlet = source, outlet.isEmpty || outlet.count > 40 { return nil }
        return Parsed(author: author.map { normalizeCase($0) }, source: source)
    }

    /// "ANH DŨNG" → "Anh Dũng", "C.THÀNH" → "C.Thành"; mixed-case names are kept as written.
    public static func normalizeCase(_ name: String) -> String {
        if let scalars = OwnCharacters.scalars(of: name) { return normalizeCase(name, scalars: scalars) }
        return normalizeCase(characters: name)
    }

    /// `normalizeCase` of a name whose characters are its `scalars` (`OwnCharacters`): the same
    /// runs of letters, one scalar for one character.
    static func normalizeCase(_ name: String, scalars: [UInt32]) -> String {
        func isLetter(_ value: UInt32) -> Bool { OwnCharacters.properties(value).contains(.letter) }
        if scalars.allSatisfy({ $0 < 0x80 }), !scalars.contains(0x20), scalars.filter(isLetter).count <= 5 { return name }
        var out = String.UnicodeScalarView()
        func append(_ values: ArraySlice<UInt32>, to view: inout String.UnicodeScalarView) {
            for value in values { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
        }
        var runStart = 0
        func flush(to end: Int) {
            let run = scalars[runStart..<end]
            // A run holds letters only: "every letter is upper case" is "every scalar is".
            if run.count >= 2, run.allSatisfy({ OwnCharacters.properties($0).contains(.uppercase) }) {
                append(run.prefix(1), to: &out)
                var rest = String.UnicodeScalarView()
                append(run.dropFirst(), to: &rest)
                out.append(contentsOf: String(rest).lowercased().unicodeScalars)
            } else {
                append(run, to: &out)
            }
        }
        for (index, value) in scalars.enumerated() where !isLetter(value) {
            flush(to: index)
            append(scalars[index...index], to: &out)
            runStart = index + 1
        }
        flush(to: scalars.count)
        return String(out)
    }

    /// `normalizeCase` read from the characters, for any name.
    static func normalizeCase(characters name: String) -> String {
        // A lone ASCII abbreviation ("PV", "TTXVN") is not a name in capitals.
        if name.allSatisfy({ $0.isASCII }), !name.contains(" "), name.filter(\.isLetter).count <= 5 { return name }
        var out = ""
        var run = ""
        func flush() {
            if run.count >= 2, run.allSatisfy({ !$0.isLetter || $0.isUppercase }) {
                out += run.prefix(1) + run.dropFirst().lowercased()
            } else {
                out += run
            }
            run = ""
        }
        for character in name {
            if character.isLetter {
                run.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }

    /// A person's name as bylines write it: 1–6 words, each capitalised or an initial ("S.", "H.T").
    static func looksLikeName(_ text: String) -> Bool {
        if let scalars = OwnCharacters.scalars(of: text) { return looksLikeName(scalars: scalars) }
        return looksLikeName(characters: text)
    }

    /// `looksLikeName` of a text whose characters are its scalars (`OwnCharacters`): the same
    /// tests, one scalar for one character.
    static func looksLikeName(scalars: [UInt32]) -> Bool {
        guard scalars.count <= 45, !scalars.contains(where: { OwnCharacters.properties($0).contains(.number) })
        else { return false }
        // " ", "-", ",", "–"
        let words = scalars.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D || $0 == 0x2C || $0 == 0x2013 })
        guard (1...7).contains(words.count) else { return false }
        var letters = 0
        for word in words {
            if word.elementsEqual([0x76, 0xE0]) { continue }  // "và"
            guard let first = word.first, OwnCharacters.properties(first).contains(.uppercase) else { return false }
            for value in word {
                let isLetter = OwnCharacters.properties(value).contains(.letter)
                guard isLetter || value == 0x2E else { return false }
                if isLetter { letters += 1 }
            }
        }
        return letters >= 2
    }

    /// `looksLikeName` read from the characters, for any text.
    static func looksLikeName(characters text: String) -> Bool {
        guard text.count <= 45, !text.contains(where: { $0.isNumber }) else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," || $0 == "–" })
        guard (1...7).contains(words.count) else { return false }
        var letters = 0
        for word in words {
            if word == "và" { continue }
            guard let first = word.first, first.isUppercase else { return false }
            guard word.allSatisfy({ $0.isLetter || $0 == "." }) else { return false }
            for character in word where character.isLetter { letters += 1 }
        }
        return letters >= 2
    }

    /// An outlet or agency: "TTXVN", "VOV", "Thanhuytphcm.vn", "GD&TĐ".
    static func isOutlet(_ text: String) -> Bool {
        guard let scalars = OwnCharacters.scalars(of: text) else { return isOutlet(characters: text) }
        // The tests below, one scalar for one character (`OwnCharacters`).
        guard !scalars.isEmpty, !scalars.contains(0x20), scalars.count <= 40 else { return false }
        let lower = text.lowercased()
        if lower.hasSuffix(".vn") || lower.hasSuffix(".com") || lower.hasSuffix(".net") || lower.hasSuffix(".org") || lower.hasSuffix(".com.vn") {
            return true
        }
        let letters = scalars.filter { OwnCharacters.properties($0).contains(.letter) }
        return letters.count >= 2 && letters.count <= 8 && letters.allSatisfy { OwnCharacters.properties($0).contains(.uppercase) }
    }

    /// `isOutlet` read from the characters, for any text.
    static func isOutlet(characters text: String) -> Bool {
        // Both kinds of outlet are one word: most candidates (names) stop here, before the case
        // mapping below. The byte test only skips the character search when there is no space.
        guard !text.isEmpty, !(text.utf8.contains(0x20) && text.contains(" ")), text.count <= 40 else { return false }
        let lower = text.lowercased()
        if lower.hasSuffix(".vn") || lower.hasSuffix(".com") || lower.hasSuffix(".net") || lower.hasSuffix(".org") || lower.hasSuffix(".com.vn") {
            return !text.contains(" ")
        }
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.count <= 8 && !text.contains(" ")
            && letters.allSatisfy({ $0.isUppercase })
    }

    private static func trimWrapping(_ text: String) -> String {
        if text.hasPrefix("("), text.hasSuffix(")"), text.filter({ $0 == "(" }).count == 1 {
            return String(text.dropFirst().dropLast()).trimmedSpaces
        }
        return text
    }

    /// `text` after the first of `prefixes` it opens with, trimmed. `lowerHead` is the lower case
    /// of the first 24 characters of `text` when the caller already has it.
    private static func dropPrefix(_ text: String, _ prefixes: [Prefix], lowerHead: String? = nil) -> String? {
        let lower = lowerHead ?? text.prefix(24).lowercased()
        // Between two texts whose characters are their scalars (`OwnCharacters`), a prefix of
        // characters is a prefix of bytes: most heads and every listed prefix are such texts.
        let lowerIsOwn = OwnCharacters.isOwn(lower)
        for (prefix, lowerPrefix, lowerPrefixIsOwn) in prefixes
        where lowerIsOwn && lowerPrefixIsOwn ? lower.utf8.starts(with: lowerPrefix.utf8) : lower.hasPrefix(lowerPrefix) {
            if let rest = TextScan.dropPrefixIgnoringCase(text, prefix) {
                // The prefix must end a word: "Theo" is not the start of "Theodore".
                if let next = rest.first, next.isLetter, prefix.last?.isLetter == true { continue }
                return String(rest).trimmedSpaces
            }
        }
        return nil
    }

    /// A prefix with its lower case, computed once: bylines are parsed for every article.
    private typealias Prefix = (text: String, lower: String, lowerIsOwn: Bool)

    private static func prefixes(_ list: [String]) -> [Prefix] {
        list.map { ($0, $0.lowercased(), OwnCharacters.isOwn($0.lowercased())) }
    }

    /// Words that open a source line (`scripts/article/byline-source-prefixes.txt`).
    private static let sourcePrefixes = prefixes(ArticleWords.bylineSourcePrefixes)
    /// Labels before a writer's name, in the order tried (`scripts/article/byline-credit-prefixes.txt`).
    private static let creditPrefixes = prefixes(ArticleWords.bylineCreditPrefixes)
    /// First words of the unit a writer signs with ("Nguyễn Văn A - Đảng ủy Khối Doanh nghiệp
    /// tỉnh"): the unit is where the writer works, not an outlet (`scripts/article/byline-unit-heads.txt`).
    private static let unitHeads = prefixes(ArticleWords.bylineUnitHeads)
    /// Marks that say the article was compiled (`scripts/article/byline-compiled-suffixes.txt`).
    private static let compiledSuffixes = ArticleWords.bylineCompiledSuffixes
}

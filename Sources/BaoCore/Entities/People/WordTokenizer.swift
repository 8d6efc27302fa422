/// Splits a text into words, numbers and punctuation marks over its Unicode scalars.
///
/// The people extractor looks at the shape of words (capitalised, all capitals, lower case) and at
/// the punctuation between them, so a token keeps only its bounds and its shape; its text is made
/// on demand. Classification goes through a table for the scalars Vietnamese uses, which keeps a
/// pass over the whole corpus cheap.
struct WordTokenizer {
    /// The shape of one token.
    enum Kind: UInt8 {
        /// First letter upper case, the rest lower case: "Phạm", "Hiểu", "A".
        case capitalised
        /// Two or more letters, all upper case: "HĐND", "TPHCM", "ANH".
        case allCaps
        /// First letter lower case: "thư", "ông".
        case lower
        /// Letters in any other mix of cases: "ThS", "iPhone".
        case mixed
        case number
        /// One non-letter, non-digit, non-space scalar: ",", ".", "(", "–".
        case punctuation
    }

    /// One token: where it lies in `WordTokenizer.scalars` and what shape it has.
    struct Token {
        var start: Int
        var end: Int
        var kind: Kind

        var isWord: Bool { kind != .number && kind != .punctuation }
    }

    let scalars: [Unicode.Scalar]
    private(set) var tokens: [Token] = []

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        scalars.append(contentsOf: text.unicodeScalars)
        self.scalars = scalars
        tokens = Self.tokenize(scalars)
    }

    /// The text of token `index` as written.
    func text(_ index: Int) -> String {
        guard tokens.indices.contains(index) else { return "" }
        return text(from: tokens[index].start, to: tokens[index].end)
    }

    /// The text of the tokens `first...last`, with the spacing written between them.
    func text(tokens first: Int, through last: Int) -> String {
        guard tokens.indices.contains(first), tokens.indices.contains(last), first <= last else { return "" }
        return text(from: tokens[first].start, to: tokens[last].end)
    }

    /// Token `index` in lower case, for comparing with the word lists.
    func lower(_ index: Int) -> String {
        text(index).lowercased()
    }

    /// True when token `index` is the scalar `mark`.
    func isPunctuation(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
        guard tokens.indices.contains(index), tokens[index].kind == .punctuation else { return false }
        return scalars[tokens[index].start] == mark
    }

    /// The punctuation scalar of token `index`, or nil when it is not punctuation.
    func punctuation(_ index: Int) -> Unicode.Scalar? {
        guard tokens.indices.contains(index), tokens[index].kind == .punctuation else { return nil }
        return scalars[tokens[index].start]
    }

    private func text(from start: Int, to end: Int) -> String {
        guard start >= 0, end <= scalars.count, start < end else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    private static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var i = 0
        let n = scalars.count
        while i < n {
            let c = CharacterClass.of(scalars[i])
            if c.contains(.space) || c.contains(.ignorable) {
                i &+= 1
                continue
            }
            if c.contains(.digit) {
                let start = i
                while i < n, CharacterClass.of(scalars[i]).contains(.digit) { i &+= 1 }
                tokens.append(Token(start: start, end: i, kind: .number))
                continue
            }
            if c.contains(.letter) {
                let start = i
                var uppersAfter = 0
                var lowersAfter = 0
                i &+= 1
                while i < n {
                    let d = CharacterClass.of(scalars[i])
                    guard d.contains(.letter) || d.contains(.mark) else { break }
                    if d.contains(.upper) { uppersAfter &+= 1 }
                    if d.contains(.lower) { lowersAfter &+= 1 }
                    i &+= 1
                }
                let kind: Kind
                if c.contains(.upper) {
                    if uppersAfter == 0 {
                        kind = .capitalised
                    } else if lowersAfter == 0 {
                        kind = .allCaps
                    } else {
                        kind = .mixed
                    }
                } else if c.contains(.lower) && uppersAfter == 0 {
                    kind = .lower
                } else {
                    kind = .mixed
                }
                tokens.append(Token(start: start, end: i, kind: kind))
                continue
            }
            tokens.append(Token(start: i, end: i &+ 1, kind: .punctuation))
            i &+= 1
        }
        return tokens
    }
}

/// The properties of a scalar the tokenizer needs, looked up in a table for the first 8,192 scalars
/// (Latin, Vietnamese, combining marks, general punctuation) and computed for the rest.
struct CharacterClass: OptionSet {
    let rawValue: UInt8

    static let letter = CharacterClass(rawValue: 1)
    static let upper = CharacterClass(rawValue: 2)
    static let lower = CharacterClass(rawValue: 4)
    static let digit = CharacterClass(rawValue: 8)
    static let space = CharacterClass(rawValue: 16)
    static let mark = CharacterClass(rawValue: 32)
    /// Zero-width characters that join nothing a reader sees: skipped like spaces.
    static let ignorable = CharacterClass(rawValue: 64)

    private static let tableSize = 0x2000
    private static let table: [CharacterClass] = (0..<tableSize).map { value in
        Unicode.Scalar(UInt32(value)).map(compute) ?? []
    }

    static func of(_ scalar: Unicode.Scalar) -> CharacterClass {
        let value = Int(scalar.value)
        if value < tableSize { return table[value] }
        return compute(scalar)
    }

    private static func compute(_ scalar: Unicode.Scalar) -> CharacterClass {
        switch scalar.value {
        case 0x0A, 0x0D:
            // Line breaks end a phrase: kept as punctuation so no name or title runs across them.
            return []
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
            return .ignorable
        case 0x30...0x39:
            return .digit
        default:
            break
        }
        let p = scalar.properties
        if p.isWhitespace { return .space }
        var c: CharacterClass = []
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            c.insert(.mark)
        case .uppercaseLetter, .titlecaseLetter:
            c.formUnion([.letter, .upper])
        case .lowercaseLetter:
            c.formUnion([.letter, .lower])
        case .otherLetter, .modifierLetter:
            c.insert(.letter)
        default:
            break
        }
        return c
    }
}

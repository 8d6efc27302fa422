import BaoText

/// The words, numbers and punctuation marks of one text, as the people scanner reads them.
///
/// The people extractor looks at the shape of words (capitalised, all capitals, lower case) and at
/// the punctuation between them, so a token keeps only its bounds and its shape; its text is made
/// on demand and word lists are compared through `WordKey` keys. `tokenize` makes the tokens of a
/// `ScannedBody` in one pass over its bytes; a tokenizer is the view of one of its blocks.
/// Classification goes through a table for the scalars Vietnamese uses, which keeps a pass over
/// the whole corpus cheap.
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

    /// One token: where it lies in `WordTokenizer.bytes` and what shape it has.
    struct Token {
        // The two keys come first: laid out in this order a token takes 32 bytes, not 40.
        /// The word's `WordKey`, `spelled` with its "y"s; 0 for numbers and punctuation.
        var key: UInt64
        /// The `WordKey` of the word or number as the place matchers read it (no "y" marks).
        var plainKey: UInt64
        /// Byte offsets of the token in the UTF-8 text.
        var start: Int32
        var end: Int32
        var kind: Kind
        /// Number of scalars, at most 255.
        var length: UInt8
        var shape: Shape

        init(start: Int32, end: Int32, kind: Kind, length: UInt8, key: UInt64, plainKey: UInt64 = 0, shape: Shape = []) {
            self.key = key
            self.plainKey = plainKey
            self.start = start
            self.end = end
            self.kind = kind
            self.length = length
            self.shape = shape
        }

        var isWord: Bool { kind != .number && kind != .punctuation }
    }

    /// What the place matchers' view of a token needs beyond its kind (`ScannedWord`), with case
    /// read from `WordKey.table`.
    struct Shape: OptionSet {
        let rawValue: UInt8
        /// Opens with a capital letter.
        static let capitalized = Shape(rawValue: 1)
        /// Two or more letters, all capitals.
        static let acronym = Shape(rawValue: 2)
        /// Holds a scalar `WordKey.table` does not know (a foreign letter, a combining mark): the
        /// place view of such a text is scanned from its bytes instead (`WordScanner.words`).
        static let foreign = Shape(rawValue: 4)
    }

    let bytes: [UInt8]
    /// The tokens of the block, in order; their offsets point into `bytes`.
    let tokens: BlockTokens
    /// The index in the body's tokens of the first of `tokens`.
    var first: Int { tokens.offset }

    /// The tokens of `body`'s block `block`.
    init(_ body: ScannedBody, block: Int) {
        bytes = body.bytes
        tokens = BlockTokens(body.tokens, body.tokenRange(ofBlock: block))
    }

    /// The tokens of one block, indexed from 0: a window on the body's tokens, which every block
    /// shares rather than copying its own.
    struct BlockTokens: RandomAccessCollection {
        private let all: [Token]
        let offset: Int
        let count: Int

        init(_ all: [Token], _ range: Range<Int>) {
            self.all = all
            offset = range.lowerBound
            count = range.count
        }

        var startIndex: Int { 0 }
        var endIndex: Int { count }
        var indices: Range<Int> { 0..<count }

        subscript(index: Int) -> Token {
            // As an array of the block's own would: no reading into the next block.
            precondition(index >= 0 && index < count, "token index out of the block")
            return all[offset &+ index]
        }
    }

    /// The text of token `index` as written.
    func text(_ index: Int) -> String {
        guard tokens.indices.contains(index) else { return "" }
        return text(from: Int(tokens[index].start), to: Int(tokens[index].end))
    }

    /// The text of the tokens `first...last`, with the spacing written between them.
    func text(tokens first: Int, through last: Int) -> String {
        guard tokens.indices.contains(first), tokens.indices.contains(last), first <= last else { return "" }
        return text(from: Int(tokens[first].start), to: Int(tokens[last].end))
    }

    /// The `WordKey` of token `index`, 0 outside the tokens. Word lists are compared through
    /// these keys so that no string is made for most words.
    func key(_ index: Int) -> UInt64 {
        guard tokens.indices.contains(index) else { return 0 }
        return tokens[index].key
    }

    /// The key of the words `first...last` as one phrase, or nil when one is not a word.
    func phraseKey(_ first: Int, _ last: Int) -> UInt64? {
        guard first >= 0, first <= last, last < tokens.count else { return nil }
        var h = WordKey.phraseSeed
        var i = first
        while i <= last {
            guard tokens[i].isWord else { return nil }
            h = WordKey.extend(h, tokens[i].key)
            i &+= 1
        }
        return h
    }

    /// The key of a word list's entry: its words (split at spaces), each keyed as the tokenizer
    /// keys it, as one phrase. Nil when a part is not one word ("Timor-Leste", "Quận 1"): no run
    /// of word tokens can have that key.
    static func phraseKey(of entry: String) -> UInt64? {
        var phrase = WordKey.phraseSeed
        var any = false
        for part in entry.split(separator: " ") {
            let bytes = Array(part.utf8)
            let tokens = tokenize(bytes)
            guard tokens.count == 1, tokens[0].isWord, tokens[0].start == 0, Int(tokens[0].end) == bytes.count
            else { return nil }
            phrase = WordKey.extend(phrase, tokens[0].key)
            any = true
        }
        return any ? phrase : nil
    }

    /// True when token `index` is the scalar `mark`.
    func isPunctuation(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
        punctuation(index) == mark
    }

    /// The punctuation scalar of token `index`, or nil when it is not punctuation.
    func punctuation(_ index: Int) -> Unicode.Scalar? {
        guard tokens.indices.contains(index), tokens[index].kind == .punctuation else { return nil }
        return Unicode.Scalar(UTF8Scalar.decode(bytes, at: Int(tokens[index].start)).value)
    }

    private func text(from start: Int, to end: Int) -> String {
        guard start >= 0, end <= bytes.count, start < end else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The tokens of `bytes`, valid UTF-8.
    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        // Written in place rather than appended (an append checks the array's uniqueness and
        // room at every token): a quarter of a token per byte holds nearly every text (Vietnamese
        // runs at about a fifth), and since every token holds a byte, one per byte holds any.
        var capacity = bytes.count / 4 &+ 16
        while true {
            var complete = false
            let tokens = [Token](unsafeUninitializedCapacity: capacity) { buffer, count in
                let written = CharacterClass.table.withUnsafeBufferPointer { table in
                    WordKey.table.withUnsafeBufferPointer { keys in
                        bytes.withUnsafeBufferPointer { input in
                            tokenize(input, table: table, keys: keys, into: buffer)
                        }
                    }
                }
                complete = written != nil
                count = written ?? 0
            }
            if complete || capacity > bytes.count { return tokens }
            capacity = bytes.count &+ 1
        }
    }

    /// Writes the tokens of `bytes` into `tokens` and returns their count; nil when they do not fit.
    private static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<CharacterClass>,
        keys: UnsafeBufferPointer<UInt32>, into tokens: UnsafeMutableBufferPointer<Token>
    ) -> Int? {
        var count = 0
        let n = bytes.count
        @inline(__always) func next(_ i: Int) -> (value: UInt32, width: Int, cls: CharacterClass) {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 { return (b0, 1, table[Int(b0)]) }
            let (v, w) = UTF8Scalar.decode(bytes, at: i)
            let c = v < UInt32(table.count) ? table[Int(v)] : CharacterClass.compute(v)
            return (v, w, c)
        }
        func token(
            _ start: Int, _ end: Int, _ kind: Kind, _ length: Int, _ key: UInt64 = 0, plainKey: UInt64 = 0,
            shape: Shape = []
        ) -> Token {
            Token(
                start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), kind: kind,
                length: UInt8(min(length, 255)), key: key, plainKey: plainKey, shape: shape)
        }
        // The `length`th scalar of a word adds its base letter to the key, sets the word's tone,
        // notes a "y" and counts a capital (`WordKey`).
        @inline(__always) func add(
            _ v: UInt32, _ length: Int, to key: inout UInt64, tone: inout UInt32, yLetters: inout UInt64,
            capitals: inout Int, foreign: inout Bool
        ) {
            let info = v < UInt32(keys.count) ? keys[Int(v)] : 0
            if info != 0 {
                let t = (info >> 21) & 0x7
                if t != 0 { tone = t }
                if info & (1 << 26) != 0 { yLetters |= 1 &<< UInt64(length & 63) }
                if info & (1 << 24) != 0 { capitals &+= 1 }
                key = (key ^ UInt64(info & 0x1F_FFFF)) &* WordKey.prime
            } else {
                foreign = true
                let t = WordKey.tone(ofMark: v)
                if t != 0 {
                    tone = t
                } else {
                    key = (key ^ UInt64(WordKey.foreignLetter(v))) &* WordKey.prime
                }
            }
        }
        var i = 0
        while i < n {
            let (v, w, c) = next(i)
            if c.contains(.space) || c.contains(.ignorable) {
                i &+= w
                continue
            }
            let start = i
            if c.contains(.digit) {
                var length = 0
                var key = WordKey.offset
                while i < n {
                    let (d, dw, dc) = next(i)
                    guard dc.contains(.digit) else { break }
                    key = (key ^ UInt64(d)) &* WordKey.prime
                    i &+= dw
                    length &+= 1
                }
                guard count < tokens.count else { return nil }
                tokens[count] = token(start, i, .number, length, plainKey: key)
                count &+= 1
                continue
            }
            if c.contains(.letter) {
                var uppersAfter = 0
                var lowersAfter = 0
                var length = 1
                var key = WordKey.offset
                var tone: UInt32 = 0
                var yLetters: UInt64 = 0
                var capitals = 0
                var foreign = false
                add(v, 0, to: &key, tone: &tone, yLetters: &yLetters, capitals: &capitals, foreign: &foreign)
                let firstCapital = capitals != 0
                i &+= w
                while i < n {
                    let b = bytes[i]
                    if b &- 0x61 < 26 {
                        // Lower-case ASCII, the bulk of every word: a letter, its own base ("y" is "i").
                        if b == 0x79 { yLetters |= 1 &<< UInt64(length & 63) }
                        key = (key ^ UInt64(b == 0x79 ? 0x69 : b)) &* WordKey.prime
                        lowersAfter &+= 1
                        i &+= 1
                        length &+= 1
                        continue
                    }
                    if b < 0x80 {
                        // Most letters are ASCII: no decoding, and the lower case is one addition.
                        let dc = table[Int(b)]
                        guard dc.contains(.letter) else { break }
                        let isUpper = b >= 0x41 && b <= 0x5A
                        add(UInt32(b), length, to: &key, tone: &tone, yLetters: &yLetters, capitals: &capitals, foreign: &foreign)
                        if isUpper { uppersAfter &+= 1 } else { lowersAfter &+= 1 }
                        i &+= 1
                        length &+= 1
                        continue
                    }
                    let (d, dw, dc) = next(i)
                    guard dc.contains(.letter) || dc.contains(.mark) else { break }
                    add(d, length, to: &key, tone: &tone, yLetters: &yLetters, capitals: &capitals, foreign: &foreign)
                    if dc.contains(.upper) { uppersAfter &+= 1 }
                    if dc.contains(.lower) { lowersAfter &+= 1 }
                    i &+= dw
                    length &+= 1
                }
                let kind: Kind
                if c.contains(.upper) {
                    kind = uppersAfter == 0 ? .capitalised : (lowersAfter == 0 ? .allCaps : .mixed)
                } else if c.contains(.lower) && uppersAfter == 0 {
                    kind = .lower
                } else {
                    kind = .mixed
                }
                let plain = WordKey.finish(key, tone: tone)
                var shape: Shape = foreign ? .foreign : []
                if firstCapital { shape.insert(.capitalized) }
                if length >= 2 && capitals == length { shape.insert(.acronym) }
                guard count < tokens.count else { return nil }
                tokens[count] = token(
                    start, i, kind, length, WordKey.spelled(plain, yLetters: yLetters), plainKey: plain, shape: shape)
                count &+= 1
                continue
            }
            i &+= w
            guard count < tokens.count else { return nil }
            tokens[count] = token(start, i, .punctuation, 1, shape: c.contains(.mark) ? .foreign : [])
            count &+= 1
        }
        return count
    }
}

/// The properties of a scalar the tokenizer needs, looked up in a table up to U+206F (Latin,
/// Vietnamese, combining marks and the general punctuation that news writes often: dashes,
/// curly quotes, the ellipsis) and computed for the rest.
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

    static let table: [CharacterClass] = (0..<0x2070).map { compute(UInt32($0)) }

    static func compute(_ value: UInt32) -> CharacterClass {
        guard let scalar = Unicode.Scalar(value) else { return [] }
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

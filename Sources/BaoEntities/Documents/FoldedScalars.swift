import BaoText

/// The body text as two parallel scalar arrays: the original, and a matching form with one scalar
/// per original scalar, so that a position found in one is an offset (in Unicode scalars) in the other.
///
/// The matching form is lower case, maps "Ð"/"ð" (eth) to "đ", every dash to "-", no-break and
/// zero-width spaces to a space, and moves the tone mark of "oà/oá/…", "oè/…" and "uỳ/uý/…" at the
/// end of a syllable onto the first vowel ("khoá" → "khóa", "uỷ" → "ủy"), so that either tone
/// placement matches. Patterns go through the same mapping (`FoldedScalars.pattern`).
struct FoldedScalars {
    /// Scalar values as written.
    let original: [UInt32]
    let folded: [UInt32]

    /// The buffers of a text given as its UTF-8 bytes.
    init(utf8 bytes: [UInt8]) {
        let values = bytes.withUnsafeBufferPointer { FoldedScalars.decode($0) }
        self.original = values
        self.folded = FoldedScalars.fold(values)
    }

    /// Scalars of UTF-8 bytes from a Swift string: much faster than iterating `unicodeScalars` on Linux.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        let n = bytes.count
        return [UInt32](unsafeUninitializedCapacity: n) { out, written in
            var i = 0
            var o = 0
            while i < n {
                let (value, length) = UTF8Scalar.decode(bytes, at: i)
                out[o] = value
                o += 1
                i += length
            }
            written = o
        }
    }

    var count: Int { original.count }

    /// The UTF-8 byte offset of each of `positions` (scalar offsets, any order) in the text these
    /// buffers were decoded from: one walk over the scalars before the last of them.
    func utf8Offsets(of positions: [Int]) -> [Int] {
        var result = [Int](repeating: 0, count: positions.count)
        let order = positions.indices.sorted { positions[$0] < positions[$1] }
        var scalar = 0
        var byte = 0
        for index in order {
            let target = min(max(0, positions[index]), original.count)
            while scalar < target {
                byte &+= UTF8Scalar.length(of: original[scalar])
                scalar &+= 1
            }
            result[index] = byte
        }
        return result
    }

    subscript(_ index: Int) -> UInt32 {
        index >= 0 && index < folded.count ? folded[index] : 0
    }

    /// The original text between two positions, as written.
    func text(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, original.count))
        let upper = max(lower, min(end, original.count))
        var view = String.UnicodeScalarView()
        for value in original[lower..<upper] { view.append(Unicode.Scalar(value) ?? "\u{FFFD}") }
        return String(view)
    }

    /// The original scalar at a position, or nil outside the text.
    func scalar(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < original.count ? Unicode.Scalar(original[index]) : nil
    }

    /// A pattern in the matching form.
    static func pattern(_ text: String) -> [UInt32] {
        fold(text.unicodeScalars.map(\.value))
    }

    /// True when `pattern` (already in matching form) is at `index`.
    func matches(_ pattern: [UInt32], at index: Int) -> Bool {
        guard index >= 0, index + pattern.count <= folded.count else { return false }
        var k = 0
        while k < pattern.count {
            if folded[index + k] != pattern[k] { return false }
            k += 1
        }
        return true
    }

    /// True when `pattern` is at `index` and is a whole word there (no letter or digit on either side).
    func matchesWord(_ pattern: [UInt32], at index: Int) -> Bool {
        matches(pattern, at: index) && !isWordChar(index - 1) && !isWordChar(index + pattern.count)
    }

    func isWordChar(_ index: Int) -> Bool {
        FoldedScalars.isLetter(self[index]) || FoldedScalars.isDigit(self[index])
    }

    func isLetter(_ index: Int) -> Bool { FoldedScalars.isLetter(self[index]) }
    func isDigit(_ index: Int) -> Bool { FoldedScalars.isDigit(self[index]) }
    func isSpace(_ index: Int) -> Bool { self[index] == 0x20 || self[index] == 0x09 }

    /// True when the original scalar at `index` is an upper-case letter.
    func isUpper(_ index: Int) -> Bool {
        guard index >= 0, index < original.count else { return false }
        let value = original[index]
        return FoldedScalars.isLetter(value) && FoldedScalars.lower(value) != value
    }

    /// The position after any spaces (not line breaks) starting at `index`.
    func skipSpaces(_ index: Int) -> Int {
        var i = index
        while i < count && isSpace(i) { i += 1 }
        return i
    }

    /// The end of the run of digits starting at `index` (== index when there is none).
    func digitsEnd(_ index: Int) -> Int {
        var i = index
        while i < count && isDigit(i) { i += 1 }
        return i
    }

    /// The integer value of the digits between two positions; nil when too long to be a number.
    func number(_ start: Int, _ end: Int) -> Int? {
        guard end > start, end - start <= 6 else { return nil }
        var value = 0
        for i in start..<end { value = value &* 10 &+ Int(self[i] &- 0x30) }
        return value
    }

    // MARK: - Character classes on the matching form

    static func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

    static func isLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0xC0...0x24F: return value != 0xD7 && value != 0xF7
        case 0x300...0x36F, 0x1E00...0x1EFF: return true
        default: return false
        }
    }

    // MARK: - Folding

    static func fold(_ scalars: [UInt32]) -> [UInt32] {
        let n = scalars.count
        return scalars.withUnsafeBufferPointer { input in
            foldTable.withUnsafeBufferPointer { table in
            [UInt32](unsafeUninitializedCapacity: n) { buffer, written in
                for i in 0..<n {
                    let raw = input[i]
                    let value = raw < 0x2000 ? table[Int(raw)] : mapOne(raw)
                    buffer[i] = value
                    // Tone placement: when the pair before this scalar is "oa/oe/uy" with the tone on
                    // the second vowel and this scalar ends the syllable, move the tone onto the first.
                    if i >= 2, !isLetter(value) { fixTone(buffer, at: i - 2) }
                }
                if n >= 2 { fixTone(buffer, at: n - 2) }
                written = n
            }
            }
        }
    }

    /// `mapOne` for every scalar below U+2000 (Latin, Vietnamese letters, punctuation), computed once.
    private static let foldTable: [UInt32] = (0..<UInt32(0x2000)).map { mapOne($0) }

    /// Moves the tone of the pair at `index`, `index + 1` ("oá" → "óa", "uỷ" → "ủy"), when it is one
    /// of the pairs whose tone is written both ways.
    @inline(__always)
    private static func fixTone(_ buffer: UnsafeMutableBufferPointer<UInt32>, at index: Int) {
        let first = buffer[index]
        guard first == 0x6F || first == 0x75 else { return }
        let second = buffer[index + 1]
        guard second >= 0xE0, let (base, tone) = toneSplit(second) else { return }
        let pairOK = (first == 0x6F && (base == 0x61 || base == 0x65)) || (first == 0x75 && base == 0x79)
        if pairOK, let toned = toned(first, tone) {
            buffer[index] = toned
            buffer[index + 1] = base
        }
    }

    @inline(__always)
    private static func mapOne(_ value: UInt32) -> UInt32 {
        if value < 0x80 {
            return value >= 0x41 && value <= 0x5A ? value + 0x20 : value
        }
        switch value {
        case 0xD0, 0xF0, 0x110: return 0x111
        case 0xA0, 0x2007, 0x2009, 0x200A, 0x200B, 0x202F, 0x2060, 0xFEFF: return 0x20
        case 0x2010...0x2015, 0x2212: return 0x2D
        default: return lower(value)
        }
    }

    /// Lower case for the letters Vietnamese uses (Latin-1, Latin Extended-A/B, Latin Extended Additional).
    static func lower(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A: return value + 0x20
        case 0xC0...0xDE where value != 0xD7: return value + 0x20
        case 0x100...0x137, 0x14A...0x177: return value | 1
        case 0x1A0, 0x1AF: return value + 1
        case 0x1E00...0x1EFF: return value | 1
        default: return value
        }
    }

    /// Toned lower-case a, e, y → (base letter, tone index 0…4: grave, acute, hook, tilde, dot).
    private static func toneSplit(_ value: UInt32) -> (UInt32, Int)? {
        switch value {
        case 0xE0: return (0x61, 0)
        case 0xE1: return (0x61, 1)
        case 0x1EA3: return (0x61, 2)
        case 0xE3: return (0x61, 3)
        case 0x1EA1: return (0x61, 4)
        case 0xE8: return (0x65, 0)
        case 0xE9: return (0x65, 1)
        case 0x1EBB: return (0x65, 2)
        case 0x1EBD: return (0x65, 3)
        case 0x1EB9: return (0x65, 4)
        case 0x1EF3: return (0x79, 0)
        case 0xFD: return (0x79, 1)
        case 0x1EF7: return (0x79, 2)
        case 0x1EF9: return (0x79, 3)
        case 0x1EF5: return (0x79, 4)
        default: return nil
        }
    }

    private static func toned(_ vowel: UInt32, _ tone: Int) -> UInt32? {
        let o: [UInt32] = [0xF2, 0xF3, 0x1ECF, 0xF5, 0x1ECD]
        let u: [UInt32] = [0xF9, 0xFA, 0x1EE7, 0x169, 0x1EE5]
        guard tone >= 0, tone < 5 else { return nil }
        return vowel == 0x6F ? o[tone] : u[tone]
    }
}

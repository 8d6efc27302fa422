import BaoText
import Foundation

/// One word of a text as the place and organisation matchers see it.
///
/// `key` identifies the word regardless of case and tone-mark placement ("Hoà" = "hòa" = "HÒA"),
/// while keeping every letter and tone distinct ("Hòa" ≠ "Hóa"), so names compare the way
/// SPEC section 2 asks. Offsets are UTF-8 byte offsets into the scanned text.
struct ScannedWord: Sendable, Equatable {
    /// What separates a word from the one before it; phrases only span small gaps.
    enum Gap: UInt8, Sendable, Comparable {
        /// Only white space.
        case space = 0
        /// A hyphen or dash, with or without spaces: "Bà Rịa - Vũng Tàu", "TT-Huế".
        case dash = 1
        /// A full stop: "TP.HCM", "TP. Bạc Liêu".
        case period = 2
        /// Any other punctuation, a line break or the start of the text.
        case hard = 3

        static func < (lhs: Gap, rhs: Gap) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The gap once `scalar`, which is no part of a word, has been passed: spaces leave it,
        /// a dash or full stop widens it to at least that, anything else makes it hard.
        @inline(__always)
        func widened(by scalar: UInt32) -> Gap {
            switch scalar {
            case 0x20, 0x09, 0xA0, 0x2007, 0x202F, 0x200B, 0x2060, 0xFEFF:
                return self
            case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212:
                return max(self, .dash)
            case 0x2E:
                return max(self, .period)
            default:
                return .hard
            }
        }
    }

    var key: UInt64
    var start: Int
    var end: Int
    var gapBefore: Gap
    /// Opens with a capital letter (or is all capitals).
    var isCapitalized: Bool
    /// Every letter is a capital and there are at least two: "UBND", "BTV", "TP".
    var isAcronym: Bool
    var isNumber: Bool
}

/// The one word key of the entity layer: a 64-bit hash of the word's letters in lower case with
/// the tone mark moved to the end, "y" read as "i" (both spellings are in use: "Phú Quý"/"Phú
/// Quí"), "Ð" (eth) as "Đ". Both word views of a `ScannedBody` (the matchers' `words`, the people
/// scanner's `tokens`) key a word this way, and so do the word lists they look words up in.
///
/// A phrase key folds the keys of its words, starting from `phraseSeed`; the phrase of one word
/// is that word's key, so a word list may mix words and phrases. `spelled` marks a key with where
/// the word writes "y", for the people rules, which tell "ngày" (day) from "ngài" (sir).
enum WordKey {
    /// Per scalar up to U+1EFF: base letter (lower case, vowel quality kept) in the low 21 bits,
    /// tone (0 none, 1 grave, 2 acute, 3 tilde, 4 hook, 5 dot) in bits 21–23, bit 24 upper case,
    /// bit 25 letter, bit 26 a "y" (read as "i"). Zero means "not a letter".
    static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x1F00)
        let ranges: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), value != 0xD7, value != 0xF7 else { continue }
                let isUpper = scalar.properties.isUppercase
                guard scalar.properties.isAlphabetic || (0x30...0x39).contains(value) else { continue }
                var toneValue: UInt32 = 0
                var rest = String.UnicodeScalarView()
                for part in String(Character(scalar)).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                    let t = tone(ofMark: part.value)
                    if t != 0 { toneValue = t } else { rest.append(part) }
                }
                let base = String(rest).precomposedStringWithCanonicalMapping.unicodeScalars
                guard base.count == 1, var baseValue = base.first?.value else { continue }
                if baseValue == 0xF0 { baseValue = 0x111 }  // eth → đ
                let isY = baseValue == 0x79
                if isY { baseValue = 0x69 }  // y → i
                table[Int(value)] = baseValue | (toneValue << 21) | (isUpper ? 1 << 24 : 0) | (1 << 25) | (isY ? 1 << 26 : 0)
            }
        }
        return table
    }()

    /// The tone a combining mark writes (numbered as in `table`), or 0 for any other scalar.
    @inline(__always)
    static func tone(ofMark value: UInt32) -> UInt32 {
        switch value {
        case 0x0300: return 1
        case 0x0301: return 2
        case 0x0303: return 3
        case 0x0309: return 4
        case 0x0323: return 5
        default: return 0
        }
    }

    /// What a letter or mark outside `table` (Greek, Cyrillic, …) adds to a key: its lower case.
    static func foreignLetter(_ value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value) else { return value }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? (mapped.first?.value ?? value) : value
    }

    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The key of a word whose letters hashed to `hash` and whose tone is `tone`: the tone comes
    /// last, so "hoà" and "hòa" are one key.
    @inline(__always)
    static func finish(_ hash: UInt64, tone: UInt32) -> UInt64 {
        tone == 0 ? hash : (hash ^ UInt64(0x10_0000 | tone)) &* prime
    }

    /// `key` told apart from the keys of the same word spelled with "i" where it writes "y": bit
    /// n of `yLetters` is set when its letter n (counted from 0, modulo 64) is a "y". A word
    /// without one keeps its key.
    @inline(__always)
    static func spelled(_ key: UInt64, yLetters: UInt64) -> UInt64 {
        yLetters == 0 ? key : key ^ (yLetters &* 0x9E37_79B9_7F4A_7C15)
    }

    /// The key of a whole word written in `text` (used to build dictionaries).
    static func key(of word: String) -> UInt64 {
        let words = WordScanner.scan(word)
        return words.count == 1 ? words[0].key : 0
    }

    /// The key of the empty phrase, which `extend` grows word by word.
    static let phraseSeed: UInt64 = 0

    /// The key of a phrase: the keys of its words, in order.
    static func phraseKey(_ keys: [UInt64]) -> UInt64 {
        var hash = phraseSeed
        for key in keys { hash = extend(hash, key) }
        return hash
    }

    /// `phrase` with one more word; from `phraseSeed`, the word's own key.
    @inline(__always)
    static func extend(_ phrase: UInt64, _ word: UInt64) -> UInt64 {
        (phrase &* 0xff51_afd7_ed55_8ccd) ^ word
    }
}

/// Splits a text into words with their keys in one pass over its UTF-8 bytes.
enum WordScanner {
    /// Scans `text`. Decomposed input is composed first, so NFD and NFC give the same words.
    static func scan(_ text: String) -> [ScannedWord] {
        scanComposed(text).words
    }

    /// The UTF-8 bytes of `text`, composed (NFC) when it holds combining marks (U+0300–U+036F,
    /// the marks `scan` reports), so NFD and NFC give the same bytes; `composed` is false when
    /// they are `text.utf8` as given.
    static func composing(_ text: String) -> (bytes: [UInt8], composed: Bool) {
        let bytes = Array(text.utf8)
        let decomposed = bytes.withUnsafeBufferPointer { bytes -> Bool in
            // U+0300–U+036F: CC 80 … CD AF. Eight bytes at a time while none is CC or CD.
            var i = 0
            let n = bytes.count
            while i < n {
                if let word = TextScan.word(bytes, at: i),
                   TextScan.bytes(of: word, equalTo: 0xCC) | TextScan.bytes(of: word, equalTo: 0xCD) == 0 {
                    i &+= 8
                    continue
                }
                let b = bytes[i]
                if b == 0xCC || (b == 0xCD && i &+ 1 < n && bytes[i &+ 1] <= 0xAF) { return true }
                i &+= 1
            }
            return false
        }
        return decomposed ? (Array(text.precomposedStringWithCanonicalMapping.utf8), true) : (bytes, false)
    }

    /// The words of `bytes` read from their `tokens` (`WordTokenizer.tokenize`), so the text is
    /// scanned once for both views: the same words `scan` finds, where letters and digits written
    /// together ("A1") or around an apostrophe ("K'Ré") are one word. When a token holds a scalar
    /// `WordKey.table` does not know, the bytes are scanned again instead.
    static func words(of bytes: [UInt8], tokens: [WordTokenizer.Token]) -> [ScannedWord] {
        // Each word takes one token or more, so the tokens' count is room enough; the words are
        // written in place (an append checks the array's uniqueness and room at every word).
        var derived = false
        let words = [ScannedWord](unsafeUninitializedCapacity: tokens.count) { buffer, count in
            let written = bytes.withUnsafeBufferPointer { bytes in
                tokens.withUnsafeBufferPointer { tokens in
                    derive(from: bytes, tokens: tokens, into: buffer)
                }
            }
            derived = written != nil
            count = written ?? 0
        }
        if derived { return words }
        var scanned: [ScannedWord] = []
        scanned.reserveCapacity(tokens.count)
        _ = bytes.withUnsafeBufferPointer { scan($0, into: &scanned) }
        return scanned
    }

    /// Writes the words into `words` and returns their count; nil when a token is foreign (the
    /// text is then scanned from its bytes).
    private static func derive(
        from bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<WordTokenizer.Token>,
        into words: UnsafeMutableBufferPointer<ScannedWord>
    ) -> Int? {
        var written = 0
        @inline(__always) func put(_ word: ScannedWord) {
            words[written] = word
            written &+= 1
        }
        var gap = ScannedWord.Gap.hard
        var previousEnd = 0
        var i = 0
        let count = tokens.count
        while i < count {
            let token = tokens[i]
            if token.shape.contains(.foreign) { return nil }
            let start = Int(token.start)
            // Between tokens lie only spaces and zero-width characters; most often one space.
            if start &- previousEnd != 1 || bytes[previousEnd] != 0x20 {
                var k = previousEnd
                while k < start {
                    let (scalar, width) = UTF8Scalar.decode(bytes, at: k)
                    gap = gap.widened(by: scalar)
                    k &+= width
                }
            }
            if token.kind == .punctuation {
                gap = gap.widened(by: UTF8Scalar.decode(bytes, at: start).value)
                previousEnd = Int(token.end)
                i &+= 1
                continue
            }
            // Letters, digits and apostrophes written together are one word.
            var end = Int(token.end)
            var last = i
            while last &+ 1 < count {
                let next = tokens[last &+ 1]
                guard Int(next.start) == end, !next.shape.contains(.foreign) else { break }
                if next.kind == .punctuation, bytes[end] != 0x27 { break }
                end = Int(next.end)
                last &+= 1
            }
            if last == i {
                put(ScannedWord(
                    key: token.plainKey, start: start, end: end, gapBefore: gap,
                    isCapitalized: token.shape.contains(.capitalized), isAcronym: token.shape.contains(.acronym),
                    isNumber: token.kind == .number))
            } else {
                var joined: [ScannedWord] = []
                _ = scan(UnsafeBufferPointer(rebasing: bytes[start..<end]), into: &joined)
                guard joined.count == 1, let word = joined.first else { return nil }
                put(ScannedWord(
                    key: word.key, start: start, end: end, gapBefore: gap,
                    isCapitalized: word.isCapitalized, isAcronym: word.isAcronym, isNumber: word.isNumber))
            }
            gap = .space
            previousEnd = end
            i = last &+ 1
        }
        return written
    }

    /// The UTF-8 bytes of `text`, composed (NFC) when it was not, and their words.
    static func scanComposed(_ text: String) -> (bytes: [UInt8], words: [ScannedWord]) {
        var bytes = Array(text.utf8)
        var words: [ScannedWord] = []
        words.reserveCapacity(bytes.count / 6)
        let composed = bytes.withUnsafeBufferPointer { scan($0, into: &words) }
        if !composed {
            // Combining marks: compose and scan again, so NFD input gives the words of NFC input.
            bytes = Array(text.precomposedStringWithCanonicalMapping.utf8)
            words.removeAll(keepingCapacity: true)
            _ = bytes.withUnsafeBufferPointer { scan($0, into: &words) }
        }
        return (bytes, words)
    }

    /// Appends the words of `bytes` to `words`. Returns false when the text holds combining marks
    /// (U+0300–U+036F), i.e. may not be composed; the words are then only approximate.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into words: inout [ScannedWord]) -> Bool {
        WordKey.table.withUnsafeBufferPointer { table in
            scan(bytes, table: table, into: &words)
        }
    }

    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt32>, into words: inout [ScannedWord]
    ) -> Bool {
        let count = bytes.count
        let tableCount = table.count
        var composed = true
        var index = 0
        var gap = ScannedWord.Gap.hard
        var inWord = false
        var hash = WordKey.offset
        var start = 0
        var tone: UInt32 = 0
        var letters = 0
        var uppers = 0
        var digits = 0
        var firstUpper = false

        while index < count {
            if inWord {
                // Most of a Vietnamese word is plain lower-case ASCII: take such runs without the
                // decoding and table look-up below.
                while index < count {
                    let b = bytes[index]
                    // Upper-case ASCII letters ("UBND") take the same path with their lower case.
                    let lower = b | 0x20
                    guard lower &- 0x61 < 26 else { break }
                    hash = (hash ^ UInt64(lower == 0x79 ? 0x69 : lower)) &* WordKey.prime
                    letters &+= 1
                    if b < 0x60 { uppers &+= 1 }
                    index &+= 1
                }
                if index >= count { break }
                if bytes[index] == 0x20 {
                    // A space ends most words: the word is done without the decoding below.
                    words.append(finished(
                        hash: hash, tone: tone, start: start, end: index, gap: gap,
                        firstUpper: firstUpper, letters: letters, uppers: uppers, digits: digits))
                    inWord = false
                    gap = .space
                    index &+= 1
                    continue
                }
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            let info: UInt32 = Int(scalar) < tableCount ? table[Int(scalar)] : 0
            if info != 0 || (inWord && scalar == 0x27) {
                if !inWord {
                    inWord = true
                    hash = WordKey.offset
                    start = index
                    tone = 0
                    letters = 0
                    uppers = 0
                    digits = 0
                    firstUpper = info & (1 << 24) != 0
                }
                let base = scalar == 0x27 ? 0x27 : info & 0x1F_FFFF
                if base >= 0x30 && base <= 0x39 {
                    digits &+= 1
                } else if scalar != 0x27 {
                    letters &+= 1
                    if info & (1 << 24) != 0 { uppers &+= 1 }
                }
                let t = (info >> 21) & 0x7
                if t != 0 { tone = t }
                hash = (hash ^ UInt64(base)) &* WordKey.prime
            } else if scalar >= 0x0300 && scalar <= 0x036F {
                composed = false
                let t = WordKey.tone(ofMark: scalar)
                if t != 0 { tone = t }
            } else {
                if inWord {
                    words.append(finished(
                        hash: hash, tone: tone, start: start, end: index, gap: gap,
                        firstUpper: firstUpper, letters: letters, uppers: uppers, digits: digits))
                    inWord = false
                    gap = .space
                }
                gap = gap.widened(by: scalar)
            }
            index &+= length
        }
        if inWord {
            words.append(finished(
                hash: hash, tone: tone, start: start, end: count, gap: gap,
                firstUpper: firstUpper, letters: letters, uppers: uppers, digits: digits))
        }
        return composed
    }

    /// The word that ends at `end`: its key takes the tone last, so "hoà" and "hòa" are one key.
    @inline(__always)
    private static func finished(
        hash: UInt64, tone: UInt32, start: Int, end: Int, gap: ScannedWord.Gap,
        firstUpper: Bool, letters: Int, uppers: Int, digits: Int
    ) -> ScannedWord {
        ScannedWord(
            key: WordKey.finish(hash, tone: tone), start: start, end: end, gapBefore: gap,
            isCapitalized: firstUpper, isAcronym: letters >= 2 && uppers == letters,
            isNumber: digits > 0 && letters == 0)
    }
}

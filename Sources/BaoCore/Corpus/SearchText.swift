import Foundation

/// The two forms of text the index stores and matches (SPEC section 2): the folded form, where
/// "Cần Thơ", "CẦN THƠ" and "can tho" meet, and the canonical marked form, where "Hòa" and "Hóa"
/// stay apart but "hoà" and "hòa" (two tone placements of one word) meet.
public enum SearchText {
    /// Lower case, no marks, đ→d: what a query typed without diacritics is matched against.
    public static func folded(_ text: String) -> String {
        Folding.fold(text)
    }

    /// Lower case with the eth fixed and tone marks in one placement (`TonePlacement`): what a
    /// query typed with diacritics is matched against. "hoà" and "hòa" meet; "hóa" does not.
    /// Text that may not be NFC is composed first; indexed article text is NFC already.
    public static func canonical(_ text: String, isNFC: Bool = false) -> String {
        forms(isNFC ? text : text.precomposedStringWithCanonicalMapping, folding: false).marked
    }

    /// The folded and the canonical marked form of NFC text, in one pass over it: what the index
    /// stores of every title and body. `folded` is `folded(text)` and `marked` is
    /// `canonical(text, isNFC: true)`; with `folding: false` only `marked` is made (and `folded`
    /// is empty).
    public static func forms(_ text: String, folding: Bool = true) -> (folded: String, marked: String) {
        var folded: [UInt8] = []
        var marked: [UInt8] = []
        let count = text.utf8.count
        if folding { folded.reserveCapacity(count) }
        marked.reserveCapacity(count + count / 8)
        // Only an open "oa", "oe", "uy" ending a word with the tone on its first vowel can change
        // (`TonePlacement` moves it): such a word end is noted, and once the next scalar shows
        // that the word is over, `TonePlacement` rewrites just that word.
        var wordStart = 0
        var previous: UInt32 = 0
        var pending = false
        func lowered(_ value: UInt32) {
            let letter = isLetter(value)
            if pending {
                pending = false
                if !letter { rewriteWord(&marked, from: wordStart) }
            }
            if !letter {
                wordStart = marked.count &+ (value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4)
            } else if (value == 0x61 || value == 0x65 || value == 0x79) && Tables.tonedOU.contains(previous) {
                pending = true
            }
            previous = value
            Folding.appendUTF8(value, to: &marked)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if folding { Folding.appendFolded(scalar, to: &folded) }
            if value < 0x80 {
                lowered((0x41...0x5A).contains(value) ? value + 0x20 : value)
                continue
            }
            let mapped = value < Tables.size ? Tables.lower[Int(value)] : Tables.fallback
            if mapped == Tables.fallback {
                for part in String(scalar).lowercased().unicodeScalars { lowered(part.value) }
            } else {
                lowered(mapped)
            }
        }
        if pending { rewriteWord(&marked, from: wordStart) }
        return (String(decoding: folded, as: UTF8.self), String(decoding: marked, as: UTF8.self))
    }

    /// Rewrites the word at the end of `bytes` (from `start`) in canonical tone placement, when
    /// that keeps its number of scalars.
    private static func rewriteWord(_ bytes: inout [UInt8], from start: Int) {
        guard start < bytes.count else { return }
        let word = String(decoding: bytes[start...], as: UTF8.self)
        let rewritten = TonePlacement.canonical(word)
        guard rewritten != word, rewritten.unicodeScalars.count == word.unicodeScalars.count else { return }
        bytes.replaceSubrange(start..., with: rewritten.utf8)
    }

    /// True when the text carries a diacritic or "đ": such a query term is matched exactly.
    public static func hasMarks(_ text: String) -> Bool {
        let lowered = text.precomposedStringWithCanonicalMapping.lowercased()
        return folded(lowered) != lowered
    }

    /// The words of a text as the index tokenizer (FTS5 unicode61) sees them: runs of letters and
    /// digits. A query word such as "59-NQ/TW" becomes the phrase "59 nq tw".
    public static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if isLetter(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let props = scalar.properties
        return props.isAlphabetic || props.numericType != nil
            || props.generalCategory == .nonspacingMark
    }

    /// ASCII letters and digits, and alphabetic scalars: what a word is made of for tone placement.
    @inline(__always)
    private static func isLetter(_ value: UInt32) -> Bool {
        if value < Tables.size { return Tables.letter[Int(value)] }
        return Unicode.Scalar(value).map { $0.properties.isAlphabetic } ?? false
    }

    /// Per-scalar lower case for the scalars below U+2070 (Latin, combining marks,
    /// general punctuation), built once from `String.lowercased`.
    private enum Tables {
        static let size: UInt32 = 0x2070
        /// The mapping is not a single scalar: compute it the slow way.
        static let fallback: UInt32 = .max
        /// Lower case of each scalar (a single scalar), or `fallback`.
        static let lower: [UInt32] = (0..<size).map { value in
            guard let scalar = Unicode.Scalar(value) else { return value }
            let mapped = Array(String(scalar).lowercased().unicodeScalars)
            if value == 0x00F0 || value == 0x00D0 { return 0x0111 }  // ð, Ð (eth) are the web's đ
            return mapped.count == 1 ? mapped[0].value : fallback
        }
        /// `isLetter` of each scalar below `size`.
        static let letter: [Bool] = (0..<size).map { value in
            if value < 0x80 {
                return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
            }
            return Unicode.Scalar(value).map { $0.properties.isAlphabetic } ?? false
        }
        /// Lower-case o and u with a tone mark: "ò", "ó", "ỏ", "õ", "ọ", "ù", "ú", "ủ", "ũ", "ụ".
        static let tonedOU: Set<UInt32> = Set("òóỏõọùúủũụ".unicodeScalars.map(\.value))
    }
}

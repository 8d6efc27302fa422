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
        let source = isNFC ? text : text.precomposedStringWithCanonicalMapping
        var scalars: [UInt32] = []
        scalars.reserveCapacity(source.utf8.count)
        for scalar in source.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                scalars.append((0x41...0x5A).contains(value) ? value + 0x20 : value)
                continue
            }
            let mapped = value < Tables.size ? Tables.lower[Int(value)] : Tables.fallback
            if mapped == Tables.fallback {
                scalars.append(contentsOf: String(scalar).lowercased().unicodeScalars.map(\.value))
            } else {
                scalars.append(mapped)
            }
        }
        // Only an open "oa", "oe", "uy" ending with the tone on its first vowel can change
        // (`TonePlacement` moves it): find such word ends and let it rewrite just those words.
        var index = 1
        while index < scalars.count {
            let last = scalars[index]
            if last == 0x61 || last == 0x65 || last == 0x79, Tables.tonedOU.contains(scalars[index - 1]),
               index + 1 == scalars.count || !isLetter(scalars[index + 1]) {
                var start = index - 1
                while start > 0, isLetter(scalars[start - 1]) { start -= 1 }
                let word = String(String.UnicodeScalarView(scalars[start...index].compactMap(Unicode.Scalar.init)))
                let rewritten = TonePlacement.canonical(word).unicodeScalars.map(\.value)
                if rewritten.count == index - start + 1 {
                    scalars.replaceSubrange(start...index, with: rewritten)
                }
            }
            index += 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count + scalars.count / 2)
        for value in scalars { Folding.appendUTF8(value, to: &out) }
        return String(decoding: out, as: UTF8.self)
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

    private static func isLetter(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
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
        /// Lower-case o and u with a tone mark: "ò", "ó", "ỏ", "õ", "ọ", "ù", "ú", "ủ", "ũ", "ụ".
        static let tonedOU: Set<UInt32> = Set("òóỏõọùúủũụ".unicodeScalars.map(\.value))
    }
}

import Foundation

/// The two forms of text the index stores and matches (SPEC section 2): the folded form, where
/// "Cần Thơ", "CẦN THƠ" and "can tho" meet, and the canonical marked form, where "Hòa" and "Hóa"
/// stay apart but "hoà" and "hòa" (two tone placements of one word) meet.
public enum SearchText {
    /// Lower case, no marks, đ→d: what a query typed without diacritics is matched against.
    ///
    /// Equal to `Folding.fold` scalar by scalar, but table-driven for the Latin letters of
    /// Vietnamese text, which makes indexing a large corpus several times faster.
    public static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                out.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20).unsafelyUnwrapped : scalar)
            } else if let folded = foldTable[value] {
                out.append(contentsOf: folded)
            } else {
                out.append(contentsOf: Folding.fold(String(scalar)).unicodeScalars)
            }
        }
        return String(out)
    }

    /// `Folding.fold` of each scalar of the Latin blocks, combining marks and general punctuation.
    private static let foldTable: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for range in [0x80...0x024F, 0x0300...0x036F, 0x1E00...0x1EFF, 0x2000...0x206F] {
            for value in range {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
                table[UInt32(value)] = Array(Folding.fold(String(scalar)).unicodeScalars)
            }
        }
        return table
    }()

    /// Lower case NFC with the eth fixed and tone marks in one placement (`TonePlacement`):
    /// what a query typed with diacritics is matched against. "hoà" and "hòa" meet; "hóa" does not.
    public static func canonical(_ text: String) -> String {
        var lowered = text.precomposedStringWithCanonicalMapping.lowercased()
        if lowered.unicodeScalars.contains("\u{00F0}") {
            lowered = String(String.UnicodeScalarView(lowered.unicodeScalars.map { $0 == "\u{00F0}" ? "\u{0111}" : $0 }))
        }
        return TonePlacement.canonical(lowered)
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
}

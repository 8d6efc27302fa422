import Foundation

/// Canonical tone-mark placement for comparing and indexing Vietnamese words (SPEC section 2).
///
/// "hòa"/"hoà", "thủy"/"thuỷ", "khóa"/"khoá" are one word written two ways. Open syllables ending
/// in "oa", "oe" and "uy" put the tone on the first vowel in the old style and on the second (the
/// main vowel) in the new style; baoterm compares in the new style. Closed syllables ("hoàng",
/// "thuyết") and "qu" onsets ("quý") never vary and are left alone. Display keeps the text as written.
public enum TonePlacement {
    /// The text with every old-style "òa/óe/ủy…" syllable rewritten with the tone on the main vowel.
    /// Expects NFC input (as `TextNormalizer.normalize` gives).
    public static func canonical(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { Tables.marked[$0.value] != nil && isFirstVowel($0) }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                word.append(scalar)
            } else {
                flush(&word, into: &out)
                out.append(scalar)
            }
        }
        flush(&word, into: &out)
        return String(out)
    }

    private static func isFirstVowel(_ scalar: Unicode.Scalar) -> Bool {
        guard let (base, _) = Tables.marked[scalar.value] else { return false }
        return base == 0x6F || base == 0x4F || base == 0x75 || base == 0x55
    }

    private static func flush(_ word: inout [Unicode.Scalar], into out: inout String.UnicodeScalarView) {
        defer { word.removeAll(keepingCapacity: true) }
        let n = word.count
        guard n >= 2, n <= 7 else { out.append(contentsOf: word); return }
        let first = word[n - 2], second = word[n - 1]
        guard let (firstBase, tone) = Tables.marked[first.value] else { out.append(contentsOf: word); return }
        let secondBase = lowerASCII(second.value)
        let lowerFirst = lowerASCII(firstBase)
        let pairOK = (lowerFirst == 0x6F && (secondBase == 0x61 || secondBase == 0x65))
            || (lowerFirst == 0x75 && secondBase == 0x79)
        guard pairOK else { out.append(contentsOf: word); return }
        // The onset must be consonants only (so the two vowels end one syllable), and "qu" is an onset.
        let onset = word[0..<(n - 2)]
        guard onset.allSatisfy({ Tables.consonants.contains(lowerASCII($0.value)) }) else {
            out.append(contentsOf: word); return
        }
        if lowerFirst == 0x75, let last = onset.last, lowerASCII(last.value) == 0x71 {
            out.append(contentsOf: word); return
        }
        guard let moved = Tables.compose[Tables.key(second.value, tone)],
              let plain = Unicode.Scalar(firstBase), let target = Unicode.Scalar(moved) else {
            out.append(contentsOf: word); return
        }
        out.append(contentsOf: onset)
        out.append(plain)
        out.append(target)
    }

    @inline(__always)
    private static func lowerASCII(_ v: UInt32) -> UInt32 {
        (0x41...0x5A).contains(v) ? v + 0x20 : v
    }

    /// Tone-marked vowels of the letters involved, built once from the Unicode compositions.
    private enum Tables {
        /// Tone marks: grave, acute, tilde, hook above, dot below.
        static let tones: [UInt32] = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]
        static let bases: [UInt32] = [0x61, 0x41, 0x65, 0x45, 0x6F, 0x4F, 0x75, 0x55, 0x79, 0x59]
        /// "ò" → (o, grave) for the base letters above.
        static let marked: [UInt32: (UInt32, UInt32)] = {
            var table: [UInt32: (UInt32, UInt32)] = [:]
            for base in bases {
                for tone in tones {
                    if let composed = composeOne(base, tone) { table[composed] = (base, tone) }
                }
            }
            return table
        }()
        /// (base, tone) → composed scalar.
        static let compose: [UInt64: UInt32] = {
            var table: [UInt64: UInt32] = [:]
            for base in bases {
                for tone in tones {
                    if let composed = composeOne(base, tone) { table[key(base, tone)] = composed }
                }
            }
            return table
        }()
        static let consonants: Set<UInt32> = Set("bcdghklmnpqrstvxđĐ".unicodeScalars.map(\.value))

        static func key(_ base: UInt32, _ tone: UInt32) -> UInt64 { UInt64(base) << 32 | UInt64(tone) }

        private static func composeOne(_ base: UInt32, _ tone: UInt32) -> UInt32? {
            guard let b = Unicode.Scalar(base), let t = Unicode.Scalar(tone) else { return nil }
            var view = String.UnicodeScalarView()
            view.append(b)
            view.append(t)
            let composed = String(view).precomposedStringWithCanonicalMapping.unicodeScalars
            guard composed.count == 1, let only = composed.first else { return nil }
            return only.value
        }
    }
}

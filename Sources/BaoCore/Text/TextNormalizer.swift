import Foundation

/// Normalisation of SPEC section 2: what every piece of text goes through before anything else.
///
/// `normalize` is the ingestion form (kept for display): NFC, eth fixed to Đ/đ, line breaks
/// unified, control characters and terminal escape sequences removed, odd spaces made ordinary,
/// invisible characters dropped. `comparisonKey` adds the tone-placement canonical form, lower
/// case and folded white space, for comparing and indexing words that are written two ways.
public enum TextNormalizer {
    /// The ingestion form: safe to print on a terminal, NFC, one kind of space and line break.
    public static func normalize(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var needsNFC = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        var previous: Unicode.Scalar = " "

        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }

        while let scalar = next() {
            let v = scalar.value
            if v < 0x80 {
                switch v {
                case 0x0A:
                    out.append(0x0A)
                case 0x0D:
                    // CR LF and a lone CR both end a line.
                    if let following = scalars.next(), following.value != 0x0A { pending = following }
                    out.append(0x0A)
                case 0x09, 0x0B, 0x0C:
                    out.append(0x20)
                case 0x1B:
                    skipEscapeSequence(&scalars, pending: &pending)
                case 0x00..<0x20, 0x7F:
                    break
                default:
                    out.append(UInt8(v))
                }
                previous = scalar
                continue
            }
            switch v {
            case 0x80...0x9F:
                // C1 controls; 0x9B is a one-byte CSI that some terminals still obey.
                if v == 0x9B { skipCSIBody(&scalars, pending: &pending) }
                continue
            case 0x00D0:
                append(0x0110, to: &out)
            case 0x00F0:
                append(0x0111, to: &out)
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680:
                out.append(0x20)
            case 0x2028, 0x2029, 0x0085:
                out.append(0x0A)
            case 0x200B, 0x200C, 0x2060, 0xFEFF, 0x00AD, 0x180E:
                continue
            case 0x200D:
                // Zero-width joiner only matters between emoji; elsewhere it is invisible noise.
                if previous.properties.isEmoji && previous.value > 0xFF {
                    append(v, to: &out)
                } else {
                    continue
                }
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
                // Bidirectional controls can reorder what a terminal shows; they carry no text.
                continue
            case 0xFFF9...0xFFFB:
                continue
            default:
                if !needsNFC && !isSurelyNFC(v) { needsNFC = true }
                append(v, to: &out)
            }
            previous = scalar
        }
        let result = String(decoding: out, as: UTF8.self)
        guard needsNFC else { return result }
        let composed = result.precomposedStringWithCanonicalMapping
        // Composition never creates controls or eth, but NFC of a lone combining mark after a
        // removed control is harmless; nothing else to redo.
        return composed
    }

    /// Comparison and index key: normalised, tone placement canonical, lower case, white space folded.
    public static func comparisonKey(_ text: String) -> String {
        foldWhitespace(TonePlacement.canonical(normalize(text)).lowercased())
    }

    /// Runs of white space (spaces, tabs, line breaks) become one space; ends are trimmed.
    public static func foldWhitespace(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when `text` holds no C0/C1 control character other than line feed, and no escape.
    public static func isTerminalSafe(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x0A { continue }
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return false }
        }
        return true
    }

    // MARK: - Pieces

    private static func append(_ value: UInt32, to out: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        out.append(contentsOf: scalar.utf8)
    }

    /// Skips what follows an ESC: a CSI (`ESC [ … final`), an OSC/DCS/APC/PM/SOS string
    /// (ended by BEL or `ESC \`), or one more character.
    private static func skipEscapeSequence(
        _ scalars: inout String.UnicodeScalarView.Iterator, pending: inout Unicode.Scalar?
    ) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            skipCSIBody(&scalars, pending: &pending)
        case "]", "P", "_", "^", "X":
            var count = 0
            while let s = scalars.next() {
                count &+= 1
                if s.value == 0x07 || s.value == 0x9C { return }
                if s.value == 0x1B {
                    if let t = scalars.next(), t != "\\" { pending = t }
                    return
                }
                // A string that never ends is data, not a sequence: stop eating text.
                if s == "\n" || count > 512 { pending = s; return }
            }
        case "(", ")", "*", "+", "#", "%":
            _ = scalars.next()
        default:
            if introducer.value < 0x20 || introducer.value > 0x7E { pending = introducer }
        }
    }

    private static func skipCSIBody(
        _ scalars: inout String.UnicodeScalarView.Iterator, pending: inout Unicode.Scalar?
    ) {
        var count = 0
        while let s = scalars.next() {
            count &+= 1
            let v = s.value
            if (0x40...0x7E).contains(v) { return }
            if !(0x20...0x3F).contains(v) || count > 64 { pending = s; return }
        }
    }

    /// A cheap test that a scalar cannot change under NFC (so most text skips the normaliser).
    @inline(__always)
    private static func isSurelyNFC(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x0300: return true
        case 0x0300..<0x0370: return false
        case 0x0370..<0x0590: return v != 0x0374 && v != 0x037E && v != 0x0387 && !(0x0483...0x0489).contains(v)
        case 0x1E00..<0x1F00: return true
        case 0x2010..<0x2070: return true
        case 0x20A0..<0x20C0: return true
        case 0x2100..<0x2126: return true
        case 0x2190..<0x2300: return true
        case 0x2500..<0x2800: return true
        case 0x3000..<0x3099: return true
        case 0x309B..<0xAC00: return true
        case 0xAC00..<0xD7A4: return true
        case 0x1F000..<0x1FB00: return true
        default: return false
        }
    }
}

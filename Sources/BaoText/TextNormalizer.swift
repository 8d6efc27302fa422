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
        var copy = text
        return copy.withUTF8 { normalize(bytes: $0) } ?? text
    }

    /// Works on the UTF-8 bytes directly: most text is ASCII or precomposed Vietnamese and passes
    /// through with one comparison per byte; NFC runs only when a scalar could change under it.
    /// Nil when nothing changes (most files): the caller keeps its string, with no copy to validate.
    private static func normalize(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        isSurelyUnchanged(bytes) ? nil : normalizeCopying(bytes: bytes)
    }

    /// The pass itself: copies the text, replacing and removing as it goes.
    static func normalizeCopying(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        var needsNFC = false
        var changed = false
        // The output is never longer than the input: every replacement is as long or shorter.
        let result = String(unsafeUninitializedCapacity: max(n, 1)) { out in
        var count = 0
        @inline(__always) func put(_ byte: UInt8) { out[count] = byte; count += 1 }
        var previous: UInt32 = 0x20
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                switch b {
                case 0x0A:
                    put(0x0A)
                    previous = 0x0A
                    continue
                case 0x0D:
                    // CR LF and a lone CR both end a line.
                    put(0x0A)
                    if i < n, bytes[i] == 0x0A { i += 1 }
                case 0x09, 0x0B, 0x0C:
                    put(0x20)
                case 0x1B:
                    i = skipEscapeSequence(bytes, from: i)
                case 0x00..<0x20, 0x7F:
                    break
                default:
                    put(b)
                    previous = UInt32(b)
                    continue
                }
                changed = true
                previous = UInt32(b)
                continue
            }
            // Vietnamese letters (U+00C0–U+02FF but eth, U+1E80–U+1EFF) are neither replaced nor
            // changed by NFC: copy them without the look-ups below.
            if b >= 0xC3 && b <= 0xCB {
                guard i + 2 <= n else { break }
                let b1 = bytes[i + 1]
                if b != 0xC3 || (b1 != 0x90 && b1 != 0xB0) {
                    put(b); put(b1)
                    previous = UTF8Scalar.decode(bytes, at: i).value
                    i += 2
                    continue
                }
            } else if b == 0xE1, i + 3 <= n, bytes[i + 1] == 0xBA || bytes[i + 1] == 0xBB {
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                put(b); put(b1); put(b2)
                previous = UTF8Scalar.decode(bytes, at: i).value
                i += 3
                continue
            }
            let (v, length) = UTF8Scalar.decode(bytes, at: i)
            let start = i
            i += length
            if v == 0x200D {
                // Zero-width joiner only matters between emoji; elsewhere it is invisible noise.
                if previous > 0xFF, Unicode.Scalar(previous)?.properties.isEmoji == true {
                    for k in start..<i { put(bytes[k]) }
                    previous = v
                } else {
                    changed = true
                }
                continue
            }
            if !isSpecial(v) {
                if !needsNFC && !isSurelyNFC(v) { needsNFC = true }
                for k in start..<i { put(bytes[k]) }
                previous = v
                continue
            }
            changed = true
            switch v {
            case 0x80...0x9F:
                // C1 controls; 0x9B is a one-byte CSI that some terminals still obey.
                if v == 0x9B { i = skipCSIBody(bytes, from: i) }
                continue
            case 0x00D0:
                put(0xC4); put(0x90)
            case 0x00F0:
                put(0xC4); put(0x91)
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680:
                put(0x20)
            case 0x2028, 0x2029:
                put(0x0A)
            case 0x200B, 0x200C, 0x2060, 0xFEFF, 0x00AD, 0x180E:
                continue
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
                // Bidirectional controls can reorder what a terminal shows; they carry no text.
                continue
            case 0xFFF9...0xFFFB:
                continue
            default:
                if !needsNFC && !isSurelyNFC(v) { needsNFC = true }
                for k in start..<i { put(bytes[k]) }
            }
            previous = v
        }
        return changed ? count : 0
        }
        if !changed && !needsNFC { return nil }
        if !changed { return String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping }
        return needsNFC ? result.precomposedStringWithCanonicalMapping : result
    }

    /// True when `normalizeCopying(bytes:)` would return nil because no byte of the text is replaced,
    /// removed or touched by NFC: the same tests as that pass, without writing a copy (most files
    /// are already normal). False sends the text through the full pass, which decides; it is also
    /// the answer for whatever this pass does not settle alone (a zero-width joiner, whose fate
    /// depends on the scalar before it; a truncated sequence).
    ///
    /// `bytes` must be valid UTF-8 (a string's): eight bytes at a time are tested together for
    /// anything that needs a look (`needsALook`), and only the scalar that does is decided alone,
    /// as `isSurelyUnchanged(scalarByScalar:from:)` decides every scalar.
    static func isSurelyUnchanged(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        // The window's eight bytes and, for the two-byte tests, the byte after them.
        while let x = TextScan.word(bytes, at: i), let y = TextScan.word(bytes, at: i &+ 1) {
            let flags = needsALook(x, next: y)
            if flags == 0 {
                i &+= 8
                continue
            }
            // The first flagged byte starts a scalar (flags fall on ASCII and lead bytes only);
            // everything before it passed.
            guard let after = scalarStep(bytes, at: i &+ flags.trailingZeroBitCount >> 3) else { return false }
            i = after
        }
        // A window may have ended inside a sequence: back to its lead, which passed.
        while i > 0, i < n, bytes[i] & 0xC0 == 0x80 { i &-= 1 }
        return isSurelyUnchanged(scalarByScalar: bytes, from: i)
    }

    /// The same answer one scalar at a time from `start` (a scalar's first byte): the tail of
    /// `isSurelyUnchanged`, and the reference its word-at-a-time reading is tested against.
    static func isSurelyUnchanged(scalarByScalar bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Bool {
        var i = start
        while i < bytes.count {
            guard let after = scalarStep(bytes, at: i) else { return false }
            i = after
        }
        return true
    }

    /// Where the scalar at `i` ends when neither pass would touch it; nil when it might be touched.
    @inline(__always)
    private static func scalarStep(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let n = bytes.count
        let b = bytes[i]
        // Printable ASCII (0x20–0x7E) in one comparison, then the line feed.
        if b &- 0x20 < 0x5F || b == 0x0A { return i &+ 1 }
        if b < 0x80 { return nil }
        if b >= 0xC3 && b <= 0xCB {
            guard i + 2 <= n else { return nil }
            let b1 = bytes[i + 1]
            guard b != 0xC3 || (b1 != 0x90 && b1 != 0xB0) else { return nil }
            return i &+ 2
        }
        if b == 0xE1, i + 3 <= n, bytes[i + 1] == 0xBA || bytes[i + 1] == 0xBB { return i &+ 3 }
        let (v, length) = UTF8Scalar.decode(bytes, at: i)
        guard v != 0x200D, !isSpecial(v), isSurelyNFC(v) else { return nil }
        return i &+ length
    }

    /// 0x80 in each byte of the little-endian word `x` that `scalarStep` might not pass at once
    /// (`next` is the word one byte on): a control byte or DEL; a lead byte other than U+00C0–U+02FF's
    /// (0xC3–0xCB) and U+1E80–U+1EFF's (0xE1 then 0xBA or 0xBB); eth (0xC3 then 0x90 or 0xB0).
    /// Continuation bytes and the rest of ASCII are never flagged. Branch-free: in Vietnamese text
    /// ASCII and lead bytes alternate every few bytes, and a per-byte branch on them mispredicts.
    @inline(__always)
    private static func needsALook(_ x: UInt64, next y: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // 0x80 where the byte's low seven bits are at least `c` (1...0x80).
        @inline(__always) func atLeast(_ v: UInt64, _ c: UInt64) -> UInt64 { ((v & low7) &+ (0x80 &- c) &* ones) & high }
        @inline(__always) func equal(_ v: UInt64, _ byte: UInt8) -> UInt64 { TextScan.bytes(of: v, equalTo: byte) }
        let control = ~x & high & ~atLeast(x, 0x20) & ~equal(x, 0x0A)
        let delete = equal(x, 0x7F)
        let lead = x & (x << 1) & high
        let letterLead = atLeast(x, 0x43) & ~atLeast(x, 0x4C)
        let e1 = equal(x, 0xE1)
        let eth = equal(x, 0xC3) & (equal(y, 0x90) | equal(y, 0xB0))
        let e1Other = e1 & ~equal(y | ones, 0xBB)
        return control | delete | (lead & ~letterLead & ~e1) | eth | e1Other
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

    /// True when `text` holds no C0/C1 control character other than line feed, no escape and no
    /// bidirectional control.
    public static func isTerminalSafe(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x0A { continue }
            if isControl(v) { return false }
        }
        return true
    }

    // MARK: - Output

    /// `text` made safe to print as one field (a file name, a title, a message): C0 and C1
    /// controls, DEL, line and paragraph separators and bidirectional controls become visible
    /// escapes (`\x1B`, `\x9B`, `\u202E`), and so do the bytes of a file name that is not UTF-8
    /// (`\xFF`, see `SystemPath`). With `keepingLines`, line feeds and tabs stay (whole lines of
    /// output). Text without such characters is returned as it is, after one pass over its bytes.
    public static func escapedForDisplay(_ text: String, keepingLines: Bool = false) -> String {
        guard mayNeedEscape(text.utf8, keepingLines: keepingLines) else { return text }
        return escape(text) { v in
            guard isControl(v) || v == 0x2028 || v == 0x2029, !(keepingLines && (v == 0x0A || v == 0x09)) else { return nil }
            return v < 0x100 ? "\\x" + hex(v, digits: 2) : "\\u" + hex(v, digits: 4)
        }
    }

    /// Encoded JSON with the characters that `JSONEncoder` leaves raw escaped as well: C1 and
    /// bidirectional controls as `\u` escapes inside their strings, and the bytes of a file name
    /// that is not UTF-8 as the text `\xFF` (JSON has no way to carry a byte that is no character).
    /// Every such character can only sit inside a JSON string, where both forms are valid.
    public static func escapedForJSON(_ json: String) -> String {
        guard mayNeedEscape(json.utf8, keepingLines: true) else { return json }
        return escape(json, rawBytePrefix: "\\\\x") { v in
            v >= 0x7F && (isControl(v) || v == 0x2028 || v == 0x2029) ? "\\u" + hex(v, digits: 4) : nil
        }
    }

    /// `text` with each raw file-name byte written as `rawBytePrefix` and two hex digits, and each
    /// scalar that `replacement` has an escape for replaced by it.
    private static func escape(_ text: String, rawBytePrefix: String = "\\x", _ replacement: (UInt32) -> String?) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let byte = SystemPath.rawByte(scalar) {
                out.append(contentsOf: (rawBytePrefix + hex(UInt32(byte), digits: 2)).unicodeScalars)
            } else if let escaped = replacement(scalar.value) {
                out.append(contentsOf: escaped.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// C0 and C1 controls, DEL, and the bidirectional controls (marks, embeddings, overrides,
    /// isolates) that can reorder what a terminal shows.
    @inline(__always)
    public static func isControl(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// False only when no byte of `utf8` can start a character that output escapes.
    private static func mayNeedEscape(_ utf8: String.UTF8View, keepingLines: Bool) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in utf8 {
            if byte < 0x20 {
                if !(keepingLines && (byte == 0x0A || byte == 0x09)) { return true }
            } else if byte == 0x7F || byte == 0xF4 {
                return true
            } else if byte >= 0x80 && byte <= 0xBF {
                // C2 80–9F: C1 controls; D8 9C: U+061C; E2 80 8E/8F/A8–AE and E2 81 A6–A9: the
                // marks, separators, embeddings, overrides and isolates.
                if (previous == 0xC2 && byte <= 0x9F) || (previous == 0xD8 && byte == 0x9C) { return true }
                if beforePrevious == 0xE2 && previous == 0x80 && (byte == 0x8E || byte == 0x8F || (0xA8...0xAE).contains(byte)) { return true }
                if beforePrevious == 0xE2 && previous == 0x81 && (0xA6...0xA9).contains(byte) { return true }
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    private static func hex(_ v: UInt32, digits: Int) -> String {
        let text = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    // MARK: - Pieces

    /// The index after an escape sequence whose ESC is just before `start`: a CSI
    /// (`ESC [ … final`), an OSC/DCS/APC/PM/SOS string (ended by BEL or `ESC \`), or one more
    /// character. A string that never ends is data, not a sequence: the text after it is kept.
    private static func skipEscapeSequence(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count else { return start }
        switch bytes[start] {
        case 0x5B:
            return skipCSIBody(bytes, from: start + 1)
        case 0x5D, 0x50, 0x5F, 0x5E, 0x58:
            var k = start + 1
            while k < bytes.count {
                let byte = bytes[k]
                if byte == 0x07 { return k + 1 }
                if byte == 0x1B { return k + 1 < bytes.count && bytes[k + 1] == 0x5C ? k + 2 : k + 1 }
                if byte == 0xC2, k + 1 < bytes.count, bytes[k + 1] == 0x9C { return k + 2 }
                if byte == 0x0A || k - start > 512 { return k }
                k += 1
            }
            return k
        case 0x28, 0x29, 0x2A, 0x2B, 0x23, 0x25:
            return min(start + 2, bytes.count)
        case 0x20...0x7E:
            return start + 1
        default:
            return start
        }
    }

    private static func skipCSIBody(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var k = start
        while k < bytes.count, k - start <= 64 {
            let byte = bytes[k]
            if (0x40...0x7E).contains(byte) { return k + 1 }
            if !(0x20...0x3F).contains(byte) { return k }
            k += 1
        }
        return k
    }

    /// Scalars the normaliser replaces or removes.
    @inline(__always)
    private static func isSpecial(_ v: UInt32) -> Bool {
        switch v {
        case 0x80...0xA0, 0xAD, 0xD0, 0xF0, 0x061C, 0x1680, 0x180E, 0x2000...0x200F, 0x2028...0x202F,
             0x205F, 0x2060, 0x2066...0x2069, 0x3000, 0xFEFF, 0xFFF9...0xFFFB:
            return true
        default:
            return false
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

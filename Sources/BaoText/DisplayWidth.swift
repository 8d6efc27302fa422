/// Terminal display width, counted per grapheme cluster (what a user sees as one character).
///
/// Vietnamese letters are one column once composed; combining marks add nothing; East Asian wide
/// characters and emoji take two columns; control characters take none (they never reach the
/// terminal). Truncating and padding by `count` would misalign columns as soon as a title holds
/// an NFD letter, a CJK name or an emoji.
public enum DisplayWidth {
    /// Columns one grapheme cluster occupies.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let v = first.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if v < 0xA0 { return 0 }
        if isZeroWidth(first) {
            // A cluster made only of marks (text starting with a combining mark) takes no column.
            return scalars.dropFirst().contains(where: { !isZeroWidth($0) }) ? 1 : 0
        }
        if isWide(v) { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        // Regional-indicator pairs (flags) are drawn two columns wide.
        if (0x1F1E6...0x1F1FF).contains(v) { return scalars.count >= 2 ? 2 : 1 }
        return 1
    }

    /// Columns a string occupies.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.reduce(0) { $0 &+ (($1 >= 0x20 && $1 != 0x7F) ? 1 : 0) }
        }
        return text.reduce(0) { $0 &+ of($1) }
    }

    /// The longest prefix of `text` that fits in `width` columns; when something was cut,
    /// it ends with `ellipsis` (which counts towards the width).
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return prefix(text, fitting: width) }
        return prefix(text, fitting: room) + ellipsis
    }

    /// `text` truncated to `width` columns, then padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let used = of(cut)
        return used >= width ? cut : cut + String(repeating: " ", count: width - used)
    }

    /// The longest prefix of whole grapheme clusters that fits in `width` columns.
    public static func prefix(_ text: String, fitting width: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = of(text[index])
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// The longest suffix of whole grapheme clusters that fits in `width` columns. Walks from
    /// the end, so its cost follows the suffix, not the text (a prompt holding a long paste).
    public static func suffix(_ text: String, fitting width: Int) -> Substring {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let before = text.index(before: start)
            let w = of(text[before])
            if used + w > width { break }
            used += w
            start = before
        }
        return text[start...]
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return true
        default: return scalar.value == 0x200B || (0xFE00...0xFE0F).contains(scalar.value)
        }
    }

    /// East Asian Wide and Fullwidth blocks (UAX #11), plus the emoji blocks drawn two columns wide.
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
             0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
             0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
             0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
             0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
             0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
             0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4, 0x1F3F8...0x1F43E,
             0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
             0x1F57A, 0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC,
             0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC,
             0x1F7E0...0x1F7EB, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
             0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

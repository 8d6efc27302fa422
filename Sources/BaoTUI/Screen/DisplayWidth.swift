import Foundation

/// Terminal display width per grapheme cluster: the rule every view truncates and pads by.
///
/// NFC Vietnamese letters are one column, combining marks add nothing, East Asian wide letters
/// and emoji take two, and control characters are shown as a one-column placeholder.
public enum DisplayWidth {
    /// What a control character (C0, DEL, C1) is drawn as, so raw control bytes never reach the terminal.
    public static let controlPlaceholder: Character = "\u{FFFD}"

    /// Columns one grapheme cluster occupies.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if isControl(first) { return 1 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if isZeroWidth(first) { return 0 }
        if isWide(first) { return 2 }
        return 1
    }

    /// Columns a string occupies.
    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total &+= of(character) }
        return total
    }

    /// The longest prefix of `text` that fits in `columns`, cut at a grapheme boundary.
    public static func truncate(_ text: String, to columns: Int) -> String {
        var used = 0
        var out = ""
        for character in text {
            let w = of(character)
            if used + w > columns { break }
            used += w
            out.append(character)
        }
        return out
    }

    /// `text` cut or padded with spaces to exactly `columns`; an ellipsis marks a cut when `ellipsis`.
    public static func fit(_ text: String, to columns: Int, ellipsis: Bool = true) -> String {
        guard columns > 0 else { return "" }
        let width = of(text)
        if width <= columns { return text + String(repeating: " ", count: columns - width) }
        if !ellipsis || columns < 2 { return pad(truncate(text, to: columns), to: columns) }
        return pad(truncate(text, to: columns - 1) + "…", to: columns)
    }

    /// `text` padded with spaces to `columns` (never cut).
    public static func pad(_ text: String, to columns: Int) -> String {
        let width = of(text)
        return width >= columns ? text : text + String(repeating: " ", count: columns - width)
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (s.value >= 0x7F && s.value < 0xA0)
    }

    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return true // a combining mark with no base
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0xFEFF:
            return true
        default:
            return s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark
        }
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
             0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
             0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

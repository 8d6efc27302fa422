import BaoText


/// Cutting and padding to an exact number of columns, on top of the shared grapheme width rule.
extension DisplayWidth {
    /// What a control character (C0, DEL, C1, bidirectional) is drawn as, so raw control bytes never reach the terminal.
    static let controlPlaceholder: Character = "\u{FFFD}"

    /// `text` cut or padded with spaces to exactly `columns`; an ellipsis marks a cut when `ellipsis`.
    static func fit(_ text: String, to columns: Int, ellipsis: Bool = true) -> String {
        guard columns > 0 else { return "" }
        if ellipsis { return pad(text, to: columns) }
        let cut = prefix(text, fitting: columns)
        return cut + String(repeating: " ", count: max(0, columns - of(cut)))
    }

    /// C0, DEL, C1 and bidirectional controls: the characters every output escapes.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        TextNormalizer.isControl(s.value)
    }
}

import BaoText

/// How the index compares the titles articles give one document.
enum DocumentTitle {
    /// The form two titles agree in: folded (case, marks, đ), quotes and punctuation dropped,
    /// spaces collapsed, a leading "về" removed ("Về đẩy mạnh …" and "đẩy mạnh …" agree).
    static func agreementKey(_ title: String) -> String {
        let folded = Folding.fold(title)
        var words: [Substring] = []
        for word in folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { words.append(word) }
        if words.first == "ve" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}

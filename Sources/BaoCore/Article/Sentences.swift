/// Repairs for sentences that web copy glues together.
enum Sentences {
    /// "vững mạnh.Xác định" → "vững mạnh. Xác định": a lower-case letter, a full stop and an
    /// upper-case letter followed by a lower-case one. Abbreviations ("TP.HCM"), numbers ("7.987")
    /// and domains ("baolaocai.vn") do not match.
    static func unglue(_ text: String) -> String {
        var characters = Array(text)
        guard characters.count >= 4 else { return text }
        var inserts: [Int] = []
        var i = 1
        while i + 2 < characters.count {
            let mark = characters[i]
            if mark == "." || mark == "!" || mark == "?" || mark == ";",
               characters[i - 1].isLowercase, characters[i + 1].isUppercase, characters[i + 2].isLowercase,
               !precededByURL(characters, i) {
                inserts.append(i + 1)
            }
            i += 1
        }
        guard !inserts.isEmpty else { return text }
        for position in inserts.reversed() { characters.insert(" ", at: position) }
        return String(characters)
    }

    private static func precededByURL(_ characters: [Character], _ index: Int) -> Bool {
        var j = index - 1
        while j >= 0, characters[j] != " " {
            if characters[j] == "/" || characters[j] == "@" { return true }
            j -= 1
        }
        return false
    }
}

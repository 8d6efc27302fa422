/// Photo captions: "… tại Hội nghị. (Ảnh: Ngọc Thiện/TTXVN)", "…Tỉnh ủy. Ảnh: H.T",
/// "…Trong ảnh: Lãnh đạo thành phố tặng hoa…", "… Lào Cai. | Ảnh: …".
enum Captions {
    struct Caption: Equatable {
        var text: String
        var credit: String?
    }

    /// Captions are short; a long paragraph that happens to say "ảnh" is not one.
    static let maximumLength = 600

    /// The caption text and its credit when `line` is a caption, else nil.
    static func split(_ line: String) -> Caption? {
        guard line.count <= maximumLength else { return nil }
        if let credit = creditAtEnd(line) {
            return Caption(text: credit.text, credit: credit.credit)
        }
        if let bar = line.range(of: " |", options: .backwards), line[bar.upperBound...].count <= 60 {
            let after = line[bar.upperBound...].trimmingCharacters(in: .whitespaces)
            let text = String(line[..<bar.lowerBound]).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            let credit = stripCreditLabel(after)
            return Caption(text: text, credit: credit.isEmpty ? nil : credit)
        }
        let folded = Folding.fold(line)
        if folded.contains("trong anh:") || folded.hasSuffix("(anh minh hoa)") || folded.hasSuffix("anh minh hoa") || folded.hasSuffix("(anh minh hoa).") {
            return Caption(text: line, credit: nil)
        }
        return nil
    }

    /// "X (Ảnh: Y)" or "X. Ảnh: Y" or "Ảnh: Y" alone.
    private static func creditAtEnd(_ line: String) -> Caption? {
        let labels = ["(Ảnh:", "(ảnh:", "(Ảnh :", "Ảnh:", "ẢNH:", "Ảnh :", "(Ảnh", "Ảnh - "]
        for label in labels {
            guard let range = line.range(of: label, options: .backwards) else { continue }
            // "Ảnh:" must start a word: "thành:" does not credit a photo.
            if range.lowerBound > line.startIndex {
                let before = line[line.index(before: range.lowerBound)]
                if before.isLetter { continue }
            }
            var credit = String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            let isParenthesised = label.hasPrefix("(")
            if isParenthesised {
                guard credit.hasSuffix(")") else { continue }
                credit.removeLast()
                credit = credit.trimmingCharacters(in: .whitespaces)
            }
            guard credit.count <= 50, !endsSentenceInside(credit), credit.first.map({ $0.isUppercase || $0.isNumber }) ?? false else { continue }
            if label == "(Ảnh" && !credit.isEmpty && !(credit.first?.isUppercase ?? false) { continue }
            var text = String(line[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            while let last = text.last, last == "-" || last == "–" || last == "|" { text.removeLast() }
            text = text.trimmingCharacters(in: .whitespaces)
            return Caption(text: text, credit: credit.isEmpty ? nil : credit)
        }
        return nil
    }

    /// "Trọng Đức. Hội nghị…": a credit does not hold a sentence end (initials like "H. Thảo" do not count).
    private static func endsSentenceInside(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count >= 3 else { return false }
        for i in 1..<(characters.count - 1) where characters[i] == "." && characters[i + 1] == " " {
            if characters[i - 1].isLowercase { return true }
        }
        return false
    }

    private static func stripCreditLabel(_ text: String) -> String {
        for label in ["Ảnh:", "ảnh:", "Ảnh"] where text.hasPrefix(label) {
            return String(text.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// A caption that web copy repeats inside one line ("X X") is kept once.
    static func undoubled(_ line: String) -> String {
        let characters = Array(line)
        let n = characters.count
        guard n >= 20 else { return line }
        if n % 2 == 1, characters[n / 2] == " ", characters[..<(n / 2)] == characters[(n / 2 + 1)...] {
            return String(characters[..<(n / 2)])
        }
        if n % 2 == 0, characters[..<(n / 2)] == characters[(n / 2)...] {
            return String(characters[..<(n / 2)])
        }
        return line
    }
}

import BaoText

/// Photo captions: "… tại Hội nghị. (Ảnh: Ngọc Thiện/TTXVN)", "…Tỉnh ủy. Ảnh: H.T",
/// "…Trong ảnh: Lãnh đạo thành phố tặng hoa…", "… Lào Cai. | Ảnh: …".
public enum Captions {
    public struct Caption: Equatable, Sendable {
        public var text: String
        public var credit: String?
    }

    /// Captions are short (in UTF-8 bytes, about 450 Vietnamese letters); a long paragraph that
    /// happens to say "ảnh" is not one.
    static let maximumLength = 640

    /// The caption text and its credit when `line` is a caption, else nil.
    public static func split(_ line: String) -> Caption? {
        guard line.utf8.count <= maximumLength else { return nil }
        let mentionsPhoto = TextScan.mentionsPhoto(line)
        if mentionsPhoto, let credit = creditAtEnd(line) {
            return Caption(text: credit.text, credit: credit.credit)
        }
        if let bar = TextScan.lastRange(of: " |", in: line, window: 200) {
            let after = TextScan.trim(line[bar.upperBound...])
            let text = TextScan.trim(line[..<bar.lowerBound])
            guard !text.isEmpty else { return nil }
            let credit = stripCreditLabel(after)
            return Caption(text: text, credit: credit.isEmpty ? nil : credit)
        }
        guard mentionsPhoto else { return nil }
        for phrase in ArticleWords.captionInPhoto where TextScan.contains(line, phrase) {
            return Caption(text: line, credit: nil)
        }
        for phrase in ArticleWords.captionIllustration {
            if TextScan.lastRange(of: phrase, in: line, window: phrase.utf8.count + 2) != nil {
                return Caption(text: line, credit: nil)
            }
        }
        return nil
    }

    /// "X (Ảnh: Y)" or "X. Ảnh: Y" or "Ảnh: Y" alone.
    private static func creditAtEnd(_ line: String) -> Caption? {
        // Every label holds "ảnh", "Ảnh" or "ẢNH" (the generator checks it) and must start within
        // the last 160 bytes: without one starting there, none of the searches below can succeed.
        guard TextScan.mentionsPhotoWord(line, window: 160) else { return nil }
        // The labels of scripts/article/caption-credit-labels.txt, longer ones first.
        for label in ArticleWords.captionCreditLabels {
            guard let range = TextScan.lastRange(of: label, in: line, window: 160) else { continue }
            // "Ảnh:" must start a word: "thành:" does not credit a photo.
            if range.lowerBound > line.startIndex {
                let before = line[line.index(before: range.lowerBound)]
                if before.isLetter { continue }
            }
            var credit = TextScan.trim(line[range.upperBound...])
            let isParenthesised = label.hasPrefix("(")
            if isParenthesised {
                guard credit.hasSuffix(")") else { continue }
                credit.removeLast()
                credit = TextScan.trim(credit)
            }
            guard credit.count <= 50, !endsSentenceInside(credit), credit.first.map({ $0.isUppercase || $0.isNumber }) ?? false else { continue }
            var text = TextScan.trim(line[..<range.lowerBound])
            while let last = text.last, last == "-" || last == "–" || last == "|" { text.removeLast() }
            text = TextScan.trim(text)
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
            return TextScan.trim(text.dropFirst(label.count))
        }
        return text
    }

    /// A caption that web copy repeats inside one line ("X X") is kept once.
    static func undoubled(_ line: String) -> String {
        let n = line.utf8.count
        guard n >= 20, n <= maximumLength * 2 else { return line }
        let bytes = Array(line.utf8)
        let half = n / 2
        if n % 2 == 1, bytes[half] == 0x20, bytes[..<half] == bytes[(half + 1)...] {
            return String(decoding: bytes[..<half], as: UTF8.self)
        }
        if n % 2 == 0, bytes[..<half] == bytes[half...] {
            return String(decoding: bytes[..<half], as: UTF8.self)
        }
        return line
    }
}

import BaoText

/// Parts of a series: "Bài 2: Sâu sát cơ sở…", "Kỳ 3 - …", "Bài cuối: …", and the notices at
/// the end of a part that announce the next one ("Bài cuối: …", "(Còn nữa)", "Kỳ tới: …").
enum Series {
    /// "Bài 2", "Bài cuối", "Kỳ 3" when `line` opens with a series marker followed by a colon or dash.
    static func marker(_ line: String) -> String? {
        // The marker word folds to "bai", "ky", "phan" or "ki". A line whose first byte after its
        // spaces is another ASCII byte opens with another word (folding keeps ASCII, lower-cased),
        // and most lines are passed over here without being split into words.
        if let first = line.utf8.first(where: { $0 != 0x20 }), first < 0x80,
           first | 0x20 != 0x62, first | 0x20 != 0x6B, first | 0x20 != 0x70 {
            return nil
        }
        let words = line.prefix(24).split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        guard words.count >= 2 else { return nil }
        let head = Folding.fold(String(words[0]))
        guard ["bai", "ky", "phan", "ki"].contains(head) else { return nil }
        var part = String(words[1])
        var hasSeparator = false
        while let last = part.last, ":.-–".contains(last) { part.removeLast(); hasSeparator = true }
        if !hasSeparator, words.count >= 3, let next = words[2].first, ":-–".contains(next) { hasSeparator = true }
        guard hasSeparator, !part.isEmpty else { return nil }
        let foldedPart = Folding.fold(part)
        let isNumber = part.allSatisfy(\.isNumber) && part.count <= 2
        let isRoman = part.allSatisfy({ "IVX".contains($0) }) && part.count <= 4
        guard isNumber || isRoman || foldedPart == "cuoi" || ordinalWords.contains(foldedPart) else { return nil }
        return String(words[0]) + " " + part
    }

    /// The series part named inside a title: "Xây dựng Đảng ở cơ sở - Bài 2: Sâu sát",
    /// "Xây dựng Đảng ở cơ sở (Bài cuối)", "Chuyện ở Cần Thơ: Kỳ 3 - Giữ lửa".
    static func inTitle(_ title: String) -> String? {
        for separator in [" - ", " – ", ": ", "("] {
            var rest = Substring(title)
            while let range = TextScan.firstRange(of: separator, in: rest) {
                rest = rest[range.upperBound...]
                var part = String(rest.prefix(24))
                if separator == "(", let close = part.firstIndex(of: ")") {
                    part = String(part[..<close]) + ":"
                }
                if let found = marker(part) { return found }
            }
        }
        return nil
    }

    /// A line that announces the next part or says the series goes on.
    static func isNextPartNotice(_ line: String) -> Bool {
        guard line.utf8.count <= 800 else { return false }
        let folded = Folding.fold(line)
        if ["(con nua)", "(con tiep)", "con nua", "con tiep", "(het)", "(con nua).", "(con tiep)."].contains(folded) { return true }
        if folded.hasPrefix("ky toi:") || folded.hasPrefix("ky sau:") || folded.hasPrefix("bai toi:") || folded.hasPrefix("bai sau:") {
            return true
        }
        return marker(line) != nil && line.count <= 200
    }

    /// Folded numerals one to ten (`scripts/article/series-ordinals.txt`).
    private static let ordinalWords = ArticleWords.seriesOrdinals
}

import Foundation

/// Article files made up from a few political-news phrases, many of them, for the tests that
/// need a refresh to last long enough to be interrupted or overlapped. Article `n` ends with the
/// code word `zq<n>`, which no other article contains.
enum SyntheticCorpus {
    static let phrases = ["Ban Thường vụ", "Thành ủy", "quán triệt", "nghị quyết", "xây dựng", "chỉnh đốn Đảng", "cán bộ",
                          "đảng viên", "cơ sở", "phát triển", "kinh tế", "Hòa Bình", "thủy lợi", "hóa chất", "nông thôn mới"]

    /// The text of article `number`; `revision` changes its words (an edited file).
    static func text(_ number: Int, revision: Int = 0) -> String {
        let sentences = (0..<phrases.count).map { first in
            (0..<10).map { phrases[(first &+ $0 &* 4 &+ revision) % phrases.count] }.joined(separator: " ") + "."
        }
        let body = (0..<12).map { sentences[(number &+ $0) % sentences.count] }.joined(separator: "\n")
        return "Tin tổng hợp số \(number)\n" + body + "\nMã hồ sơ zq\(number).\n"
    }

    /// Writes articles `0..<count` under `folder`, 500 to a sub-folder.
    static func write(count: Int, into folder: TempFolder, under name: String = "c") throws {
        for number in 0..<count {
            try folder.write("\(name)/\(number / 500)/\(number).txt", text(number))
        }
    }

    static func path(_ number: Int, in folder: TempFolder, under name: String = "c") -> String {
        folder.file("\(name)/\(number / 500)/\(number).txt")
    }
}

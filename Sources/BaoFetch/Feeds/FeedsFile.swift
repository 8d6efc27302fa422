/// The feeds file, newsboat's `urls` format: one feed a line.
///
/// ```
/// # Party and State papers
/// https://baocantho.vn/rss/chinh-tri.rss  tinh  "Báo Cần Thơ"
/// https://nhandan.vn/rss/chinhtri.rss trung-uong "~Nhân Dân"
/// ```
/// A line is a feed URL (http or https), then any tags, then optionally a name: the last quoted
/// word (newsboat's `"~Name"` form is read too); quoted words are kept whole. `#` starts a comment outside quotes;
/// blank lines are skipped. A line that cannot be read is reported with its line number and the
/// others are used.
public struct FeedsFile: Sendable, Equatable {
    public struct Feed: Sendable, Equatable {
        public var url: String
        public var tags: [String]
        public var name: String?
        public var line: Int

        public init(url: String, tags: [String] = [], name: String? = nil, line: Int) {
            self.url = url
            self.tags = tags
            self.name = name
            self.line = line
        }
    }

    /// A line that could not be read: "feeds:4: 'ftp://…' is not an http(s) URL".
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var message: String
        public var description: String { "\(path):\(line): \(message)" }
    }

    public var feeds: [Feed]
    public var problems: [Problem]

    public static func parse(_ text: String, path: String) -> FeedsFile {
        var feeds: [Feed] = []
        var problems: [Problem] = []
        var seen: [String: Int] = [:]
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let words: [Word]
            switch split(String(raw)) {
            case .failure(let error):
                problems.append(Problem(path: path, line: number, message: error.message))
                continue
            case .success(let parsed):
                words = parsed
            }
            guard let first = words.first else { continue }
            guard !first.quoted, isFeedURL(first.text) else {
                problems.append(Problem(path: path, line: number, message: "'\(first.text)' is not an http(s) URL; a line is: URL [tag…] [\"Name\"]"))
                continue
            }
            if let earlier = seen[first.text] {
                problems.append(Problem(path: path, line: number, message: "\(first.text) is already listed on line \(earlier); this line is ignored"))
                continue
            }
            seen[first.text] = number
            var feed = Feed(url: first.text, line: number)
            // The name is the last quoted word (or a word starting with "~"); other words are tags.
            let rest = Array(words.dropFirst())
            let nameIndex = rest.lastIndex { $0.quoted || $0.text.hasPrefix("~") }
            for (index, word) in rest.enumerated() {
                if index == nameIndex {
                    let name = word.text.hasPrefix("~") ? String(word.text.dropFirst()) : word.text
                    feed.name = name.isEmpty ? nil : name
                } else {
                    feed.tags.append(word.text)
                }
            }
            feeds.append(feed)
        }
        return FeedsFile(feeds: feeds, problems: problems)
    }

    private struct Word { var text: String; var quoted: Bool }

    private static func split(_ line: String) -> Result<[Word], SplitError> {
        var words: [Word] = []
        var current = ""
        var inQuotes = false
        var quoted = false
        for character in line {
            if inQuotes {
                if character == "\"" {
                    inQuotes = false
                } else {
                    current.append(character)
                }
                continue
            }
            if character == "#" { break }
            if character == "\"" {
                inQuotes = true
                quoted = true
            } else if character.isWhitespace {
                if !current.isEmpty || quoted { words.append(Word(text: current, quoted: quoted)) }
                current = ""
                quoted = false
            } else {
                current.append(character)
            }
        }
        if inQuotes { return .failure(SplitError("unterminated quote: close the name with \"")) }
        if !current.isEmpty || quoted { words.append(Word(text: current, quoted: quoted)) }
        return .success(words)
    }

    private struct SplitError: Error, ExpressibleByStringLiteral {
        let message: String
        init(_ message: String) { self.message = message }
        init(stringLiteral value: String) { message = value }
    }

    private static func isFeedURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        let rest = lower.drop(while: { $0 != "/" }).dropFirst(2)
        return !rest.isEmpty && !rest.hasPrefix("/") && text.allSatisfy { $0.isASCII && !$0.isWhitespace }
    }
}

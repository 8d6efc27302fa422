import BaoText

/// What the browser shows when it has nothing to read (no folder named, no seeds/ nearby,
/// nothing fetched): how to open a folder and how to follow papers, instead of an error.
public struct Welcome: Sendable, Equatable {
    /// The feeds file as the user would type its path (`~/.config/baoterm/feeds`).
    public var feedsFile: String

    public init(feedsFile: String) {
        self.feedsFile = feedsFile
    }
}

public enum WelcomeView {
    /// One line of the welcome page: text and its role; `command` lines are indented and never wrapped.
    struct Line {
        var text: String
        var role: Role = .normal
        var command = false
    }

    static func content(_ welcome: Welcome, _ lang: Language) -> [Line] {
        [
            Line(text: lang("baoterm: đọc tin chính trị Việt Nam trong terminal", "baoterm: Vietnamese political news in the terminal"), role: .title),
            Line(text: ""),
            Line(text: lang("Chưa có bài nào để đọc: không có thư mục nào được chỉ định, quanh đây cũng không có thư mục seeds/ và chưa tải bài nào về.",
                            "Nothing to read yet: no folder was given, there is no seeds/ folder here and nothing has been fetched."), role: .dim),
            Line(text: ""),
            Line(text: lang("Mở một thư mục bài viết (.txt, .md, .html; đọc cả thư mục con):",
                            "Open a folder of articles (.txt, .md, .html; subfolders are read too):"), role: .subheading),
            Line(text: lang("baoterm ĐƯỜNG_DẪN        ví dụ: baoterm ~/bao", "baoterm PATH        e.g. baoterm ~/news"), role: .link, command: true),
            Line(text: ""),
            Line(text: lang("Theo dõi các báo (RSS/Atom): ghi mỗi dòng một URL nguồn tin vào tệp",
                            "Follow papers (RSS/Atom): write one feed URL a line in the file"), role: .subheading),
            Line(text: welcome.feedsFile, role: .link, command: true),
            Line(text: lang("rồi tải bài về; lần sau baoterm mở thẳng các bài đã tải:",
                            "then fetch the articles; next time baoterm opens what was fetched:")),
            Line(text: "baoterm fetch", role: .link, command: true),
            Line(text: ""),
            Line(text: lang("Hướng dẫn: baoterm --help, man baoterm.   ?: các phím   q: thoát",
                            "Manual: baoterm --help, man baoterm.   ?: keys   q: quit"), role: .dim),
        ]
    }

    /// The page as plain rows for a screen `width` columns wide.
    public static func lines(_ welcome: Welcome, width: Int, lang: Language = .vi) -> [String] {
        rows(welcome, width: width, lang: lang).map(\.text)
    }

    static func rows(_ welcome: Welcome, width: Int, lang: Language) -> [Line] {
        let room = max(10, width - 2)
        var out: [Line] = []
        for line in content(welcome, lang) {
            if line.command || line.text.isEmpty {
                out.append(Line(text: line.command ? "    " + line.text : "", role: line.role))
            } else {
                for part in TextWrapper.lines(line.text, width: room) {
                    out.append(Line(text: part, role: line.role))
                }
            }
        }
        return out
    }

    static func draw(_ state: AppState, _ welcome: Welcome, into screen: inout Screen, rect: Rect) {
        Renderer.header(state.lang("Chào mừng", "Welcome"), focused: true, into: &screen, rect: rect)
        let rows = rows(welcome, width: rect.width, lang: state.lang)
        for (i, row) in rows.prefix(Layout.bodyHeight(rect)).enumerated() {
            screen.put(" " + row.text, x: rect.x, y: rect.y + 1 + i, maxWidth: rect.width, role: row.role)
        }
    }
}

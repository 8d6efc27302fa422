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

    static func content(_ welcome: Welcome) -> [Line] {
        [
            Line(text: "baoterm: đọc tin chính trị Việt Nam trong terminal", role: .title),
            Line(text: ""),
            Line(text: "Chưa có bài nào để đọc: không có thư mục nào được chỉ định, quanh đây cũng không có thư mục seeds/ và chưa tải bài nào về.", role: .dim),
            Line(text: ""),
            Line(text: "Mở một thư mục bài viết (.txt, .md, .html; đọc cả thư mục con):", role: .subheading),
            Line(text: "baoterm ĐƯỜNG_DẪN        ví dụ: baoterm ~/bao", role: .link, command: true),
            Line(text: ""),
            Line(text: "Theo dõi các báo (RSS/Atom): ghi mỗi dòng một URL nguồn tin vào tệp", role: .subheading),
            Line(text: welcome.feedsFile, role: .link, command: true),
            Line(text: "rồi tải bài về; lần sau baoterm mở thẳng các bài đã tải:"),
            Line(text: "baoterm fetch", role: .link, command: true),
            Line(text: ""),
            Line(text: "Hướng dẫn: baoterm --help, man baoterm.   ?: các phím   q: thoát", role: .dim),
        ]
    }

    /// The page as plain rows for a screen `width` columns wide.
    public static func lines(_ welcome: Welcome, width: Int) -> [String] {
        rows(welcome, width: width).map(\.text)
    }

    static func rows(_ welcome: Welcome, width: Int) -> [Line] {
        let room = max(10, width - 2)
        var out: [Line] = []
        for line in content(welcome) {
            if line.command || line.text.isEmpty {
                out.append(Line(text: line.command ? "    " + line.text : "", role: line.role))
            } else {
                for part in DocumentLines.wrapPlain(line.text, width: room) {
                    out.append(Line(text: part, role: line.role))
                }
            }
        }
        return out
    }

    static func draw(_ state: AppState, _ welcome: Welcome, into screen: inout Screen, rect: Rect) {
        Renderer.header("Chào mừng", focused: true, into: &screen, rect: rect)
        let rows = rows(welcome, width: rect.width)
        for (i, row) in rows.prefix(Layout.bodyHeight(rect)).enumerated() {
            screen.put(" " + row.text, x: rect.x, y: rect.y + 1 + i, maxWidth: rect.width, role: row.role)
        }
    }
}

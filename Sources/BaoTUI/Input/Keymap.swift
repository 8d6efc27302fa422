/// What a key does in the browser. The keymap table maps keys to commands; help is generated from it.
public enum Command: String, CaseIterable, Sendable, Hashable {
    case down, up, pageDown, pageUp, top, bottom, nextPane, previousPane
    case open, nextLink, previousLink, back, forward
    case search, searchNext, searchPrevious
    case provinces, documents, citesFilter, clearFilters
    case openSource, toggleRead, close, cancel, quit, help, commandLine, sort
    case zoom, toggleSidebar, nextUnread, unreadOnly, bookmark, bookmarks, fetch
}

/// One row of the keymap: a command, its keys, and the help line shown for it, in Vietnamese
/// and in English.
public struct KeyBinding: Sendable, Equatable {
    public var command: Command
    public var keys: [Key]
    public var help: String
    public var english: String

    public init(command: Command, keys: [Key], help: String, english: String) {
        self.command = command
        self.keys = keys
        self.help = help
        self.english = english
    }

    /// The help line in `lang`.
    public func help(_ lang: Language) -> String { lang(help, english) }
}

/// The table of key bindings: the single source for dispatch and for the help screen.
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [KeyBinding]
    private var lookup: [Key: Command]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        lookup = [:]
        rebuild()
    }

    public static let standard = Keymap(bindings: [
        KeyBinding(command: .down, keys: [.char("j"), .down], help: "xuống", english: "down"),
        KeyBinding(command: .up, keys: [.char("k"), .up], help: "lên", english: "up"),
        KeyBinding(command: .pageDown, keys: [.pageDown, .char(" ")], help: "trang sau", english: "next page"),
        KeyBinding(command: .pageUp, keys: [.pageUp], help: "trang trước", english: "previous page"),
        KeyBinding(command: .top, keys: [.char("g"), .home], help: "về đầu", english: "top"),
        KeyBinding(command: .bottom, keys: [.char("G"), .end], help: "xuống cuối", english: "bottom"),
        KeyBinding(command: .nextPane, keys: [.tab], help: "khung kế tiếp", english: "next pane"),
        KeyBinding(command: .previousPane, keys: [.backTab], help: "khung trước", english: "previous pane"),
        KeyBinding(command: .zoom, keys: [.char("z")], help: "phóng khung đang chọn ra cả màn hình / trở lại", english: "zoom the focused pane to the full width / back"),
        KeyBinding(command: .toggleSidebar, keys: [.char("e")], help: "ẩn / hiện khung thực thể", english: "hide / show the entity sidebar"),
        KeyBinding(command: .open, keys: [.enter], help: "mở bài / theo liên kết đang chọn", english: "open the article / follow the selected link"),
        KeyBinding(command: .nextLink, keys: [.char("]")], help: "liên kết trích dẫn kế tiếp", english: "next citation link"),
        KeyBinding(command: .previousLink, keys: [.char("[")], help: "liên kết trích dẫn trước", english: "previous citation link"),
        KeyBinding(command: .back, keys: [.char("h"), .backspace, .left], help: "quay lại", english: "back"),
        KeyBinding(command: .forward, keys: [.char("l"), .right], help: "tiến tới", english: "forward"),
        KeyBinding(command: .search, keys: [.char("/")], help: "tìm trong bài (ở danh sách: tìm trong tiêu đề)", english: "find in the article (in the list: in titles; in the documents index: narrow it)"),
        KeyBinding(command: .searchNext, keys: [.char("n")], help: "kết quả tìm kế tiếp", english: "next match"),
        KeyBinding(command: .searchPrevious, keys: [.char("N")], help: "kết quả tìm trước", english: "previous match"),
        KeyBinding(command: .provinces, keys: [.char("p")], help: "chọn tỉnh/thành", english: "province picker"),
        KeyBinding(command: .documents, keys: [.char("d")], help: "danh mục văn bản", english: "documents index"),
        KeyBinding(command: .citesFilter, keys: [.char("c")], help: "lọc các bài trích dẫn văn bản đang chọn", english: "list the articles citing the selected document"),
        KeyBinding(command: .clearFilters, keys: [.char("x")], help: "bỏ lọc", english: "clear every filter"),
        KeyBinding(command: .sort, keys: [.char("s")], help: "đổi cách sắp xếp (danh mục văn bản)", english: "change the sort order (documents index)"),
        KeyBinding(command: .openSource, keys: [.char("o")], help: "mở URL nguồn bằng $BROWSER", english: "open the source URL with $BROWSER"),
        KeyBinding(command: .toggleRead, keys: [.char("r")], help: "đánh dấu đã đọc/chưa đọc", english: "mark read / unread"),
        KeyBinding(command: .fetch, keys: [.char("R")], help: "tải tin mới từ các nguồn trong tệp feeds", english: "fetch new articles from the feeds file's sources"),
        KeyBinding(command: .nextUnread, keys: [.char("u")], help: "bài chưa đọc kế tiếp trong danh sách", english: "next unread article in the list"),
        KeyBinding(command: .unreadOnly, keys: [.char("U")], help: "chỉ hiện bài chưa đọc / hiện tất cả", english: "unread articles only / all"),
        KeyBinding(command: .bookmark, keys: [.char("b")], help: "đánh dấu bài / bỏ đánh dấu (+ trong danh sách)", english: "bookmark the article / remove the bookmark (+ in the list)"),
        KeyBinding(command: .bookmarks, keys: [.char("B")], help: "danh sách bài đã đánh dấu", english: "bookmarked articles"),
        KeyBinding(command: .close, keys: [.char("q")], help: "đóng màn hình đang xem, về nơi đã mở nó (ở danh sách: thoát)", english: "close the view, back to where it was opened from (at the list: quit)"),
        KeyBinding(command: .cancel, keys: [.esc], help: "bỏ tìm kiếm hoặc lời nhắc, rời bài đang đọc, đóng màn hình đang xem (không bao giờ thoát)", english: "leave a search or prompt, the reader, the view shown (never quits)"),
        KeyBinding(command: .quit, keys: [.char("Q"), .ctrl("c")], help: "thoát", english: "quit"),
        KeyBinding(command: .help, keys: [.char("?")], help: "trợ giúp", english: "help"),
        KeyBinding(command: .commandLine, keys: [.char(":")], help: "dòng lệnh (:province :cites :search :source :fetch :clear :open N :quit)", english: "command line (:province :cites :search :source :fetch :clear :open N :quit)"),
    ])

    public func command(for key: Key) -> Command? { lookup[key] }

    /// Binds `key` to `command`, taking it away from any other command.
    public mutating func bind(_ key: Key, to command: Command) {
        for i in bindings.indices { bindings[i].keys.removeAll { $0 == key } }
        if let i = bindings.firstIndex(where: { $0.command == command }) {
            bindings[i].keys.append(key)
        }
        rebuild()
    }

    /// Removes every binding of `key`.
    public mutating func unbind(_ key: Key) {
        for i in bindings.indices { bindings[i].keys.removeAll { $0 == key } }
        rebuild()
    }

    private mutating func rebuild() {
        lookup = [:]
        for binding in bindings {
            for key in binding.keys where lookup[key] == nil { lookup[key] = binding.command }
        }
    }
}

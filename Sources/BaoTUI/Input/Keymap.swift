/// What a key does in the browser. The keymap table maps keys to commands; help is generated from it.
public enum Command: String, CaseIterable, Sendable, Hashable {
    case down, up, pageDown, pageUp, top, bottom, nextPane, previousPane
    case open, nextLink, previousLink, back, forward
    case search, searchNext, searchPrevious
    case provinces, documents, citesFilter, clearFilters
    case openSource, toggleRead, close, cancel, quit, help, commandLine, sort
    case zoom, toggleSidebar, fetch
}

/// One row of the keymap: a command, its keys, and the help line shown for it.
public struct KeyBinding: Sendable, Equatable {
    public var command: Command
    public var keys: [Key]
    public var help: String

    public init(command: Command, keys: [Key], help: String) {
        self.command = command
        self.keys = keys
        self.help = help
    }
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
        KeyBinding(command: .down, keys: [.char("j"), .down], help: "xuống"),
        KeyBinding(command: .up, keys: [.char("k"), .up], help: "lên"),
        KeyBinding(command: .pageDown, keys: [.pageDown, .char(" ")], help: "trang sau"),
        KeyBinding(command: .pageUp, keys: [.pageUp], help: "trang trước"),
        KeyBinding(command: .top, keys: [.char("g"), .home], help: "về đầu"),
        KeyBinding(command: .bottom, keys: [.char("G"), .end], help: "xuống cuối"),
        KeyBinding(command: .nextPane, keys: [.tab], help: "khung kế tiếp"),
        KeyBinding(command: .previousPane, keys: [.backTab], help: "khung trước"),
        KeyBinding(command: .zoom, keys: [.char("z")], help: "phóng khung đang chọn ra cả màn hình / trở lại"),
        KeyBinding(command: .toggleSidebar, keys: [.char("e")], help: "ẩn / hiện khung thực thể"),
        KeyBinding(command: .open, keys: [.enter], help: "mở bài / theo liên kết đang chọn"),
        KeyBinding(command: .nextLink, keys: [.char("]")], help: "liên kết trích dẫn kế tiếp"),
        KeyBinding(command: .previousLink, keys: [.char("[")], help: "liên kết trích dẫn trước"),
        KeyBinding(command: .back, keys: [.char("h"), .backspace, .left], help: "quay lại"),
        KeyBinding(command: .forward, keys: [.char("l"), .right], help: "tiến tới"),
        KeyBinding(command: .search, keys: [.char("/")], help: "tìm trong bài (ở danh sách: tìm trong tiêu đề)"),
        KeyBinding(command: .searchNext, keys: [.char("n")], help: "kết quả tìm kế tiếp"),
        KeyBinding(command: .searchPrevious, keys: [.char("N")], help: "kết quả tìm trước"),
        KeyBinding(command: .provinces, keys: [.char("p")], help: "chọn tỉnh/thành"),
        KeyBinding(command: .documents, keys: [.char("d")], help: "danh mục văn bản"),
        KeyBinding(command: .citesFilter, keys: [.char("c")], help: "lọc các bài trích dẫn văn bản đang chọn"),
        KeyBinding(command: .clearFilters, keys: [.char("x")], help: "bỏ lọc"),
        KeyBinding(command: .sort, keys: [.char("s")], help: "đổi cách sắp xếp (danh mục văn bản)"),
        KeyBinding(command: .openSource, keys: [.char("o")], help: "mở URL nguồn bằng $BROWSER"),
        KeyBinding(command: .toggleRead, keys: [.char("r")], help: "đánh dấu đã đọc/chưa đọc"),
        KeyBinding(command: .fetch, keys: [.char("R")], help: "tải tin mới từ các nguồn trong tệp feeds"),
        KeyBinding(command: .close, keys: [.char("q")], help: "đóng màn hình đang xem, về nơi đã mở nó (ở danh sách: thoát)"),
        KeyBinding(command: .cancel, keys: [.esc], help: "bỏ tìm kiếm hoặc lời nhắc, rời bài đang đọc, đóng màn hình đang xem (không bao giờ thoát)"),
        KeyBinding(command: .quit, keys: [.char("Q"), .ctrl("c")], help: "thoát"),
        KeyBinding(command: .help, keys: [.char("?")], help: "trợ giúp"),
        KeyBinding(command: .commandLine, keys: [.char(":")], help: "dòng lệnh (:province :cites :search :source :fetch :clear :open N :quit)"),
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

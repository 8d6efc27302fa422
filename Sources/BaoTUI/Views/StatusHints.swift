/// The few keys that matter in the focused view, for the status line; read from the keymap so
/// that rebound keys show as bound.
enum StatusHints {
    /// `key:label` pairs, most important first; the status line drops from the end what does not fit.
    static func hints(_ state: AppState) -> [String] {
        let lang = state.lang
        var wanted: [(Command, String)]
        switch state.location {
        case .browse:
            switch state.focus {
            case .list:
                wanted = [(.open, lang("đọc", "read")), (.nextUnread, lang("chưa đọc", "unread")), (.bookmark, lang("đánh dấu", "bookmark")),
                          (.provinces, lang("tỉnh", "province")), (.documents, lang("văn bản", "documents")), (.search, lang("tìm", "find")),
                          (.zoom, lang("phóng to", "zoom")), (.help, lang("trợ giúp", "help")), (.close, lang("thoát", "quit"))]
            case .reader:
                wanted = [(.nextLink, lang("liên kết", "link")), (.open, lang("theo", "follow")), (.nextUnread, lang("chưa đọc", "unread")),
                          (.bookmark, lang("đánh dấu", "bookmark")), (.zoom, lang("phóng to", "zoom")),
                          (.toggleSidebar, lang("thực thể", "entities")), (.help, lang("trợ giúp", "help")), (.close, lang("đóng", "close"))]
            case .sidebar:
                wanted = [(.open, lang("lọc/mở", "filter/open")), (.citesFilter, lang("bài trích", "citing")), (.nextPane, lang("khung", "pane")),
                          (.help, lang("trợ giúp", "help")), (.close, lang("đóng", "close"))]
            }
        case .document:
            wanted = [(.open, lang("mở", "open")), (.citesFilter, lang("lọc bài trích", "list citing")), (.back, lang("lùi", "back")),
                      (.help, lang("trợ giúp", "help")), (.close, lang("đóng", "close"))]
        case .documents:
            wanted = [(.open, lang("mở", "open")), (.search, lang("lọc", "filter")), (.sort, lang("sắp xếp", "sort")),
                      (.clearFilters, lang("bỏ lọc", "clear")), (.citesFilter, lang("bài trích", "citing")), (.close, lang("đóng", "close"))]
        case .provinces:
            return [lang("gõ để lọc", "type to narrow"), "Tab:" + lang("trước/sau 2025", "before/since 2025"),
                    "<Enter>:" + lang("chọn", "pick"), "<Esc>:" + lang("đóng", "close")]
        case .help:
            wanted = [(.down, lang("cuộn", "scroll")), (.close, lang("đóng", "close"))]
        case .bookmarks:
            wanted = [(.open, lang("đọc", "read")), (.bookmark, lang("bỏ đánh dấu", "unbookmark")), (.close, lang("đóng", "close"))]
        }
        return wanted.compactMap { command, label in
            state.keymap.firstKey(for: command).map { $0.notation + ":" + label }
        }
    }
}

extension Keymap {
    /// The first key bound to `command`, as help lists it.
    func firstKey(for command: Command) -> Key? {
        bindings.first(where: { $0.command == command })?.keys.first
    }
}

/// What a key does in the browser. The keymap table maps keys to commands; help is generated from it.
public enum Command: String, CaseIterable, Sendable, Hashable {
    case down, up, pageDown, pageUp, top, bottom, nextPane, previousPane
    case open, nextLink, previousLink, back, forward
    case search, searchNext, searchPrevious
    case provinces, documents, citesFilter, clearFilters
    case openSource, toggleRead, close, cancel, quit, help, commandLine, sort
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
        KeyBinding(command: .down, keys: [.char("j"), .down], help: "move down"),
        KeyBinding(command: .up, keys: [.char("k"), .up], help: "move up"),
        KeyBinding(command: .pageDown, keys: [.pageDown, .char(" ")], help: "page down"),
        KeyBinding(command: .pageUp, keys: [.pageUp], help: "page up"),
        KeyBinding(command: .top, keys: [.char("g"), .home], help: "go to the top"),
        KeyBinding(command: .bottom, keys: [.char("G"), .end], help: "go to the bottom"),
        KeyBinding(command: .nextPane, keys: [.tab], help: "next pane"),
        KeyBinding(command: .previousPane, keys: [.backTab], help: "previous pane"),
        KeyBinding(command: .open, keys: [.enter], help: "open the article or follow the selected link"),
        KeyBinding(command: .nextLink, keys: [.char("]")], help: "next citation link in the reader"),
        KeyBinding(command: .previousLink, keys: [.char("[")], help: "previous citation link in the reader"),
        KeyBinding(command: .back, keys: [.char("h"), .backspace, .left], help: "back in history"),
        KeyBinding(command: .forward, keys: [.char("l"), .right], help: "forward in history"),
        KeyBinding(command: .search, keys: [.char("/")], help: "search in the reader (list: in titles)"),
        KeyBinding(command: .searchNext, keys: [.char("n")], help: "next match"),
        KeyBinding(command: .searchPrevious, keys: [.char("N")], help: "previous match"),
        KeyBinding(command: .provinces, keys: [.char("p")], help: "province picker"),
        KeyBinding(command: .documents, keys: [.char("d")], help: "documents index"),
        KeyBinding(command: .citesFilter, keys: [.char("c")], help: "list the articles citing the selected document"),
        KeyBinding(command: .clearFilters, keys: [.char("x")], help: "clear filters"),
        KeyBinding(command: .sort, keys: [.char("s")], help: "change the sort order (documents index)"),
        KeyBinding(command: .openSource, keys: [.char("o")], help: "open the source URL with $BROWSER"),
        KeyBinding(command: .toggleRead, keys: [.char("r")], help: "toggle read"),
        KeyBinding(command: .close, keys: [.char("q")], help: "close the view (quit at the top)"),
        KeyBinding(command: .cancel, keys: [.esc], help: "clear the search, close the view (never quits)"),
        KeyBinding(command: .quit, keys: [.char("Q"), .ctrl("c")], help: "quit"),
        KeyBinding(command: .help, keys: [.char("?")], help: "this help"),
        KeyBinding(command: .commandLine, keys: [.char(":")], help: "command line (:province :cites :search :clear :open N :quit)"),
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

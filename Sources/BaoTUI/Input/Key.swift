/// A key press, as the backend decodes it and as `screen --keys` and the config file write it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case enter, tab, backTab, esc, up, down, left, right, pageUp, pageDown, home, end, backspace, delete
    /// Control plus a lower-case letter: `<C-c>`.
    case ctrl(Character)

    /// Names used inside angle brackets, in both directions.
    static let names: [(String, Key)] = [
        ("Enter", .enter), ("Tab", .tab), ("S-Tab", .backTab), ("Esc", .esc), ("Up", .up), ("Down", .down),
        ("Left", .left), ("Right", .right), ("PgUp", .pageUp), ("PgDn", .pageDown), ("Home", .home),
        ("End", .end), ("BS", .backspace), ("Del", .delete), ("Space", .char(" ")), ("lt", .char("<")),
        ("gt", .char(">")),
    ]

    /// The notation of this key: `j`, `<Enter>`, `<C-c>`, `<Space>`.
    public var notation: String {
        switch self {
        case .char(" "): return "<Space>"
        case .char("<"): return "<lt>"
        case .char(let c): return String(c)
        case .ctrl(let c): return "<C-\(c)>"
        default:
            return "<" + (Self.names.first(where: { $0.1 == self })?.0 ?? "?") + ">"
        }
    }

    /// Parses one key name as written in the config file: `j`, `Space`, `<Space>`, `<C-d>`, `Enter`.
    public static func named(_ text: String) -> Key? {
        var name = text
        if name.hasPrefix("<") && name.hasSuffix(">") && name.count > 2 {
            name = String(name.dropFirst().dropLast())
        } else if name.count == 1, let c = name.first {
            return .char(c)
        }
        if let found = names.first(where: { $0.0.lowercased() == name.lowercased() }) { return found.1 }
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), name.count == 3, let c = lower.last, c.isLetter { return .ctrl(c) }
        return nil
    }

    /// Parses a key sequence: characters typed as they are (a space included), special keys in
    /// angle brackets (`<Enter>`, `<S-Tab>`, `<C-c>`). A `<` that does not start a known name is typed.
    public static func sequence(_ text: String) -> [Key] {
        var keys: [Key] = []
        var rest = Substring(text)
        while let first = rest.first {
            if first == "<", let close = rest.firstIndex(of: ">") {
                let inner = rest[rest.index(after: rest.startIndex)..<close]
                if !inner.isEmpty, !inner.contains("<"), let key = named("<" + inner + ">") {
                    keys.append(key)
                    rest = rest[rest.index(after: close)...]
                    continue
                }
            }
            keys.append(.char(first))
            rest = rest.dropFirst()
        }
        return keys
    }
}

/// A mouse event in screen coordinates.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

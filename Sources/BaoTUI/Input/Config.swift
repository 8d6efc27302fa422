/// The user's settings from `$XDG_CONFIG_HOME/baoterm/config`: key bindings and colours.
///
/// One directive per line, `#` starts a comment:
///
///     bind <C-d> pageDown
///     unbind x
///     color link cyan default underline
///     color selected black yellow
///     language en
///     watch off
public struct Config: Sendable, Equatable {
    public var keymap: Keymap
    /// The chrome's language; nil follows the environment (`Language.fromEnvironment`).
    public var language: Language?
    /// Colours per role; roles not listed keep the backend's defaults.
    public var colors: [Role: ColorSpec]
    /// Whether commands keep a folder watcher running to know what changed (`watch off`: every
    /// command looks at every file instead).
    public var watch = true

    public init(keymap: Keymap = .standard, colors: [Role: ColorSpec] = [:]) {
        self.keymap = keymap
        self.colors = colors
    }

    /// A problem in the config file, with its line number, said in both languages of the
    /// chrome: the browser shows it in its own, the command line's stderr in English.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        /// What is wrong, in English.
        public var message: String
        /// The same in Vietnamese.
        public var vietnamese: String

        public init(line: Int, _ vietnamese: String, _ english: String) {
            self.line = line
            self.vietnamese = vietnamese
            self.message = english
        }

        public var description: String { "config line \(line): \(message)" }

        /// "dòng 2: không rõ chỉ thị 'x' …" in `lang`.
        public func text(_ lang: Language) -> String {
            lang("dòng \(line): ", "line \(line): ") + lang(vietnamese, message)
        }
    }

    /// Parses the config text; lines that cannot be understood are reported and skipped.
    public static func parse(_ text: String) -> (config: Config, problems: [Problem]) {
        var config = Config()
        var problems: [Problem] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard let directive = words.first else { continue }
            let n = number + 1
            switch directive {
            case "bind":
                guard words.count == 3, let key = Key.named(words[1]) else {
                    problems.append(Problem(line: n, "cần 'bind PHÍM LỆNH'", "expected 'bind KEY COMMAND'")); continue
                }
                guard let command = Command.allCases.first(where: { $0.rawValue.lowercased() == words[2].lowercased() }) else {
                    let commands = Command.allCases.map(\.rawValue).joined(separator: ", ")
                    problems.append(Problem(line: n, "không có lệnh '\(words[2])'; các lệnh: " + commands,
                                            "unknown command '\(words[2])'; one of: " + commands)); continue
                }
                config.keymap.bind(key, to: command)
            case "unbind":
                guard words.count == 2, let key = Key.named(words[1]) else {
                    problems.append(Problem(line: n, "cần 'unbind PHÍM'", "expected 'unbind KEY'")); continue
                }
                config.keymap.unbind(key)
            case "color", "colour":
                guard words.count >= 3, let role = Role.allCases.first(where: { $0.rawValue.lowercased() == words[1].lowercased() }) else {
                    let roles = Role.allCases.map(\.rawValue).joined(separator: ", ")
                    problems.append(Problem(line: n, "cần 'color VAI_TRÒ MÀU_CHỮ [MÀU_NỀN] [bold|underline|reverse]'; các vai trò: " + roles,
                                            "expected 'color ROLE FG [BG] [bold|underline|reverse]'; roles: " + roles)); continue
                }
                guard let fg = TermColor(name: words[2]) else {
                    problems.append(Problem(line: n, "không có màu '\(words[2])'", "unknown colour '\(words[2])'")); continue
                }
                var spec = ColorSpec(foreground: fg)
                for word in words.dropFirst(3) {
                    if let attribute = ColorSpec.Attribute(rawValue: word.lowercased()) {
                        spec.attributes.insert(attribute)
                    } else if let bg = TermColor(name: word) {
                        spec.background = bg
                    } else {
                        problems.append(Problem(line: n, "không có màu hay thuộc tính '\(word)'", "unknown colour or attribute '\(word)'"))
                    }
                }
                config.colors[role] = spec
            case "language":
                guard words.count == 2, let language = Language(setting: words[1]) else {
                    problems.append(Problem(line: n, "cần 'language vi' hoặc 'language en'", "expected 'language vi' or 'language en'")); continue
                }
                config.language = language
            case "watch":
                guard words.count == 2, ["on", "off"].contains(words[1].lowercased()) else {
                    problems.append(Problem(line: n, "cần 'watch on' hoặc 'watch off'", "expected 'watch on' or 'watch off'")); continue
                }
                config.watch = words[1].lowercased() == "on"
            default:
                problems.append(Problem(line: n, "không rõ chỉ thị '\(directive)' (bind, unbind, color, language, watch)",
                                        "unknown directive '\(directive)' (bind, unbind, color, language, watch)"))
            }
        }
        return (config, problems)
    }
}

/// A terminal colour: the eight basic ones, `default`, or a 256-colour index.
public enum TermColor: Sendable, Equatable, Hashable {
    case `default`
    case index(Int)

    static let basic = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    public init?(name: String) {
        let lower = name.lowercased()
        if lower == "default" { self = .default; return }
        if let i = Self.basic.firstIndex(of: lower) { self = .index(i); return }
        if let n = Int(lower), n >= 0, n < 256 { self = .index(n); return }
        return nil
    }

    /// The ncurses colour number; -1 for the terminal default.
    public var number: Int {
        switch self {
        case .default: return -1
        case .index(let n): return n
        }
    }
}

/// How one role is drawn in colour.
public struct ColorSpec: Sendable, Equatable {
    public enum Attribute: String, Sendable, Hashable { case bold, underline, reverse, dim }
    public var foreground: TermColor
    public var background: TermColor = .default
    public var attributes: Set<Attribute> = []

    public init(foreground: TermColor, background: TermColor = .default, attributes: Set<Attribute> = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

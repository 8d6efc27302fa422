/// The language of the browser's chrome (headers, hints, messages, help). Article text is never
/// translated.
public enum Language: String, Sendable, Equatable, CaseIterable {
    case vi, en

    /// The text of this language among the two written side by side at the call site.
    public func callAsFunction(_ vietnamese: String, _ english: String) -> String {
        self == .vi ? vietnamese : english
    }

    /// The language the environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, as
    /// gettext reads them. English when the first one set names English; Vietnamese otherwise,
    /// the C and POSIX locales included, since the articles themselves are Vietnamese.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .vi
        }
        return .vi
    }

    /// Parses a config value: `vi`, `en` or the language's own name.
    public init?(setting: String) {
        switch setting.lowercased() {
        case "vi", "vie", "vietnamese", "tiếng việt", "tieng viet": self = .vi
        case "en", "eng", "english": self = .en
        default: return nil
        }
    }
}

import Foundation

/// The XDG base directories baoterm writes to: the index is cache, read marks and bookmarks are
/// state. A variable that is unset, empty or relative falls back to the default below `$HOME`,
/// as the XDG Base Directory specification says.
public enum XDGDirectory: Sendable {
    case cache
    case state

    /// `$XDG_CACHE_HOME` or `~/.cache`; `$XDG_STATE_HOME` or `~/.local/state`.
    public func base(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let (variable, fallback) = switch self {
        case .cache: ("XDG_CACHE_HOME", ".cache")
        case .state: ("XDG_STATE_HOME", ".local/state")
        }
        if let value = environment[variable], value.hasPrefix("/") { return value }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(fallback)
    }

    /// baoterm's own folder inside the base directory.
    public func baoterm(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        (base(environment: environment) as NSString).appendingPathComponent("baoterm")
    }
}

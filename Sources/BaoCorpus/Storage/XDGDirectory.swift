import Foundation

/// The XDG base directories baoterm uses: the index is cache, read marks, bookmarks and the fetch
/// record are state, fetched articles are data, the feeds file is config. A variable that is unset,
/// empty or relative falls back to the default below `$HOME`, as the XDG Base Directory
/// specification says.
public enum XDGDirectory: Sendable {
    case cache
    case state
    case data
    case config

    /// `$XDG_CACHE_HOME` or `~/.cache`; `$XDG_STATE_HOME` or `~/.local/state`; `$XDG_DATA_HOME` or
    /// `~/.local/share`; `$XDG_CONFIG_HOME` or `~/.config`.
    public func base(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let (variable, fallback) = switch self {
        case .cache: ("XDG_CACHE_HOME", ".cache")
        case .state: ("XDG_STATE_HOME", ".local/state")
        case .data: ("XDG_DATA_HOME", ".local/share")
        case .config: ("XDG_CONFIG_HOME", ".config")
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

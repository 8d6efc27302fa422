import BaoStore
import Foundation

/// Where a corpus' index lives: `$XDG_CACHE_HOME/baoterm/` (or `~/.cache/baoterm/`), one database
/// per corpus, named after the corpus' absolute paths so two corpora never share a file.
public enum IndexLocation {
    /// The database path for a corpus given by its (absolute or relative) root paths.
    public static func defaultPath(for roots: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let absolute = roots.map(absolutePath).sorted()
        let label = absolute.first.map { readableLabel(($0 as NSString).lastPathComponent) } ?? "corpus"
        var hash = ContentHash()
        for root in absolute {
            hash.update(Array(root.utf8))
            hash.update([0])
        }
        let name = (label.isEmpty ? "corpus" : label) + "-" + hash.hex + ".sqlite"
        return (XDGDirectory.cache.baoterm(environment: environment) as NSString).appendingPathComponent(name)
    }

    /// `path` made absolute against the current directory, with "." and ".." resolved.
    public static func absolutePath(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        var standardized = (full as NSString).standardizingPath
        while standardized.count > 1, standardized.hasSuffix("/") { standardized.removeLast() }
        return standardized
    }

    /// A file-name-safe folded label ("Tin Cần Thơ" → "tin-can-tho"), at most 40 characters.
    private static func readableLabel(_ name: String) -> String {
        var out = ""
        for scalar in SearchText.folded(name).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(40))
    }
}

import Foundation

/// Why a file could not be read as an article. The message names the file and the problem.
public struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Reads files and folders into articles: decoding, size limits, folder walking.
public enum ArticleLoader {
    /// Every article file under `paths` (files as given, folders recursively), sorted, with the
    /// problems met on the way (unreadable folder, directory loop).
    public static func files(in paths: [String]) -> (files: [String], errors: [LoadError]) {
        var files: [String] = []
        var errors: [LoadError] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append(LoadError(path: path, reason: "no such file or folder"))
                continue
            }
            if isDir.boolValue {
                let items = (try? fm.subpathsOfDirectory(atPath: path)) ?? []
                for item in items.sorted() where item.hasSuffix(".txt") {
                    files.append((path as NSString).appendingPathComponent(item))
                }
            } else {
                files.append(path)
            }
        }
        return (files, errors)
    }

    /// Decodes one file and parses it.
    public static func load(path: String) throws(LoadError) -> Article {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(path: path, reason: "unreadable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LoadError(path: path, reason: "not UTF-8")
        }
        return ArticleParser.parse(text: text, path: path)
    }
}

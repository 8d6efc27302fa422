import BaoText
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

/// Reads files and folders into articles: folder walking, size limits, decoding, normalising.
public enum ArticleLoader {
    /// Files larger than this are refused: no news article comes close, and a huge file is
    /// almost always something else (a dump, a log) that would only slow the run down.
    public static let maximumFileSize = 8 * 1024 * 1024
    /// Extensions read when walking a folder; files without an extension are read when they look like text.
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// Every article file under `paths` (files as given, folders recursively), sorted within each
    /// folder, with the problems met on the way (missing path, unreadable folder, directory loop).
    public static func files(in paths: [String]) -> (files: [String], errors: [LoadError]) {
        let listing = listing(in: paths)
        return (listing.files.map(\.path), listing.errors)
    }

    /// `files(in:)` with each file's size and modification time, as the walk read them.
    public static func listing(in paths: [String]) -> (files: [ListedFile], errors: [LoadError]) {
        let walk = walk(paths)
        return (walk.files, walk.errors)
    }

    /// The walk behind `listing(in:)`, which also keeps every folder it read (with its `stat`).
    package static func walk(_ paths: [String]) -> FolderWalker {
        var walker = FolderWalker()
        for path in paths {
            walker.visit(root: path)
        }
        return walker
    }

    /// Reads, decodes, normalises and parses one file (`isPlace`: see `ArticleParser`).
    public static func load(path: String, isPlace: (String) -> Bool) throws(LoadError) -> Article {
        let bytes: [UInt8]
        switch readFile(path) {
        case .success(let read): bytes = read
        case .failure(let error): throw error
        }
        return try article(from: bytes, path: path, isPlace: isPlace)
    }

    /// Decodes, normalises and parses the bytes of one file (`isPlace`: see `ArticleParser`).
    public static func article(from bytes: [UInt8], path: String, isPlace: (String) -> Bool) throws(LoadError) -> Article {
        let text: String
        var replaced = 0
        switch TextDecoding.decodeReporting(bytes) {
        case .success(let decoded): (text, replaced) = (decoded.text, decoded.replaced)
        case .failure(let failure): throw LoadError(path: path, reason: failure.description)
        }
        var normalized = TextNormalizer.normalize(text)
        if isHTML(path: path, text: normalized) {
            normalized = TextNormalizer.normalize(HTMLText.plainText(normalized))
        }
        if normalized.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A }) {
            throw LoadError(path: path, reason: "empty file (no text)")
        }
        var article = ArticleParser.parse(normalized: normalized, path: path, isPlace: isPlace)
        if replaced > 0 {
            article.warnings.append("\(replaced) byte sequence\(replaced == 1 ? " is" : "s are") not valid UTF-8 and shown as �; the rest of the file is UTF-8")
        }
        if let mojibake = Mojibake.guess(normalized) {
            article.warnings.append("the text looks like \(mojibake) read as Windows-1252 (garbled letters); convert the original file to UTF-8")
        }
        return article
    }

    /// Why a file of this kind is not read: only regular files (or links to them) are articles.
    static func refusal(path: String, mode: mode_t) -> LoadError? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return LoadError(path: path, reason: "is a folder, not a file")
        case S_IFIFO: return LoadError(path: path, reason: "not a regular file (a named pipe); skipped")
        case S_IFSOCK: return LoadError(path: path, reason: "not a regular file (a socket); skipped")
        case S_IFCHR, S_IFBLK: return LoadError(path: path, reason: "not a regular file (a device); skipped")
        default: return LoadError(path: path, reason: "not a regular file; skipped")
        }
    }

    /// Why `path` could not be looked at, from the `errno` of a failed `stat`: a dangling link
    /// and a link loop are named as such.
    static func statFailure(path: String, code: Int32, lookedUp: (inout stat) -> Int32) -> LoadError {
        switch code {
        case ENOENT:
            var link = stat()
            if lookedUp(&link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
                return LoadError(path: path, reason: "dangling symbolic link (its target does not exist); skipped")
            }
            return LoadError(path: path, reason: "no such file or folder")
        case ELOOP:
            return LoadError(path: path, reason: "symbolic link loop (a link that leads back to itself); skipped")
        case EACCES:
            return LoadError(path: path, reason: "no permission to read it; skipped")
        default:
            return LoadError(path: path, reason: "unreadable (\(String(cString: strerror(code)))); skipped")
        }
    }

    private static func isHTML(path: String, text: String) -> Bool {
        let ext = fileExtension(lastComponent(of: path))
        if ext == "html" || ext == "htm" { return true }
        let head = text.utf8.drop(while: { $0 == 0x20 || $0 == 0x0A }).prefix(14)
        // Both markers open with "<", which no other character lower-cases to.
        guard head.first == 0x3C else { return false }
        let start = String(decoding: head, as: UTF8.self).lowercased()
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
    }

    /// The last non-empty component of a path ("a/b.txt" → "b.txt", "a/b/" → "b"), cut at its
    /// "/" bytes: splitting the path into Characters cost more than the rest of the check.
    static func lastComponent(of path: String) -> Substring {
        let utf8 = path.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x2F { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return Substring(path) }
        let start = utf8[..<end].lastIndex(of: 0x2F).map { utf8.index(after: $0) } ?? utf8.startIndex
        return path[start..<end]
    }

    /// The lower-cased extension of a file name, as `NSString.pathExtension` gives it: after the
    /// last dot, empty when the dot starts the name or there is none. A byte search: NSString's
    /// path parsing cost more than the checks it served, on every file of a corpus.
    static func fileExtension(_ name: String) -> String {
        fileExtension(Substring(name))
    }

    static func fileExtension(_ name: Substring) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return "" }
        return String(name[name.utf8.index(after: dot)...]).lowercased()
    }

    /// Reads a whole file with POSIX calls, refusing folders and files over the size limit.
    package static func readFile(_ path: String) -> Result<[UInt8], LoadError> {
        // Opening a named pipe or a device for reading can block forever: look before opening.
        var before = stat()
        if SystemPath.withCString(path, { stat($0, &before) }) == 0, let refusal = refusal(path: path, mode: before.st_mode) {
            return .failure(refusal)
        }
        // O_NONBLOCK keeps a file swapped for a pipe between stat and open from blocking.
        let fd = SystemPath.withCString(path) { open($0, O_RDONLY | O_NONBLOCK) }
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return .failure(LoadError(path: path, reason: "no such file")) }
            return .failure(LoadError(path: path, reason: "unreadable (\(String(cString: strerror(code))))"))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            return .failure(LoadError(path: path, reason: "unreadable (\(String(cString: strerror(errno))))"))
        }
        if let refusal = refusal(path: path, mode: info.st_mode) { return .failure(refusal) }
        let size = Int(info.st_size)
        if size > maximumFileSize {
            return .failure(LoadError(
                path: path,
                reason: "too large (\(size / 1024) KB; articles are read up to \(maximumFileSize / 1024 / 1024) MB)"))
        }
        var bytes = [UInt8](repeating: 0, count: max(size, 0))
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(fd, base + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(LoadError(path: path, reason: "unreadable (\(String(cString: strerror(errno))))"))
            }
            if n == 0 { break }
            filled += n
        }
        if filled < bytes.count { bytes.removeSubrange(filled...) }
        // Special files (pipes, /proc) report size 0 but have content: read them in chunks.
        if size == 0 {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while bytes.count <= maximumFileSize {
                let n = chunk.withUnsafeMutableBytes { buffer -> Int in
                    guard let base = buffer.baseAddress else { return 0 }
                    return read(fd, base, buffer.count)
                }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                bytes.append(contentsOf: chunk[0..<n])
            }
            if bytes.count > maximumFileSize {
                return .failure(LoadError(path: path, reason: "too large (articles are read up to \(maximumFileSize / 1024 / 1024) MB)"))
            }
        }
        return .success(bytes)
    }
}

/// A file found by a folder walk, with what its `stat` said.
public struct ListedFile: Sendable, Equatable {
    public var path: String
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var mtime: Int64

    public init(path: String, size: Int64, mtime: Int64) {
        self.path = path
        self.size = size
        self.mtime = mtime
    }

    /// Status change time in nanoseconds since 1970 (0 when not known): any write, rename or
    /// change of times moves it, and it cannot be set back.
    public var ctime: Int64 = 0

    package init(path: String, info: stat) {
        self.init(path: path, size: Int64(info.st_size), mtime: Self.mtime(of: info))
        ctime = Self.ctime(of: info)
    }

    /// A file's status change time in nanoseconds since 1970 (seconds when that overflows).
    package static func ctime(of info: stat) -> Int64 {
        #if os(Linux)
        nanoseconds(info.st_ctim)
        #else
        nanoseconds(info.st_ctimespec)
        #endif
    }

    /// A file's modification time in nanoseconds since 1970 (seconds when that overflows).
    package static func mtime(of info: stat) -> Int64 {
        #if os(Linux)
        nanoseconds(info.st_mtim)
        #else
        nanoseconds(info.st_mtimespec)
        #endif
    }

    /// A time of `stat` in nanoseconds since 1970 (seconds when that overflows).
    private static func nanoseconds(_ time: timespec) -> Int64 {
        let seconds = Int64(time.tv_sec)
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? seconds : scaled &+ Int64(time.tv_nsec)
    }
}

/// Recursive folder walk with directory-loop detection (symbolic links may point back up).
package struct FolderWalker {
    package var files: [ListedFile] = []
    package var errors: [LoadError] = []
    /// The folders read, with their size and modification time: a folder whose time did not
    /// change has the same entries (`CorpusIndex.WalkRecord`).
    package var folders: [ListedFile] = []
    private var visited: Set<FileIdentity> = []

    package init() {}

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    mutating func visit(root: String) {
        var info = stat()
        guard SystemPath.withCString(root, { stat($0, &info) }) == 0 else {
            let code = errno
            errors.append(ArticleLoader.statFailure(path: root, code: code) { link in
                SystemPath.withCString(root) { lstat($0, &link) }
            })
            return
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            walk(folder: root, info: info, ancestors: [])
        } else if let refusal = ArticleLoader.refusal(path: root, mode: info.st_mode) {
            errors.append(refusal)
        } else {
            files.append(ListedFile(path: root, info: info))
        }
    }

    private mutating func walk(folder: String, info: stat, ancestors: [FileIdentity]) {
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        if ancestors.contains(identity) {
            errors.append(LoadError(path: folder, reason: "directory loop (a link leads back to a folder above it); skipped"))
            return
        }
        // A folder reached twice through different links is read once.
        guard visited.insert(identity).inserted else { return }
        folders.append(ListedFile(path: folder, info: info))
        // Entries are looked up relative to the open folder (`fstatat`), not by their full path,
        // which the kernel would walk from the root again for each of thousands of files.
        guard let directory = SystemPath.withCString(folder, { opendir($0) }) else {
            let reason = errno == EACCES ? "folder not readable (no permission); skipped" : "unreadable folder (\(String(cString: strerror(errno)))); skipped"
            errors.append(LoadError(path: folder, reason: reason))
            return
        }
        defer { closedir(directory) }
        // A folder that can be listed but not entered (no execute permission) is named once,
        // rather than once for each of its files.
        if SystemPath.withCString(folder, { access($0, X_OK) }) != 0 && errno == EACCES {
            errors.append(LoadError(path: folder, reason: "folder cannot be entered (no execute permission); skipped"))
            return
        }
        // Names are read as bytes: one that is not UTF-8 is kept byte for byte (`SystemPath`).
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                SystemPath.decode(raw.prefix { $0 != 0 })
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        let descriptor = dirfd(directory)
        let chain = ancestors + [identity]
        for name in names.sorted() {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var child = stat()
            guard SystemPath.withCString(name, { fstatat(descriptor, $0, &child, 0) }) == 0 else {
                // A dangling link, a link loop, no permission: named, so nothing is left out in silence.
                let code = errno
                errors.append(ArticleLoader.statFailure(path: path, code: code) { link in
                    SystemPath.withCString(name) { fstatat(descriptor, $0, &link, AT_SYMLINK_NOFOLLOW) }
                })
                continue
            }
            meet(path: path, name: name, info: child, ancestors: chain)
        }
    }

    /// Visits one entry of a walked folder, as the walk of its folder would meet it: a folder is
    /// walked, a file is kept when it looks like an article, a hidden name (".") is left out.
    /// For the few entries a folder watcher reports, without listing their folder again;
    /// an entry that is gone meanwhile is nothing.
    package mutating func visit(entry path: String) {
        let name = (path as NSString).lastPathComponent
        guard !name.hasPrefix(".") else { return }
        var info = stat()
        guard SystemPath.withCString(path, { stat($0, &info) }) == 0 else { return }
        meet(path: path, name: name, info: info, ancestors: [])
    }

    private mutating func meet(path: String, name: String, info child: stat, ancestors chain: [FileIdentity]) {
        let kind = child.st_mode & S_IFMT
        if kind == S_IFDIR {
            walk(folder: path, info: child, ancestors: chain)
        } else if kind == S_IFREG {
            let ext = ArticleLoader.fileExtension(name)
            if ArticleLoader.articleExtensions.contains(ext) || (ext.isEmpty && looksLikeText(path)) {
                files.append(ListedFile(path: path, info: child))
            }
        } else if let refusal = ArticleLoader.refusal(path: path, mode: child.st_mode) {
            // Pipes, sockets and devices: reading them could block or never end.
            errors.append(refusal)
        }
    }

    /// Extension-less files are read only when their first kilobyte holds no NUL byte.
    private func looksLikeText(_ path: String) -> Bool {
        let fd = SystemPath.withCString(path) { open($0, O_RDONLY | O_NONBLOCK) }
        guard fd >= 0 else { return true }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1024)
        let n = buffer.withUnsafeMutableBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            return read(fd, base, raw.count)
        }
        guard n > 0 else { return true }
        return !buffer[0..<n].contains(0)
    }
}

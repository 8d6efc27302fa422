import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the folder watcher of one index keeps its socket, its lock and its log.
///
/// The socket and the lock live in `$XDG_RUNTIME_DIR/baoterm/` (the cache folder
/// `$XDG_CACHE_HOME/baoterm/` when there is no runtime folder), a folder of mode 0700 that
/// only the user can enter: whoever can reach the socket could tell a command that nothing
/// changed. The log is cache, beside the indexes. Files are named after the index's path.
public struct WatchLocation: Sendable, Equatable {
    /// The index the watcher serves.
    public let indexPath: String
    /// The folder of the socket and the lock.
    public let folder: String
    public let socketPath: String
    /// Held (`flock`) by the watcher while it runs; holds its process id.
    public let lockPath: String
    /// Left by a watcher that refused to watch this corpus, with the reason: commands do
    /// not start another for a while (`refusalPause`).
    public let refusalPath: String
    public let logPath: String

    /// How long a refusal keeps commands from starting another watcher.
    public static let refusalPause: TimeInterval = 600

    public init(indexPath: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.indexPath = indexPath
        var hash = ContentHash()
        hash.update(Array(indexPath.utf8))
        let name = "watch-" + hash.hex
        if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") {
            folder = (runtime as NSString).appendingPathComponent("baoterm")
        } else {
            folder = XDGDirectory.cache.baoterm(environment: environment)
        }
        socketPath = (folder as NSString).appendingPathComponent(name + ".sock")
        lockPath = (folder as NSString).appendingPathComponent(name + ".lock")
        refusalPath = (folder as NSString).appendingPathComponent(name + ".refused")
        logPath = (XDGDirectory.cache.baoterm(environment: environment) as NSString).appendingPathComponent(name + ".log")
    }

    /// Makes the socket's folder (mode 0700) when missing; false when it cannot be made, or is
    /// not a folder of this user's that only this user can enter (then no watcher is used).
    public func prepareFolder() -> Bool {
        if mkdir(folder, 0o700) != 0 && errno == ENOENT {
            try? FileManager.default.createDirectory(atPath: (folder as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = mkdir(folder, 0o700)
        }
        var info = stat()
        guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == getuid() else { return false }
        if (info.st_mode & 0o077) != 0 { guard chmod(folder, 0o700) == 0 else { return false } }
        return socketPath.utf8.count < MemoryLayout.size(ofValue: sockaddr_un().sun_path)
    }

    /// The reason of a refusal recent enough to keep commands from starting another watcher.
    public func recentRefusal(now: Date = Date()) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: refusalPath),
              let date = attributes[.modificationDate] as? Date, now.timeIntervalSince(date) < Self.refusalPause,
              let data = FileManager.default.contents(atPath: refusalPath) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The process id in the lock file while a watcher holds the lock, else nil.
    public func runningWatcher() -> Int32? {
        let fd = open(lockPath, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        // A shared lock is refused only while the watcher holds its exclusive one.
        guard flock(fd, LOCK_SH | LOCK_NB) != 0 else {
            flock(fd, LOCK_UN)
            return nil
        }
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = read(fd, &buffer, buffer.count)
        guard count > 0 else { return 0 }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Every watcher socket in the folder of this environment's watchers.
    public static func allSockets(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        let folder = WatchLocation(indexPath: "", environment: environment).folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix("watch-") && $0.hasSuffix(".sock") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }
}

import BaoText
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A command's side of the folder watcher of its index (`FolderWatcher`): asks it what changed,
/// tells it what the index was brought up to, and starts one when none answers.
public struct WatchLink: Sendable {
    public let location: WatchLocation
    /// The program that runs a watcher: `<executable> watcher --serve --index INDEX -- ROOT...`.
    public let executable: String

    public init(location: WatchLocation, executable: String) {
        self.location = location
        self.executable = executable
    }

    /// The link of the running program (`/proc/self/exe`) for the index at `indexPath`.
    public static func ofThisProgram(indexPath: String) -> WatchLink {
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return WatchLink(location: WatchLocation(indexPath: indexPath), executable: target)
    }

    /// What changed under `roots` since `point` (nil: the index holds no point).
    public func ask(since point: WatchPoint?, roots: [String]) -> WatchAnswer {
        let request = WatchMessage(["since", point?.instance ?? "", String(point?.sequence ?? 0)] + roots)
        guard let reply = WatchSocket.exchange(location.socketPath, request) else { return .unreachable }
        return reply.answer
    }

    /// Tells the watcher that the index now holds `point`: it may forget what came before.
    public func synced(_ point: WatchPoint) {
        _ = WatchSocket.exchange(location.socketPath, WatchMessage(["synced", point.instance, String(point.sequence)]))
    }

    /// Starts a watcher for `roots`, detached (its own session, no terminal, standard streams
    /// on /dev/null), unless one holds the lock or one refused this corpus a moment ago.
    public func startIfNone(roots: [String]) {
        guard location.prepareFolder(), location.runningWatcher() == nil, location.recentRefusal() == nil else { return }
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        for descriptor in Int32(0)...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        // POSIX_SPAWN_SETSID (glibc): a session of its own, so no terminal's signals reach it.
        let setsid: Int16 = 0x80
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, setsid | Int16(POSIX_SPAWN_SETSIGMASK))
        let arguments = ["baoterm", "watcher", "--serve", "--index", location.indexPath, "--"] + roots
        // Paths as the system's bytes (a name that is not UTF-8 is kept, see `SystemPath`).
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { argument in
            let bytes = SystemPath.bytes(argument)
            let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            for (index, byte) in bytes.enumerated() { copy[index] = CChar(bitPattern: byte) }
            copy[bytes.count] = 0
            return copy
        } + [nil]
        defer { argv.forEach { $0?.deallocate() } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, &attributes, argv, environ) == 0 else { return }
        // A long-running program (the browser) collects the watcher when it ends, so that it
        // does not stay behind as a zombie; a command that ends first leaves that to init.
        let child = pid
        Thread.detachNewThread { _ = waitpid(child, nil, 0) }
    }
}

/// A running watcher as it describes itself.
public struct WatcherStatus: Sendable, Equatable {
    public var pid: Int32
    public var indexPath: String
    public var roots: [String]
    public var folders: Int
    /// Paths changed that no index has taken in yet.
    public var pending: Int
    public var socketPath: String

    /// Every watcher of this user that answers (`environment` locates their folder).
    public static func all(environment: [String: String] = ProcessInfo.processInfo.environment) -> [WatcherStatus] {
        WatchLocation.allSockets(environment: environment).compactMap { socket in
            guard let fields = WatchSocket.exchange(socket, WatchMessage(["status"]), timeout: 2)?.fields,
                  fields.count >= 7, fields[0] == "status", let pid = Int32(fields[3]) else { return nil }
            return WatcherStatus(pid: pid, indexPath: fields[4], roots: Array(fields.dropFirst(7)),
                                 folders: Int(fields[5]) ?? 0, pending: Int(fields[6]) ?? 0, socketPath: socket)
        }
    }

    /// Asks this watcher to end; false when it did not answer.
    @discardableResult
    public func stop() -> Bool {
        WatchSocket.exchange(socketPath, WatchMessage(["stop"]), timeout: 2) != nil
    }
}

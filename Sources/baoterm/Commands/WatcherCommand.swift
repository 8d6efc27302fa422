import ArgumentParser
import BaoCore
import Foundation

/// `baoterm watcher`: lists or stops the folder watchers; `--serve` is the watcher itself,
/// which commands start.
struct WatcherCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watcher",
        abstract: "List or stop the folder watchers that tell commands what changed.",
        discussion: """
            A command that reads an index starts a small background process for it (one per index) \
            that watches the corpus folders with inotify, so that the next commands look only at \
            what changed instead of every file. It ends by itself after 15 minutes without a \
            command, when its index is removed, or when it loses track of a change (the next \
            command then looks at every file and starts another). Set BAOTERM_WATCH=off, or put \
            'watch off' in $XDG_CONFIG_HOME/baoterm/config, to never start one. Its log is \
            $XDG_CACHE_HOME/baoterm/watch-*.log.
            """)

    @Flag(name: .long, help: "Stop every running watcher.")
    var stop = false

    @Flag(name: .long, help: .hidden)
    var serve = false

    @Option(name: .customLong("index"), help: .hidden)
    var indexPath: String?

    @Argument(help: .hidden)
    var roots: [String] = []

    func run() throws {
        if serve {
            guard let indexPath, !roots.isEmpty else { throw ValidationError("--serve needs --index and the corpus folders") }
            Self.serve(indexPath: indexPath, roots: roots)
            return
        }
        let watchers = WatcherStatus.all()
        if watchers.isEmpty { Output.line(stop ? "no watcher was running" : "no watcher is running") }
        for watcher in watchers {
            if stop {
                watcher.stop()
                Output.line("stopped \(watcher.pid) (index \(Output.visible(watcher.indexPath)))")
            } else {
                Output.line("\(watcher.pid)  \(Output.visible(watcher.indexPath))")
                Output.line("    watching \(watcher.folders) folders under \(watcher.roots.map(Output.visible).joined(separator: ", ")); \(watcher.pending) changes not yet in the index")
            }
        }
    }

    /// Runs a watcher until it ends by itself; what it does goes to its log.
    static func serve(indexPath: String, roots: [String]) {
        signal(SIGHUP, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        // Nothing of the command that started it stays open here.
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for descriptor in open where descriptor > 2 { close(descriptor) }
        let location = WatchLocation(indexPath: IndexLocation.absolutePath(indexPath))
        let log = WatchLog(path: location.logPath)
        let watcher = FolderWatcher(roots: roots.map(IndexLocation.absolutePath), location: location, log: log.write)
        // Nor does it keep the command's folder busy (a folder in use cannot be unmounted).
        _ = chdir("/")
        guard watcher.takeLock() else { return }
        do {
            try watcher.start()
        } catch {
            log.write("not watching: \(error.description)")
            return
        }
        log.write("stopped: \(watcher.serve())")
    }
}

/// The watcher's log: one dated line per event worth knowing, kept under 256 KB.
struct WatchLog: Sendable {
    let path: String

    init(path: String) {
        self.path = path
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 256 * 1024 {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    func write(_ message: String) {
        let stamp = ISO8601DateFormatter().string(from: Date())
        let line = Array("\(stamp) [\(getpid())] \(message)\n".utf8)
        let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        _ = Glibc.write(fd, line, line.count)
        close(fd)
    }
}

/// Whether commands use a folder watcher (`WatchLink`): yes unless `BAOTERM_WATCH` is `off`
/// (or `0`, `no`, `false`) or the config file says `watch off`.
enum WatchChoice {
    static func link(for index: CorpusIndex, environment: [String: String] = ProcessInfo.processInfo.environment) -> WatchLink? {
        if let value = environment["BAOTERM_WATCH"]?.lowercased(), ["off", "0", "no", "false"].contains(value) { return nil }
        guard configured else { return nil }
        return WatchLink.ofThisProgram(indexPath: IndexLocation.absolutePath(index.path))
    }

    /// The config file's `watch` line, read once a process (the browser asks at every refresh;
    /// it reads its settings once as it starts, and so does this).
    private static let configured = BrowserConfig.load().watch
}

import BaoText
import Foundation
#if canImport(Glibc)
import Glibc
#endif

@_silgen_name("statfs") private func systemStatfs(_ path: UnsafePointer<CChar>, _ buffer: UnsafeMutableRawPointer) -> Int32

/// The resident process that watches the folders of one index's corpus, so that a command
/// need not `stat` every file to know what changed (a warm command's largest cost).
///
/// **Protocol.** The watcher never writes the index (one writer: the command that refreshes,
/// under the index's writer lock). It keeps, per changed path, the round in which it last saw
/// it change; a round is one read of the kernel's event queue that found events, and rounds
/// are numbered from 1 by a watcher whose `instance` is new each time one starts. The index
/// stores the point (instance, round) it was last brought up to date to (`CorpusIndex`'s
/// `watch` meta row). A command, holding the writer lock:
/// 1. asks the watcher what changed since its stored point;
/// 2. the watcher reads its event queue *after* receiving the request: the kernel queues an
///    event before the system call that made the change returns, so every change that
///    returned before the command asked is in the queue; it answers the paths changed in
///    the rounds after the command's point, and the current round as the new point;
/// 3. the command looks at those paths only (a folder whole, with a walk), writes what
///    changed, and stores the new point with it;
/// 4. it then tells the watcher the point it stored, and the watcher forgets older rounds.
///
/// The answer is "unknown" (the command then looks at every file, as without a watcher, and
/// takes the current point as its own) whenever the watcher cannot vouch for every change since
/// the command's point: no point stored yet, a point of another watcher (this one restarted),
/// a point older than what it has forgotten, other roots, or a lost watch (the kernel's queue
/// overflowed, a root was moved, removed or replaced, a file system unmounted). A lost watch
/// also ends the watcher; the next command finds none, looks at every file and starts another.
///
/// **Why the first full look is sound.** Watches are in place before the socket exists, so a
/// command that reached the watcher looks at every file *after* the watches were set up: a
/// change made before the look is seen by the look, one made after it is in the queue.
/// A folder made (or moved in) later is reported whole and watched before the answer is sent:
/// files made in it before its watch existed are found by the command's walk of the folder.
///
/// **What a watch cannot see, and is therefore refused** (the watcher does not start, says why
/// in its log, and commands look at every file as before): a corpus on a network or FUSE file
/// system (NFS, CIFS/SMB, FUSE, 9p, Ceph; found with `statfs`), where changes made by other
/// machines raise no event; symbolic links inside the corpus (a change to a link's target,
/// elsewhere, raises no event here); files with several hard links (a write through the other
/// name raises no event here); roots that are files, not folders. A link or hard-linked file
/// that appears later ends the watcher. Not seen and not detectable: writes through a shared
/// memory mapping (`mmap`), which raise no event, and a hard link made later from outside the
/// corpus to a file in it and written through.
///
/// The watcher ends on its own after `idleLimit` without a request, when its index is
/// removed, and on SIGTERM.
public final class FolderWatcher {
    /// Why watching is not possible.
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
        /// False for a passing state (the index file missing for a moment, as while it is
        /// rebuilt): no refusal file is written, so the next command may start a watcher.
        public var lasting = true
    }

    public let roots: [String]
    public let location: WatchLocation
    public let instance: String
    public var idleLimit: TimeInterval = 15 * 60
    private let log: (String) -> Void

    private var inotify: Int32 = -1
    private var listener: Int32 = -1
    private var lockDescriptor: Int32 = -1
    private var round: UInt64 = 0
    /// Rounds up to this one are forgotten.
    private var forgotten: UInt64 = 0
    private var changed: [String: UInt64] = [:]
    private var folders: [Int32: String] = [:]
    private var watches: [String: Int32] = [:]
    private var indexWatch: Int32 = -1
    private var rootIdentities: [Identity] = []
    private var checkedDevices: Set<UInt64> = []
    /// Set when the watch is lost: the watcher answers "unknown" and ends.
    private var lost: String?
    /// More changed paths than this are not listed.
    static let changeLimit = 50_000

    private struct Identity: Equatable {
        var device: UInt64
        var inode: UInt64
    }

    private static let folderMask: UInt32 = UInt32(IN_MODIFY) | UInt32(IN_ATTRIB) | UInt32(IN_CLOSE_WRITE)
        | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE) | UInt32(IN_DELETE)
        | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR) | UInt32(IN_EXCL_UNLINK)

    /// `statfs` magic numbers of file systems where another machine's or a user-space server's
    /// changes raise no event: NFS, SMB (two), CIFS, FUSE, 9p, Ceph, AFS, Coda, Lustre.
    static let unwatchableFileSystems: [Int: String] = [
        0x6969: "NFS", 0xFE53_4D42: "SMB2", 0x517B: "SMB", 0xFF53_4D42: "CIFS", 0x6573_5546: "FUSE",
        0x0102_1997: "9p", 0x00C3_6400: "Ceph", 0x5346_414F: "AFS", 0x7375_6A73: "Coda", 0x0BD0_0BD0: "Lustre",
    ]

    public init(roots: [String], location: WatchLocation, log: @escaping (String) -> Void) {
        self.roots = roots
        self.location = location
        self.log = log
        var random = SystemRandomNumberGenerator()
        instance = String(random.next() as UInt64, radix: 16) + "-" + String(getpid())
    }

    deinit {
        if inotify >= 0 { close(inotify) }
        if listener >= 0 { close(listener) }
        if lockDescriptor >= 0 { close(lockDescriptor) }
    }

    // MARK: - Starting

    /// Takes the watcher lock of the index; false when another watcher holds it.
    public func takeLock() -> Bool {
        guard location.prepareFolder() else { return false }
        let fd = open(location.lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return false
        }
        lockDescriptor = fd
        _ = ftruncate(fd, 0)
        let pid = Array("\(getpid())\n".utf8)
        _ = pwrite(fd, pid, pid.count, 0)
        return true
    }

    /// Sets up every watch, then the socket. Throws why the corpus cannot be watched (also
    /// written to the refusal file, which keeps commands from starting another for a while).
    public func start() throws(Refusal) {
        do {
            try setUp()
        } catch {
            if error.lasting {
                try? Data(error.description.utf8).write(to: URL(fileURLWithPath: location.refusalPath))
            }
            throw error
        }
        try? FileManager.default.removeItem(atPath: location.refusalPath)
    }

    private func setUp() throws(Refusal) {
        inotify = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard inotify >= 0 else { throw Refusal(description: "inotify is not available (\(String(cString: strerror(errno))))") }
        for root in roots {
            var info = stat()
            guard root.hasPrefix("/"), !root.contains("\n"), SystemPath.withCString(root, { stat($0, &info) }) == 0,
                  (info.st_mode & S_IFMT) == S_IFDIR else {
                throw Refusal(description: "\(root) is not a folder: only folders are watched")
            }
            rootIdentities.append(Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
            try watchTree(root, isRoot: true)
        }
        // The index's removal ends the watcher.
        indexWatch = SystemPath.withCString(location.indexPath) {
            inotify_add_watch(inotify, $0, UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF))
        }
        guard indexWatch >= 0 else {
            let code = errno
            throw Refusal(description: "the index \(location.indexPath) cannot be watched (\(String(cString: strerror(code))))",
                          lasting: code != ENOENT)
        }
        try listen()
        log("watching \(watches.count) folders under \(roots.joined(separator: ", ")) for \(location.indexPath)")
    }

    private func listen() throws(Refusal) {
        guard var address = WatchSocket.address(location.socketPath) else {
            throw Refusal(description: "the socket path \(location.socketPath) is too long")
        }
        unlink(location.socketPath)
        listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard listener >= 0, bound == 0, chmod(location.socketPath, 0o600) == 0, Glibc.listen(listener, 16) == 0 else {
            throw Refusal(description: "the socket \(location.socketPath) cannot be made (\(String(cString: strerror(errno))))")
        }
    }

    /// Watches `top` and every folder under it, as the corpus walk sees them (names that start
    /// with "." are left out). Refuses what a watch cannot see (see the type's comment).
    private func watchTree(_ top: String, isRoot: Bool = false) throws(Refusal) {
        var stack = [top]
        while let folder = stack.popLast() {
            let mask = Self.folderMask | (isRoot && folder == top ? 0 : UInt32(IN_DONT_FOLLOW))
            let wd = SystemPath.withCString(folder) { inotify_add_watch(inotify, $0, mask) }
            if wd < 0 {
                let code = errno
                if code == ENOSPC {
                    throw Refusal(description: "the system's limit of watched folders is reached (fs.inotify.max_user_watches)")
                }
                // Gone or replaced meanwhile: its parent's event reports it.
                if code == ENOENT || code == ENOTDIR { continue }
                throw Refusal(description: "\(folder) cannot be watched (\(String(cString: strerror(code))))")
            }
            if let old = watches[folder], old != wd { folders.removeValue(forKey: old) }
            folders[wd] = folder
            watches[folder] = wd
            try look(into: folder, subfolders: &stack)
        }
    }

    /// Checks the entries of a newly watched folder and lists its subfolders.
    private func look(into folder: String, subfolders: inout [String]) throws(Refusal) {
        guard let directory = SystemPath.withCString(folder, { opendir($0) }) else { return }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var info = stat()
        if fstat(descriptor, &info) == 0, checkedDevices.insert(UInt64(info.st_dev)).inserted {
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
            defer { buffer.deallocate() }
            if SystemPath.withCString(folder, { systemStatfs($0, buffer) }) == 0,
               let name = Self.unwatchableFileSystems[buffer.load(as: Int.self) & 0xFFFF_FFFF] {
                throw Refusal(description: "\(folder) is on a \(name) file system, where changes made elsewhere raise no event")
            }
        }
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard let first = bytes.first, first != UInt8(ascii: ".") else { continue }
            let name = SystemPath.decode(bytes)
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var child = stat()
            guard fstatat(descriptor, bytes.map { CChar(bitPattern: $0) } + [0], &child, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            try check(path, child, subfolders: &subfolders)
        }
    }

    private func check(_ path: String, _ info: stat, subfolders: inout [String]) throws(Refusal) {
        switch info.st_mode & S_IFMT {
        case S_IFDIR: subfolders.append(path)
        case S_IFLNK: throw Refusal(description: "\(path) is a symbolic link: changes to what it points to raise no event")
        case S_IFREG where info.st_nlink > 1:
            throw Refusal(description: "\(path) has several hard links: writes through another name raise no event")
        default: break
        }
    }

    // MARK: - Serving

    /// Answers commands until the watch is lost, the index is removed or no command came for
    /// `idleLimit`; returns why it stopped. The socket is removed on the way out.
    public func serve() -> String {
        defer { unlink(location.socketPath) }
        var lastRequest = Date()
        while true {
            if let lost { return lost }
            var descriptors = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: listener, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 2, 30_000)
            if ready < 0 && errno != EINTR { return "poll failed (\(String(cString: strerror(errno))))" }
            if descriptors[0].revents != 0 { drain() }
            if descriptors[1].revents != 0 {
                answerOne()
                lastRequest = Date()
            }
            if Date().timeIntervalSince(lastRequest) > idleLimit {
                return "no command asked for \(Int(idleLimit)) s"
            }
            if access(location.indexPath, F_OK) != 0 { return "the index \(location.indexPath) was removed" }
        }
    }

    private func answerOne() {
        let client = accept(listener, nil, nil)
        guard client >= 0 else { return }
        defer { close(client) }
        _ = fcntl(client, F_SETFD, FD_CLOEXEC)
        // `struct ucred`: pid, uid, gid. Only this user's commands are answered.
        var credentials: (pid: Int32, uid: UInt32, gid: UInt32) = (0, 0, 0)
        var length = socklen_t(MemoryLayout<(Int32, UInt32, UInt32)>.size)
        guard getsockopt(client, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0, credentials.uid == getuid() else { return }
        WatchSocket.setTimeout(client, seconds: 5)
        guard let bytes = WatchSocket.receiveAll(client, limit: 1 << 20) else { return }
        let reply = answer(WatchMessage(bytes: bytes))
        _ = WatchSocket.sendAll(client, reply.bytes)
    }

    /// The reply to one request. Reads the event queue first (see the type's comment).
    func answer(_ request: WatchMessage) -> WatchMessage {
        drain()
        let fields = request.fields
        switch fields.first {
        case "since":
            guard fields.count >= 3 else { return unknown("a malformed request") }
            if let lost { return unknown(lost) }
            if Array(fields.dropFirst(3)) != roots {
                // Another corpus shares this index: the next command starts a watcher for it.
                lost = "the index is now used for other folders"
                return unknown(lost ?? "")
            }
            if let moved = movedRoot() {
                lost = moved
                return unknown(moved)
            }
            guard fields[1] == instance, let since = UInt64(fields[2]), since >= forgotten, since <= round else {
                return unknown(fields[1].isEmpty ? "the index has no point of this watcher yet" : "the index's point is not this watcher's")
            }
            let paths = changed.filter { $0.value > since }.map(\.key).sorted()
            return WatchMessage(["changed", instance, String(round)] + paths)
        case "synced":
            if fields.count >= 3, fields[1] == instance, let point = UInt64(fields[2]), point <= round, point > forgotten {
                forgotten = point
                changed = changed.filter { $0.value > point }
            }
            return WatchMessage(["ok", instance, String(round)])
        case "status":
            return WatchMessage(["status", instance, String(round), String(getpid()), location.indexPath,
                                 String(watches.count), String(changed.count)] + roots)
        case "stop":
            lost = "asked to stop"
            return WatchMessage(["ok", instance, String(round)])
        default:
            return unknown("an unknown request")
        }
    }

    private func unknown(_ reason: String) -> WatchMessage {
        WatchMessage(["unknown", instance, String(round), reason])
    }

    /// Why a root no longer is the folder that is watched (moved away, replaced), if it is not.
    private func movedRoot() -> String? {
        for (root, identity) in zip(roots, rootIdentities) {
            var info = stat()
            guard SystemPath.withCString(root, { stat($0, &info) }) == 0,
                  Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)) == identity else {
                return "\(root) was moved, removed or replaced"
            }
        }
        return nil
    }

    /// Reads every queued event, recording the changed paths in a new round.
    func drain() {
        let next = round + 1
        var any = false
        let size = 65_536
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(inotify, buffer, size)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer.advanced(by: offset + header).assumingMemoryBound(to: UInt8.self)
                let nameBytes = Array(UnsafeBufferPointer(start: nameStart, count: Int(event.len))).prefix { $0 != 0 }
                if handle(wd: event.wd, mask: event.mask, name: Array(nameBytes), round: next) { any = true }
                offset += header + Int(event.len)
            }
        }
        if any { round = next }
    }

    /// Records one event; true when it changed a path of the corpus.
    private func handle(wd: Int32, mask: UInt32, name: [UInt8], round next: UInt64) -> Bool {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            lost = "the kernel's event queue overflowed"
            return false
        }
        if wd == indexWatch {
            if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)) != 0 { lost = "the index \(location.indexPath) was removed" }
            return false
        }
        if mask & UInt32(IN_UNMOUNT) != 0 {
            lost = "a file system under the corpus was unmounted"
            return false
        }
        guard let folder = folders[wd] else { return false }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders.removeValue(forKey: wd)
            if watches[folder] == wd { watches.removeValue(forKey: folder) }
            if roots.contains(folder) { lost = "\(folder) was moved or removed" }
            return false
        }
        if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)) != 0 {
            if roots.contains(folder) { lost = "\(folder) was moved or removed" }
            return false
        }
        guard let first = name.first, first != UInt8(ascii: ".") else { return false }
        let path = folder.hasSuffix("/") ? folder + SystemPath.decode(name) : folder + "/" + SystemPath.decode(name)
        changed[path] = next
        if changed.count > Self.changeLimit {
            // Looking at every file is then cheaper than at each of these.
            lost = "more than \(Self.changeLimit) paths changed"
        }
        let arrived = mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & (UInt32(IN_MOVED_FROM) | UInt32(IN_DELETE)) != 0 { unwatch(path) }
            if arrived {
                do {
                    try watchTree(path)
                } catch {
                    lost = error.description
                }
            }
        } else if arrived {
            var info = stat()
            var subfolders: [String] = []
            if SystemPath.withCString(path, { lstat($0, &info) }) == 0 {
                do {
                    try check(path, info, subfolders: &subfolders)
                } catch {
                    lost = error.description
                }
            }
        }
        return true
    }

    /// Drops the watches of a folder that left the corpus, and of the folders under it.
    private func unwatch(_ path: String) {
        let prefix = path + "/"
        for (folder, wd) in watches where folder == path || folder.hasPrefix(prefix) {
            inotify_rm_watch(inotify, wd)
            folders.removeValue(forKey: wd)
            watches.removeValue(forKey: folder)
        }
    }
}

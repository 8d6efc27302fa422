import Foundation

/// The one-writer lock of an index: an advisory `flock` on a file beside the database
/// (`<index>.lock`), held by the process that refreshes the index. Readers never take it; a
/// second writer either waits for it or leaves the index as it is. The kernel releases it when
/// the holder exits, however it exits (kill -9 included), so a stale lock cannot outlive its process.
public final class IndexLock: @unchecked Sendable {
    /// The lock file.
    public let path: String
    private var descriptor: Int32 = -1
    private let mutex = NSLock()

    public init(indexPath: String) {
        path = indexPath + ".lock"
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Whether this object holds the lock.
    public var isHeld: Bool {
        mutex.lock()
        defer { mutex.unlock() }
        return descriptor >= 0
    }

    /// Takes the lock when it is free. False when another process (or another `IndexLock` of
    /// this process) holds it. Throws when the lock file cannot be made (a read-only folder).
    public func tryLock() throws -> Bool {
        try acquire(blocking: false)
    }

    /// Takes the lock, waiting as long as another process holds it; `waiting` is called once,
    /// after `noticeAfter` seconds, with the holder's process id when it is known.
    public func lock(noticeAfter: Double = 1, waiting: (Int32?) -> Void = { _ in }) throws {
        if try acquire(blocking: false) { return }
        let start = Date()
        var noticed = false
        while true {
            if try acquire(blocking: false) { return }
            if !noticed, Date().timeIntervalSince(start) >= noticeAfter {
                noticed = true
                waiting(holder())
            }
            usleep(50_000)
        }
    }

    /// Releases the lock (nothing when not held).
    public func unlock() {
        mutex.lock()
        defer { mutex.unlock() }
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    /// The process id the holder wrote into the lock file, if any.
    public func holder() -> Int32? {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private func acquire(blocking: Bool) throws -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        if descriptor >= 0 { return true }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let cause: StorageError.Cause = errno == ENOSPC ? .diskFull : .readOnly
            throw StorageError(cause: cause, message: "the index lock \(path) cannot be made (\(cause == .diskFull ? "the disk is full" : "read-only folder"))")
        }
        // flock locks belong to the open file description: a second descriptor of this process
        // is refused like another process, so two refreshes in one process exclude each other too.
        guard flock(fd, blocking ? LOCK_EX : LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return false
        }
        let pid = Array("\(getpid())\n".utf8)
        if ftruncate(fd, 0) == 0 {
            _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        }
        descriptor = fd
        return true
    }
}

import Foundation
import GRDB

/// Copies committed pages of the write-ahead log into the database on its own thread and
/// connection while a bulk load writes (a passive checkpoint never blocks the writer), after
/// each commit and at least every half second.
final class Checkpointer: @unchecked Sendable {
    private let condition = NSCondition()
    private var running = true
    private var poked = false
    private var finished = false

    /// Nil when a second connection cannot be opened: the caller's final checkpoint then does
    /// all the copying.
    init?(path: String) {
        var config = Configuration()
        config.busyMode = .timeout(5)
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return nil }
        let thread = Thread { [self] in
            Thread.current.name = "baoterm-ckpt"
            while waitForWork() {
                _ = try? queue.inDatabase { db in try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)") }
            }
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// Asks for a checkpoint now (a commit just happened).
    func poke() {
        condition.lock()
        poked = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the thread and waits for its last checkpoint to end.
    func stop() {
        condition.lock()
        running = false
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    /// Waits for a poke or half a second; false once stopped.
    private func waitForWork() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if running && !poked { _ = condition.wait(until: Date().addingTimeInterval(0.5)) }
        poked = false
        return running
    }
}

import Foundation

/// A bounded hand-over of parsed batches from the parsing thread to the writer thread: `put`
/// waits while `capacity` batches are waiting, `take` waits for a batch and returns nil once the
/// producer is finished and everything was taken.
final class BatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [ParsedBatch] = []
    private var producing = true
    private var consuming = true
    private let capacity: Int
    /// Time spent waiting in `put` (for room) and in `take` (for a batch).
    private(set) var putWaitSeconds = 0.0
    private(set) var takeWaitSeconds = 0.0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    func put(_ batch: ParsedBatch) {
        condition.lock()
        defer { condition.unlock() }
        if items.count >= capacity && consuming {
            let began = Date()
            while items.count >= capacity && consuming { condition.wait() }
            putWaitSeconds += Date().timeIntervalSince(began)
        }
        if consuming { items.append(batch) }
        condition.broadcast()
    }

    func take() -> ParsedBatch? {
        condition.lock()
        defer { condition.unlock() }
        if items.isEmpty && producing {
            let began = Date()
            while items.isEmpty && producing { condition.wait() }
            takeWaitSeconds += Date().timeIntervalSince(began)
        }
        condition.broadcast()
        return items.isEmpty ? nil : items.removeFirst()
    }

    /// The producer has nothing more.
    func finishPutting() {
        condition.lock()
        producing = false
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stopped: `put` no longer waits, and `waitUntilTaken` returns.
    func finishTaking() {
        condition.lock()
        consuming = false
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the consumer to stop.
    func waitUntilTaken() {
        condition.lock()
        while consuming { condition.wait() }
        condition.unlock()
    }
}

import BaoCore
@testable import BaoCorpus
import XCTest

/// The hand-over between the parsing thread and the index writer.
final class BatchQueueTests: XCTestCase {
    private static func batch(_ end: Int) -> ParsedBatch { ParsedBatch(outcomes: [], end: end) }

    func testBatchesComeOutInOrderAndNilAfterTheProducerFinishes() {
        let queue = BatchQueue(capacity: 2)
        let taken = Locked([Int]())
        let consumer = Thread {
            while let next = queue.take() { taken.update { $0.append(next.end) } }
            queue.finishTaking()
        }
        consumer.start()
        for end in 1...50 { queue.put(Self.batch(end)) }
        queue.finishPutting()
        queue.waitUntilTaken()
        XCTAssertEqual(taken.read { $0 }, Array(1...50))
    }

    /// `put` waits while `capacity` batches wait, and stops waiting once the consumer has stopped.
    func testPutWaitsAtCapacityAndNotAfterTheConsumerStopped() {
        let queue = BatchQueue(capacity: 2)
        queue.put(Self.batch(1))
        queue.put(Self.batch(2))
        let thirdPut = DispatchSemaphore(value: 0)
        Thread {
            queue.put(BatchQueueTests.batch(3))
            thirdPut.signal()
        }.start()
        // Nothing takes: the third put is still waiting after a while.
        XCTAssertEqual(thirdPut.wait(timeout: .now() + 0.3), .timedOut)
        XCTAssertEqual(queue.take()?.end, 1)
        XCTAssertEqual(thirdPut.wait(timeout: .now() + 5), .success)
        queue.finishTaking()
        // A stopped consumer takes nothing more; putting must not block.
        queue.put(Self.batch(4))
        queue.put(Self.batch(5))
        queue.put(Self.batch(6))
        queue.waitUntilTaken()
        XCTAssertGreaterThan(queue.putWaitSeconds, 0.2)
    }
}

final class BulkRefreshTests: XCTestCase {
    /// A refresh large enough for the bulk path (several parse batches, the checkpointer thread,
    /// a transaction over several batches) indexes every file, leaves a sound database with an
    /// emptied write-ahead log, and finds the last file's word.
    func testBulkLoadIndexesEverythingAndEmptiesTheLog() throws {
        let corpus = try TempCorpus()
        let count = 700
        for number in 0..<count {
            try corpus.write(String(format: "%04d.txt", number),
                             "Bài số \(number) về Cần Thơ\n\nĐoạn mở đầu.\n\nThành ủy Cần Thơ bàn việc xq\(number) với Nghị quyết 59-NQ/TW.\n")
        }
        let index = try corpus.open()
        let summary = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(summary.added, count)
        XCTAssertTrue(summary.failures.isEmpty, "\(summary.failures)")
        XCTAssertEqual(try index.articleCount(), count)
        XCTAssertEqual(try index.integrityCheck(), "ok")
        let log = (try? FileManager.default.attributesOfItem(atPath: corpus.indexPath + "-wal"))?[.size] as? Int ?? 0
        XCTAssertEqual(log, 0, "the log is truncated after a bulk load")
        XCTAssertEqual(try index.search("xq\(count - 1)", limit: 5).map { ($0.article.path as NSString).lastPathComponent },
                       [String(format: "%04d.txt", count - 1)])
        XCTAssertEqual(try index.search("\"Thành ủy Cần Thơ\"", limit: count + 1).count, count)
        // A second refresh finds nothing to do.
        XCTAssertTrue(try index.refresh(roots: [corpus.folder]).isNoOp)
    }
}

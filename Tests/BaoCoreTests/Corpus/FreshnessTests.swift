import BaoCore
@testable import BaoCorpus
import Foundation
import XCTest

/// The refresh's look at what changed (`CorpusIndex+Freshness`): edits in place, additions,
/// removals and renames are all found, with or without a walk of the folders.
final class FreshnessTests: XCTestCase {
    /// Sets a file's modification time to an exact instant (nanoseconds since 1970).
    private func setTime(_ path: String, nanoseconds: Int64) throws {
        var times = [timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000)),
                     timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
    }

    private func time(_ path: String) -> Int64 {
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        return ListedFile(path: path, info: info).mtime
    }

    private func folderTime(_ corpus: TempCorpus) -> Int64 { time(corpus.folder) }

    /// The same size, the same modification time to the nanosecond (two writes in one clock
    /// tick): the content is still read again, because the first time was too recent to trust.
    func testEditInPlaceWithSameSizeAndSameTimeIsFound() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Tin một\nĐoàn đến thăm tỉnh bạn.\n")
        try corpus.write("b.txt", "Tin hai\nMưa lớn kéo dài.\n")
        let path = corpus.path("a.txt")
        let written = time(path)
        let (index, first) = try corpus.refreshed()
        XCTAssertEqual(first.added, 2)
        XCTAssertEqual(try index.search("tham", limit: 5).count, 1)
        // The same number of bytes, and the time set back to the first write's.
        try corpus.write("a.txt", "Tin một\nĐoàn chống tham nhũng bạn.\n")
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: path))[.size] as? Int, 44)
        try setTime(path, nanoseconds: written)
        XCTAssertEqual(time(path), written)
        let second = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(second.updated, 1, "\(second)")
        XCTAssertEqual(second.unchanged, 1)
        XCTAssertEqual(try index.search("tham nhung", limit: 5).count, 1)
        XCTAssertEqual(try index.search("thăm", limit: 5).count, 0)
        // Nothing changed since: nothing is reported, though the recent files are read again.
        XCTAssertTrue(try index.refresh(roots: [corpus.folder]).isNoOp)
    }

    /// An old file edited in place with the same size and its time set back to what it was:
    /// its status change time, which cannot be set back, is after the last refresh.
    func testEditInPlaceWithTheTimeSetBackIsFoundByTheStatusChange() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Tin một\nĐoàn đến thăm tỉnh bạn.\n")
        try corpus.write("b.txt", "Tin hai\nMưa lớn kéo dài.\n")
        for name in ["a.txt", "b.txt"] { try corpus.age(name, secondsAgo: 3600) }
        let (index, _) = try corpus.refreshed()
        let stored = try XCTUnwrap(try index.storedChangedBefore())
        let path = corpus.path("a.txt")
        let written = time(path)
        XCTAssertLessThan(written, stored)
        try corpus.write("a.txt", "Tin một\nĐoàn chống tham nhũng bạn.\n")
        try setTime(path, nanoseconds: written)
        let second = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(second.updated, 1, "\(second)")
        XCTAssertEqual(try index.search("tham nhung", limit: 5).count, 1)
        // Read again (at most) until the stored time passes the edit, never written again.
        XCTAssertTrue(try index.refresh(roots: [corpus.folder]).isNoOp)
        XCTAssertTrue(try index.refresh(roots: [corpus.folder]).isNoOp)
        XCTAssertGreaterThan(try XCTUnwrap(try index.storedChangedBefore()), stored)
    }

    /// Files older than the racy margin: an edit in place is found through the file's own time,
    /// without a walk (the folder's time does not change).
    func testEditInPlaceOfAnOldFileWithoutAWalk() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Tin một\nĐoàn đến thăm tỉnh bạn.\n")
        try corpus.write("b.txt", "Tin hai\nMưa lớn kéo dài.\n")
        for name in ["a.txt", "b.txt"] { try corpus.age(name, secondsAgo: 3600) }
        let old = Int64(Date().addingTimeInterval(-3600).timeIntervalSince1970) * 1_000_000_000
        try setTime(corpus.folder, nanoseconds: old)
        let (index, _) = try corpus.refreshed()
        let record = try XCTUnwrap(try index.walkRecord())
        XCTAssertEqual(record.folders.map(\.path), [IndexLocation.absolutePath(corpus.folder)])
        XCTAssertEqual(record.folders.map(\.mtime), [old], "an old folder's time is kept")
        XCTAssertNotNil(try index.quickCheck(record, roots: [IndexLocation.absolutePath(corpus.folder)]))

        try corpus.write("a.txt", "Tin một\nĐoàn đến thăm tỉnh Hà Giang.\n")
        try setTime(corpus.folder, nanoseconds: old)
        let check = try XCTUnwrap(try index.quickCheck(record, roots: [IndexLocation.absolutePath(corpus.folder)]))
        XCTAssertEqual(check.candidates.map { ($0.file.path as NSString).lastPathComponent }, ["a.txt"])
        let summary = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(summary.updated, 1)
        XCTAssertEqual(summary.unchanged, 1)
        XCTAssertEqual(try index.search("ha giang", limit: 5).count, 1)
    }

    func testAddedRemovedAndRenamedFilesAreFound() throws {
        let corpus = try TempCorpus()
        try FileManager.default.createDirectory(atPath: corpus.path("sub"), withIntermediateDirectories: true)
        try corpus.write("a.txt", "Tin một\nĐoàn đến thăm tỉnh bạn.\n")
        try corpus.write("sub/b.txt", "Tin hai\nMưa lớn kéo dài.\n")
        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try index.walkRecord()?.folders.count, 2)

        try corpus.write("sub/c.txt", "Tin ba\nNắng nóng gay gắt.\n")
        XCTAssertEqual(try index.refresh(roots: [corpus.folder]).added, 1)
        try corpus.remove("sub/b.txt")
        XCTAssertEqual(try index.refresh(roots: [corpus.folder]).removed, 1)
        try FileManager.default.moveItem(atPath: corpus.path("a.txt"), toPath: corpus.path("sub/d.txt"))
        let renamed = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(renamed.added, 1)
        XCTAssertEqual(renamed.removed, 1)
        XCTAssertEqual(try index.search("tham", limit: 5).map { ($0.article.path as NSString).lastPathComponent }, ["d.txt"])
        XCTAssertEqual(try index.articleCount(), 2)
    }

    /// More files than one thread looks at, in several folders: an edit in place anywhere in
    /// the list is found without a walk, and a file gone while its folder kept its time sends
    /// the refresh back to a walk (which finds the removal).
    func testQuickCheckOverManyFilesInSeveralFolders() throws {
        let corpus = try TempCorpus()
        let folders = ["a", "b", "c"]
        for folder in folders { try FileManager.default.createDirectory(atPath: corpus.path(folder), withIntermediateDirectories: true) }
        var names: [String] = []
        for number in 0..<(CorpusIndex.statBatch / 8 * 3) {
            let name = "\(folders[number % 3])/\(number).txt"
            try corpus.write(name, "Tin \(number)\nMưa lớn ở xã số \(number).\n")
            try corpus.age(name, secondsAgo: 3600)
            names.append(name)
        }
        let old = Int64(Date().addingTimeInterval(-3600).timeIntervalSince1970) * 1_000_000_000
        for folder in folders { try setTime(corpus.path(folder), nanoseconds: old) }
        try setTime(corpus.folder, nanoseconds: old)
        let (index, first) = try corpus.refreshed()
        XCTAssertEqual(first.added, names.count)
        let roots = [IndexLocation.absolutePath(corpus.folder)]
        let record = try XCTUnwrap(try index.walkRecord())
        let unchanged = try XCTUnwrap(try index.quickCheck(record, roots: roots))
        XCTAssertEqual(unchanged.files, names.count)
        XCTAssertEqual(unchanged.unchanged, names.count)

        let edited = [names[0], names[names.count / 2], names[names.count - 1]]
        for name in edited { try corpus.write(name, "Tin sửa\nNắng nóng gay gắt ở \(name).\n") }
        for folder in folders { try setTime(corpus.path(folder), nanoseconds: old) }
        let check = try XCTUnwrap(try index.quickCheck(record, roots: roots))
        XCTAssertEqual(check.candidates.map(\.file.path).sorted(), edited.map { IndexLocation.absolutePath(corpus.path($0)) }.sorted())
        XCTAssertEqual(check.unchanged, names.count - edited.count)
        XCTAssertEqual(try index.refresh(roots: [corpus.folder]).updated, edited.count)

        try corpus.remove(names[names.count / 3])
        for folder in folders { try setTime(corpus.path(folder), nanoseconds: old) }
        XCTAssertNil(try index.quickCheck(record, roots: roots), "a missing file needs a walk")
        XCTAssertEqual(try index.refresh(roots: [corpus.folder]).removed, 1)
        XCTAssertEqual(try index.articleCount(), names.count - 1)
    }

    /// A file that cannot be indexed is read (and reported) again by every refresh, walk or not.
    func testUnreadableFileIsReportedByEveryRefresh() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Tin một\nĐoàn đến thăm tỉnh bạn.\n")
        try Data([0xC3, 0x28, 0xFF, 0xFE, 0xFD]).write(to: URL(fileURLWithPath: corpus.path("bad.txt")))
        let (index, first) = try corpus.refreshed()
        XCTAssertEqual(first.failures.map { ($0.path as NSString).lastPathComponent }, ["bad.txt"])
        XCTAssertEqual(try index.walkRecord()?.failed.count, 1)
        let second = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(second.failures.map { ($0.path as NSString).lastPathComponent }, ["bad.txt"])
        XCTAssertEqual(second.files, 2)
    }

    func testRecordTextRoundTrips() throws {
        let record = CorpusIndex.WalkRecord(roots: ["/a", "/b c"], folders: [("/a", 12), ("/a/x", 0)], failed: ["/a/x/bad.txt"])
        XCTAssertEqual(CorpusIndex.WalkRecord(text: record.text), record)
        XCTAssertNil(CorpusIndex.WalkRecord(text: "D\tnot-a-number\t/a"))
    }
}

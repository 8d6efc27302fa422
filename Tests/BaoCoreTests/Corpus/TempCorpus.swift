import BaoCore
@testable import BaoCorpus
import Foundation

/// A folder of article files written by a test, with an index database beside it; removed on deinit.
final class TempCorpus {
    let root: String
    let folder: String
    let indexPath: String
    /// The user's state database of this corpus' tests.
    let statePath: String

    init() throws {
        root = (NSTemporaryDirectory() as NSString).appendingPathComponent("baoterm-corpus-\(UUID().uuidString)")
        folder = (root as NSString).appendingPathComponent("articles")
        indexPath = (root as NSString).appendingPathComponent("index.sqlite")
        statePath = (root as NSString).appendingPathComponent("state/state.sqlite")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    func path(_ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(atPath: path(name))
    }

    /// Sets the file's modification time to `secondsAgo` before now.
    func age(_ name: String, secondsAgo: TimeInterval) throws {
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-secondsAgo)], ofItemAtPath: path(name))
    }

    func open() throws -> CorpusIndex {
        try CorpusIndex(path: indexPath, state: UserState(path: statePath))
    }

    /// Opens and refreshes the index over the folder.
    func refreshed() throws -> (CorpusIndex, RefreshSummary) {
        let index = try open()
        return (index, try index.refresh(roots: [folder]))
    }
}

extension Array where Element == SearchHit {
    /// File names of the hits, sorted.
    var names: [String] { map { ($0.article.path as NSString).lastPathComponent }.sorted() }
}

extension Array where Element == ArticleSummary {
    var names: [String] { map { ($0.path as NSString).lastPathComponent }.sorted() }
}

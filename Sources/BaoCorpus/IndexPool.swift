import Foundation
import GRDB

/// The index's SQLite connections, as `CorpusIndex` uses them: every error leaves here described
/// by its cause in baoterm's words (`StorageError`), and a damaged database is remembered, so
/// that the next refresh rebuilds it. A rebuild swaps in new connections under the same object.
final class IndexPool: @unchecked Sendable {
    let path: String
    private let current: Locked<DatabasePool>

    init(path: String, pool: DatabasePool) {
        self.path = path
        current = Locked(pool)
    }

    /// The connections in use now.
    var database: DatabasePool { current.read { $0 } }

    /// Puts new connections (a rebuilt database) in place of the old ones.
    func replace(with pool: DatabasePool) {
        current.update { $0 = pool }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try described { try database.read(body) }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try described { try database.write(body) }
    }

    func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try described { try database.writeWithoutTransaction(body) }
    }

    /// The marker left beside a database found damaged while it was read: the next refresh,
    /// which holds the writer lock, rebuilds the index instead of trusting it.
    static func damageMarker(_ path: String) -> String { path + ".damaged" }

    private func described<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            let described = StorageError(error, path: path, what: .index)
            if described.cause == .corrupt {
                // SQLite's own words, for whoever looks at the file: the user sees `described`.
                _ = FileManager.default.createFile(atPath: Self.damageMarker(path), contents: Data("\(error)\n".utf8))
            }
            throw described
        }
    }
}

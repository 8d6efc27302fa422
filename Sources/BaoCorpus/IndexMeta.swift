import GRDB

/// The index's `meta` table: one text value per key (content version, walk record, the folder
/// watcher's point, the corpus step, the version that last wrote the file, …).
enum IndexMeta {
    static func value(_ db: Database, _ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }

    static func set(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
    }

    static func remove(_ db: Database, _ key: String) throws {
        try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
    }
}

import Foundation

/// What the file system holds at a database path, looked at before SQLite opens it: SQLite would
/// happily open `/dev/null` (and leave a `/dev/null-journal` beside it) or overwrite a text file.
enum StorageFile {
    enum Kind: Equatable {
        case missing
        /// A regular file (a symbolic link to one included) of this many bytes.
        case regular(size: Int64)
        /// Something no database can be: "a folder", "a device", …
        case other(String)
    }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int64(info.st_size))
        case S_IFDIR: return .other("a folder")
        case S_IFCHR, S_IFBLK: return .other("a device")
        case S_IFIFO: return .other("a pipe")
        case S_IFSOCK: return .other("a socket")
        default: return .other("not a regular file")
        }
    }

    /// The first 100 bytes of the file (SQLite's database header); nil when missing or empty.
    static func header(_ path: String) -> Header? {
        guard case .regular(let size) = kind(path), size > 0,
              let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 100) else { return nil }
        return Header(bytes: [UInt8](data))
    }

    /// SQLite's database file header.
    struct Header {
        var bytes: [UInt8]

        static let magic = Array("SQLite format 3\0".utf8)

        var isSQLite: Bool { bytes.count >= 16 && Array(bytes[0..<16]) == Self.magic }

        /// The page size (a power of two from 512 to 65536), nil when the header holds none.
        var pageSize: Int? {
            guard bytes.count >= 100 else { return nil }
            let raw = Int(bytes[16]) << 8 | Int(bytes[17])
            let size = raw == 1 ? 65536 : raw
            return size >= 512 && size & (size - 1) == 0 ? size : nil
        }

        func uint32(at offset: Int) -> UInt32 {
            guard bytes.count >= offset + 4 else { return 0 }
            return bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
        }
    }

    /// Removes a database and the journal files SQLite keeps beside it.
    static func removeDatabase(_ path: String) throws {
        for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}

/// The folder a database goes in, created when missing, with a message that names the cause
/// when it cannot be: a part of the path that is a file (`XDG_CACHE_HOME=/etc/passwd`), a
/// read-only parent.
enum StorageFolder {
    /// Creates the folder holding `path`. `variable` names the setting that chose it.
    static func prepare(for path: String, variable: String, what: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        var missing: [String] = []
        var existing = folder
        while StorageFile.kind(existing) == .missing, existing != "/", !existing.isEmpty {
            missing.append(existing)
            existing = (existing as NSString).deletingLastPathComponent
        }
        if case .other(let kind) = StorageFile.kind(existing), kind != "a folder" {
            throw StorageError(cause: .notAFolder, message: "\(what) cannot be kept in \(folder): \(existing) is \(kind), not a folder (see $\(variable))")
        }
        if case .regular = StorageFile.kind(existing) {
            throw StorageError(cause: .notAFolder, message: "\(what) cannot be kept in \(folder): \(existing) is a file, not a folder (see $\(variable))")
        }
        for component in missing.reversed() where mkdir(component, 0o755) != 0 && errno != EEXIST {
            let cause: StorageError.Cause = errno == ENOSPC ? .diskFull : (errno == EACCES || errno == EROFS || errno == EPERM) ? .readOnly : .other
            let reason = cause == .diskFull ? "the disk is full" : cause == .readOnly ? "\(existing) is read-only" : String(cString: strerror(errno)).lowercased()
            throw StorageError(cause: cause, message: "\(what) cannot be kept in \(folder): the folder cannot be created (\(reason))")
        }
    }

    /// Whether new files can be made in the folder holding `path`.
    static func isWritable(for path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(folder.isEmpty ? "." : folder, W_OK) == 0
    }
}

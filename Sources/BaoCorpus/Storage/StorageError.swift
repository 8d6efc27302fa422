import Foundation
import GRDB

/// Why the index or the user's state could not be used, by cause, in words a user can act on:
/// no SQL, no error codes of the frameworks below, and never advice to delete a file that holds
/// what the user saved.
public struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Cause: Sendable, Equatable {
        /// The disk (or the user's quota) is full.
        case diskFull
        /// The file or its folder cannot be written.
        case readOnly
        /// Another process holds the database and did not let go in time.
        case busy
        /// The file's content is damaged.
        case corrupt
        /// The disk reported an error.
        case ioError
        /// Written by a newer baoterm (whose version is known when it said so).
        case newerFormat(writtenBy: String?)
        /// The path names something that is not a baoterm database (a device, a folder, another file).
        case notAnIndex
        /// A folder on the way is a file.
        case notAFolder
        case other
    }

    /// What a database holds, for the messages.
    public enum Subject: Sendable {
        case index
        case state

        var noun: String {
            switch self {
            case .index: "the index"
            case .state: "the read marks and bookmarks"
            }
        }
    }

    public var cause: Cause
    public var message: String

    public init(cause: Cause = .other, message: String) {
        self.cause = cause
        self.message = message
    }

    public var description: String { message }

    /// `error` (from SQLite, the file system or baoterm itself) described by cause for `path`.
    public init(_ error: any Error, path: String, what: Subject) {
        if let error = error as? StorageError {
            self = error
            return
        }
        let cause = Self.cause(of: error)
        self.init(cause: cause, message: Self.message(cause, path: path, what: what, error: error))
    }

    /// The message for any error met while using `path`.
    static func describe(_ error: any Error, path: String, what: Subject) -> String {
        StorageError(error, path: path, what: what).message
    }

    static func cause(of error: any Error) -> Cause {
        if let error = error as? StorageError { return error.cause }
        if let error = error as? DatabaseError {
            switch error.resultCode.primaryResultCode {
            case .SQLITE_FULL: return .diskFull
            case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return .readOnly
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .corrupt
            case .SQLITE_IOERR:
                // SQLite reports a write that found no room as an I/O error on some paths.
                return error.message?.localizedCaseInsensitiveContains("disk is full") == true ? .diskFull : .ioError
            case .SQLITE_CANTOPEN: return .readOnly
            default: return .other
            }
        }
        let code = (error as NSError).code
        if (error as NSError).domain == NSPOSIXErrorDomain {
            switch Int32(code) {
            case ENOSPC, EDQUOT: return .diskFull
            case EROFS, EACCES, EPERM: return .readOnly
            case ENOTDIR: return .notAFolder
            case EIO: return .ioError
            default: return .other
            }
        }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileWriteOutOfSpace: return .diskFull
            case .fileWriteNoPermission, .fileWriteVolumeReadOnly, .fileReadNoPermission: return .readOnly
            default: break
            }
            if let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? any Error { return cause(of: underlying) }
        }
        return .other
    }

    static func message(_ cause: Cause, path: String, what: Subject, error: any Error) -> String {
        let subject = what.noun
        switch cause {
        case .diskFull:
            return "the disk holding \(subject) \(path) is full: free some space and run the command again (\(subject) keeps its last complete state)"
        case .readOnly:
            return "\(subject) \(path) cannot be written (read-only file or folder)"
        case .busy:
            return "\(subject) \(path) is busy in another baoterm process: run the command again when it is done"
        case .corrupt:
            return what == .index
                ? "the index \(path) is damaged: it is rebuilt from the articles when baoterm next updates it (read marks and bookmarks are kept apart and are not affected)"
                : "the read marks and bookmarks \(path) are damaged"
        case .ioError:
            return "the disk reported an error while reading or writing \(subject) \(path)"
        case .newerFormat(let version):
            let by = version.map { "baoterm \($0)" } ?? "a newer baoterm"
            return "\(subject) \(path) was written by \(by), newer than this baoterm \(BaotermVersion.current): use that version"
                + (what == .index ? ", or give another index file with --index" : "")
        case .notAnIndex:
            return "\(path) is not a baoterm \(what == .index ? "index" : "state database"): give another file"
                + (what == .index ? " with --index" : "")
        case .notAFolder:
            return "\(subject) cannot be kept in \(path): a part of that path is a file, not a folder"
        case .other:
            if let database = error as? DatabaseError {
                return "\(subject) \(path) could not be used (database error \(database.resultCode.primaryResultCode.rawValue))"
            }
            return "\(subject) \(path) could not be used"
        }
    }
}

/// The version this build of baoterm reports with `--version`, and writes into the databases it
/// creates, so that an older baoterm can name the one that wrote them.
public enum BaotermVersion {
    public static let current = "0.1.0"
}

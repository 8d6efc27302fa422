import BaoText
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A point in a watcher's record of changes: the watcher (`instance`, new each time one
/// starts) and how many rounds of changes it had recorded (`sequence`).
public struct WatchPoint: Sendable, Equatable {
    public var instance: String
    public var sequence: UInt64

    public init(instance: String, sequence: UInt64) {
        self.instance = instance
        self.sequence = sequence
    }
}

/// What a watcher answers a command that asks what changed.
public enum WatchAnswer: Sendable, Equatable {
    /// The paths (files or folders, absolute) that changed after the point the command gave,
    /// up to `point`. A folder is to be looked at whole.
    case changed(point: WatchPoint, paths: [String])
    /// The watcher cannot say what changed since the command's point (none given, another
    /// watcher's, forgotten, or the watch was lost): the command looks at every file, then
    /// may take `point` as its own.
    case unknown(point: WatchPoint?, reason: String)
    /// No watcher answered.
    case unreachable
}

/// One message between a command and a watcher: fields separated by NUL bytes (paths hold
/// any byte but NUL), sent over one connection, which the sender then closes for writing.
struct WatchMessage: Equatable {
    var fields: [String]

    init(_ fields: [String]) {
        self.fields = fields
    }

    var bytes: [UInt8] {
        var out: [UInt8] = []
        for field in fields {
            out += SystemPath.bytes(field)
            out.append(0)
        }
        return out
    }

    init(bytes: [UInt8]) {
        fields = bytes.split(separator: 0, omittingEmptySubsequences: false).dropLast().map { SystemPath.decode($0) }
    }

    /// The answer a watcher's reply holds.
    var answer: WatchAnswer {
        guard fields.count >= 3, let sequence = UInt64(fields[2]) else { return .unreachable }
        let point = WatchPoint(instance: fields[1], sequence: sequence)
        switch fields[0] {
        case "changed": return .changed(point: point, paths: Array(fields.dropFirst(3)))
        case "unknown": return .unknown(point: fields[1].isEmpty ? nil : point, reason: fields.count > 3 ? fields[3] : "")
        default: return .unreachable
        }
    }
}

/// A Unix socket connection carrying one request and its reply.
enum WatchSocket {
    /// Fills `address` with `path`; false when the path is too long for a socket.
    static func address(_ path: String) -> sockaddr_un? {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return address
    }

    /// A connected socket to `path`, or nil when nothing listens there.
    static func dial(_ path: String, timeout: Int) -> Int32? {
        guard var address = address(path) else { return nil }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return nil }
        setTimeout(fd, seconds: timeout)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    static func setTimeout(_ fd: Int32, seconds: Int) {
        var time = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Writes all of `bytes`; false when the peer went away or timed out.
    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// Reads until the peer closes (at most `limit` bytes); nil on a timeout or an error.
    static func receiveAll(_ fd: Int32, limit: Int) -> [UInt8]? {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { return out }
            out += buffer[0..<count]
            guard out.count <= limit else { return nil }
        }
    }

    /// Sends `request` to the watcher at `path` and reads its reply; nil when none came.
    static func exchange(_ path: String, _ request: WatchMessage, timeout: Int = 5) -> WatchMessage? {
        guard let fd = dial(path, timeout: timeout) else { return nil }
        defer { close(fd) }
        guard sendAll(fd, request.bytes) else { return nil }
        shutdown(fd, Int32(SHUT_WR))
        return receiveAll(fd, limit: 1 << 30).map(WatchMessage.init(bytes:))
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 and a free port, for tests and benchmarks that must not
/// touch the internet. One thread per connection, `Connection: close`, a handler per request.
public final class LocalHTTPServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var method: String
        /// The path with its query: "/rss/chinh-tri.rss?x=1".
        public var path: String
        /// Header names lower-cased.
        public var headers: [String: String]
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        /// Seconds to wait before answering (a slow server).
        public var delay: TimeInterval
        /// Bytes of filler sent after `body` without holding them in memory (a huge response).
        public var fillerBytes: Int
        /// No Content-Length: the body ends when the connection closes.
        public var closeDelimited: Bool

        public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = [], delay: TimeInterval = 0,
                    fillerBytes: Int = 0, closeDelimited: Bool = false) {
            self.closeDelimited = closeDelimited
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.fillerBytes = fillerBytes
        }

        public static func text(_ text: String, type: String = "text/html; charset=utf-8", status: Int = 200) -> Response {
            Response(status: status, headers: [("Content-Type", type)], body: Array(text.utf8))
        }
    }

    public let port: UInt16
    private let socketFD: Int32
    private let handler: @Sendable (Request) -> Response
    private let lock = NSLock()
    private var log: [Request] = []
    private var active = 0
    private var peak = 0
    private var stopped = false

    /// "http://127.0.0.1:PORT".
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public init(handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError("socket() failed") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 256) == 0 else {
            close(fd)
            throw ServerError("cannot listen on 127.0.0.1")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socketFD = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [weak self] in self?.acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    public func stop() {
        let wasStopped = lock.withLock { () -> Bool in
            defer { stopped = true }
            return stopped
        }
        guard !wasStopped else { return }
        shutdown(socketFD, Int32(SHUT_RDWR))
        close(socketFD)
    }

    /// Every request received so far, in order.
    public var requests: [Request] { lock.withLock { log } }

    /// The most connections open at once so far.
    public var peakConnections: Int { lock.withLock { peak } }

    private func acceptLoop() {
        while true {
            let client = accept(socketFD, nil, nil)
            if client < 0 {
                if lock.withLock({ stopped }) { return }
                if errno == EINTR { continue }
                return
            }
            let handler = self.handler
            Thread.detachNewThread { [self] in
                lock.withLock {
                    active += 1
                    peak = max(peak, active)
                }
                serve(client, handler)
                lock.withLock { active -= 1 }
                close(client)
            }
        }
    }

    private func serve(_ fd: Int32, _ handler: (Request) -> Response) {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while data.count < 65536 {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { return }
            data.append(contentsOf: buffer[0..<n])
            if data.count >= 4, data.suffix(4) == [13, 10, 13, 10] || containsHeaderEnd(data) { break }
        }
        let head = String(decoding: data, as: UTF8.self)
        let lines = head.components(separatedBy: "\r\n")
        let parts = (lines.first ?? "").split(separator: " ")
        guard parts.count >= 2 else { return }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let request = Request(method: String(parts[0]), path: String(parts[1]), headers: headers)
        lock.withLock { log.append(request) }
        let response = handler(request)
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var head2 = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        var names: Set<String> = []
        for (name, value) in response.headers {
            head2 += "\(name): \(value)\r\n"
            names.insert(name.lowercased())
        }
        if !names.contains("content-length"), !response.closeDelimited { head2 += "Content-Length: \(response.body.count + response.fillerBytes)\r\n" }
        head2 += "Connection: close\r\n\r\n"
        guard send(fd, Array(head2.utf8)) else { return }
        if request.method != "HEAD" {
            guard send(fd, response.body) else { return }
            var left = response.fillerBytes
            let chunk = [UInt8](repeating: 0x61, count: 65536)
            while left > 0 {
                let n = min(left, chunk.count)
                guard send(fd, Array(chunk[0..<n])) else { return }
                left -= n
            }
        }
    }

    private func containsHeaderEnd(_ data: [UInt8]) -> Bool {
        guard data.count >= 4 else { return false }
        for i in 0...(data.count - 4) where data[i] == 13 && data[i + 1] == 10 && data[i + 2] == 13 && data[i + 3] == 10 { return true }
        return false
    }

    /// Sends all of `bytes`; false when the client went away (no SIGPIPE: MSG_NOSIGNAL).
    private func send(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 304: return "Not Modified"
        case 404: return "Not Found"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }
}

public struct ServerError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

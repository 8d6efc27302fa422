import Foundation
import BaoCore
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// How baoterm talks to web servers.
public struct HTTPSettings: Sendable, Equatable {
    /// Seconds without a byte before a request fails; a whole request may take three times this.
    public var timeout: TimeInterval = 20
    /// Largest body read; a longer one is cut off and the request fails.
    public var maximumBytes = 8 * 1024 * 1024
    public var maximumRedirects = 5
    /// Further attempts after a timeout, a network failure or a 5xx/429 answer.
    public var retries = 2
    /// Seconds before the first retry; each next one waits twice as long, at most `maximumBackoff`.
    public var backoff: TimeInterval = 1
    public var maximumBackoff: TimeInterval = 8
    /// At most this many requests to one host at a time.
    public var connectionsPerHost = 4
    public var userAgent = "baoterm/\(BaoFetchVersion.current) (+https://github.com/baoterm/baoterm; RSS reader)"

    public init() {}
}

/// baoterm's version, as `baoterm --version` prints it and the User-Agent names it.
public enum BaoFetchVersion {
    public static let current = BaotermVersion.current
}

/// An HTTP answer: status, headers (names lower-cased), body and the URL after redirects.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]
    public var url: URL

    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Why a request failed, in words a user can act on.
public enum HTTPError: Error, Sendable, Equatable, CustomStringConvertible {
    case status(Int, url: String)
    case timeout(seconds: Int, url: String)
    case tooLarge(limit: Int, url: String)
    case tooManyRedirects(limit: Int, url: String)
    case network(String, url: String)

    public var description: String {
        switch self {
        case .status(let code, let url):
            return "\(url): HTTP \(code) \(HTTPURLResponse.localizedString(forStatusCode: code))"
        case .timeout(let seconds, let url):
            return "\(url): no answer within \(seconds) s (timed out)"
        case .tooLarge(let limit, let url):
            return "\(url): response larger than \(limit / (1024 * 1024)) MB, not read"
        case .tooManyRedirects(let limit, let url):
            return "\(url): more than \(limit) redirects (a redirect loop?)"
        case .network(let message, let url):
            return "\(url): \(message)"
        }
    }

    /// Worth trying again: the server or the network may recover.
    var isTransient: Bool {
        switch self {
        case .status(let code, _): return code >= 500 || code == 429
        case .timeout, .network: return true
        case .tooLarge, .tooManyRedirects: return false
        }
    }
}

/// GET requests through Foundation's URLSession, with baoterm's limits: a User-Agent naming
/// baoterm, timeouts, a body size limit, a redirect limit, at most `connectionsPerHost` requests
/// per host, and bounded retries with exponential backoff.
public final class HTTPClient: Sendable {
    public let settings: HTTPSettings
    private let configuration: URLSessionConfiguration
    private let limiter: HostLimiter

    public init(settings: HTTPSettings = HTTPSettings()) {
        self.settings = settings
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = settings.timeout
        configuration.timeoutIntervalForResource = settings.timeout * 3
        configuration.httpMaximumConnectionsPerHost = settings.connectionsPerHost
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpAdditionalHeaders = ["User-Agent": settings.userAgent]
        self.configuration = configuration
        limiter = HostLimiter(limit: settings.connectionsPerHost)
    }

    /// GETs `url`, retrying transient failures. Any status is returned; callers decide what fails.
    public func get(_ url: URL, headers: [String: String] = [:]) async throws(HTTPError) -> HTTPResponse {
        var attempt = 0
        while true {
            do {
                let response = try await once(url, headers: headers)
                if (response.status >= 500 || response.status == 429), attempt < settings.retries {
                    attempt += 1
                    await pause(attempt)
                    continue
                }
                return response
            } catch {
                guard error.isTransient, attempt < settings.retries else { throw error }
                attempt += 1
                await pause(attempt)
            }
        }
    }

    private func pause(_ attempt: Int) async {
        let seconds = min(settings.maximumBackoff, settings.backoff * pow(2, Double(attempt - 1)))
        try? await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
    }

    private func once(_ url: URL, headers: [String: String]) async throws(HTTPError) -> HTTPResponse {
        let host = url.host ?? ""
        await limiter.acquire(host)
        defer { Task { await limiter.release(host) } }
        var request = URLRequest(url: url)
        request.httpMethod = "GET"
        request.setValue(settings.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8",
                         forHTTPHeaderField: "Accept")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        // One session per request: FoundationNetworking on Linux traps when a request is cancelled
        // (the size limit) while another one of the same session is being redirected.
        let table = TaskTable(settings: settings)
        let session = URLSession(configuration: configuration, delegate: table, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let result: Result<HTTPResponse, HTTPError> = await withCheckedContinuation { continuation in
            let task = session.dataTask(with: request)
            table.start(task, url: url, continuation: continuation)
            task.resume()
        }
        return try result.get()
    }
}

/// The state of each running request, keyed by task, fed by URLSession's delegate callbacks.
private final class TaskTable: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct Entry {
        var url: URL
        var body: [UInt8] = []
        var redirects = 0
        var failure: HTTPError?
        var continuation: CheckedContinuation<Result<HTTPResponse, HTTPError>, Never>
    }

    private let settings: HTTPSettings
    private let lock = NSLock()
    private var entries: [Int: Entry] = [:]

    init(settings: HTTPSettings) {
        self.settings = settings
    }

    func start(_ task: URLSessionTask, url: URL, continuation: CheckedContinuation<Result<HTTPResponse, HTTPError>, Never>) {
        lock.withLock { entries[task.taskIdentifier] = Entry(url: url, continuation: continuation) }
    }

    private func fail(_ task: URLSessionTask, _ error: HTTPError) {
        lock.withLock { entries[task.taskIdentifier]?.failure = error }
        task.cancel()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let url = lock.withLock { entries[dataTask.taskIdentifier]?.url.absoluteString } ?? ""
        if response.expectedContentLength > Int64(settings.maximumBytes) {
            lock.withLock { entries[dataTask.taskIdentifier]?.failure = .tooLarge(limit: settings.maximumBytes, url: url) }
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflow: String? = lock.withLock {
            guard var entry = entries[dataTask.taskIdentifier], entry.failure == nil else { return nil }
            if entry.body.count + data.count > settings.maximumBytes {
                return entry.url.absoluteString
            }
            entry.body.append(contentsOf: data)
            entries[dataTask.taskIdentifier] = entry
            return nil
        }
        if let url = overflow { fail(dataTask, .tooLarge(limit: settings.maximumBytes, url: url)) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let allowed: Bool = lock.withLock {
            guard var entry = entries[task.taskIdentifier] else { return false }
            entry.redirects += 1
            if entry.redirects > settings.maximumRedirects {
                entry.failure = .tooManyRedirects(limit: settings.maximumRedirects, url: entry.url.absoluteString)
            }
            entries[task.taskIdentifier] = entry
            return entry.failure == nil
        }
        // Answered from another queue: FoundationNetworking on Linux traps when the handler runs
        // before it has recorded that it waits for it.
        let answer = UncheckedBox((completionHandler, allowed ? request : nil))
        DispatchQueue.global().async { answer.value.0(answer.value.1) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let entry = lock.withLock({ entries.removeValue(forKey: task.taskIdentifier) }) else { return }
        let url = entry.url.absoluteString
        if let failure = entry.failure {
            entry.continuation.resume(returning: .failure(failure))
            return
        }
        if let error {
            let code = (error as? URLError)?.code
            if code == .timedOut {
                entry.continuation.resume(returning: .failure(.timeout(seconds: Int(settings.timeout.rounded(.up)), url: url)))
            } else if code == .httpTooManyRedirects {
                entry.continuation.resume(returning: .failure(.tooManyRedirects(limit: settings.maximumRedirects, url: url)))
            } else {
                entry.continuation.resume(returning: .failure(.network(error.localizedDescription, url: url)))
            }
            return
        }
        guard let http = task.response as? HTTPURLResponse else {
            entry.continuation.resume(returning: .failure(.network("not an HTTP answer", url: url)))
            return
        }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let name = key as? String, let text = value as? String { headers[name.lowercased()] = text }
        }
        entry.continuation.resume(returning: .success(HTTPResponse(status: http.statusCode, headers: headers, body: entry.body,
                                                                   url: http.url ?? entry.url)))
    }
}

/// Lets at most `limit` requests run against one host; the others wait their turn.
actor HostLimiter {
    private let limit: Int
    private var running: [String: Int] = [:]
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    func acquire(_ host: String) async {
        if running[host, default: 0] < limit {
            running[host, default: 0] += 1
            return
        }
        await withCheckedContinuation { continuation in
            waiting[host, default: []].append(continuation)
        }
    }

    func release(_ host: String) {
        if var queue = waiting[host], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[host] = queue
            next.resume()  // the slot passes to the next request
        } else {
            running[host, default: 1] -= 1
        }
    }
}

/// Carries a value that is used once, on another queue.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

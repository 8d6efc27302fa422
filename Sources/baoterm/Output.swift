import ArgumentParser
import BaoCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error for the commands, and the exit statuses they share:
/// 0 everything read, 1 some file skipped (or a file could not be shown), 2 wrong usage.
enum Output {
    static let someFileSkipped = ExitCode(1)
    static let usage = ExitCode(2)

    /// Writes to standard output through C stdio's buffer (fast for thousands of lines). Every
    /// line of output passes here: controls and bidirectional controls in it are shown as escapes.
    static func write(_ text: String) {
        fputs(TextNormalizer.escapedForDisplay(text, keepingLines: true), stdout)
    }

    static func line(_ text: String = "") {
        write(text)
        fputc(0x0A, stdout)
    }

    /// "baoterm: message" on standard error, controls in it shown as escapes.
    static func error(_ message: String) {
        fflush(stdout)
        fputs("baoterm: " + TextNormalizer.escapedForDisplay(message, keepingLines: true) + "\n", stderr)
    }

    /// Loads the one article a single-file command works on; a file that cannot be read is named
    /// on stderr and the command ends with status 1.
    static func loadArticle(_ path: String) throws -> Article {
        do {
            return try ArticleLoader.load(path: path)
        } catch {
            report(error)
            throw someFileSkipped
        }
    }

    static func report(_ error: LoadError) {
        Output.error("\(visible(error.path)): \(error.reason)")
    }

    /// One field of output (a file name, a title) on one line: control characters, line breaks
    /// and bidirectional controls in it are shown as escapes (`\x1B`, `\u202E`), and so are the
    /// bytes of a name that is not UTF-8 (`\xFF`).
    static func visible(_ text: String) -> String {
        TextNormalizer.escapedForDisplay(text)
    }

    /// A JSON encoder with stable key order, unescaped slashes and UTF-8 text.
    static func jsonEncoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func json<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        try json(value, encoder: jsonEncoder(pretty: pretty))
    }

    /// `value` as JSON, with C1 and bidirectional controls escaped too (`JSONEncoder` leaves them raw).
    static func json<T: Encodable>(_ value: T, encoder: JSONEncoder) throws -> String {
        TextNormalizer.escapedForJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Columns of the terminal: `--width`, else the window size of standard output, else
    /// `$COLUMNS`, else 80.
    static func terminalWidth(override: Int?) -> Int {
        if let override { return max(20, override) }
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return max(20, Int(size.ws_col))
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(columns), value > 0 {
            return max(20, value)
        }
        return 80
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
}

/// Reads many files on every core, in chunks, handing results back in file order.
enum ArticleBatch {
    /// One file's outcome: the article, or why it was skipped.
    typealias Outcome = Result<Article, LoadError>

    /// Loads every file under `paths`; returns false when some file or path was skipped.
    static func forEach(paths: [String], chunkSize: Int = 256, _ body: (String, Outcome) throws -> Void) rethrows -> Bool {
        let listing = ArticleLoader.files(in: paths)
        var ok = listing.errors.isEmpty
        for error in listing.errors { Output.report(error) }
        let files = listing.files
        var start = 0
        while start < files.count {
            let end = min(start + chunkSize, files.count)
            let chunk = Array(files[start..<end])
            let results = load(chunk)
            for (path, outcome) in zip(chunk, results) {
                if case .failure(let error) = outcome {
                    Output.report(error)
                    ok = false
                }
                try body(path, outcome)
            }
            start = end
        }
        return ok
    }

    /// Loads `files` in parallel; the result is in the same order.
    static func load(_ files: [String]) -> [Outcome] {
        let box = ResultBox(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let outcome: Outcome
            do {
                outcome = .success(try ArticleLoader.load(path: files[index]))
            } catch let error as LoadError {
                outcome = .failure(error)
            } catch {
                outcome = .failure(LoadError(path: files[index], reason: "\(error)"))
            }
            box.set(index, outcome)
        }
        return box.values.map { $0 ?? .failure(LoadError(path: "?", reason: "not read")) }
    }

    private final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        var values: [Outcome?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Outcome) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
    }
}

import ArgumentParser
import BaoCore
import Foundation

/// The corpus and index arguments shared by the commands that read the index
/// (`index`, `search`, `provinces`, `documents`, `cites`, `list --province/--cites`).
struct IndexOptions: ParsableArguments {
    @Argument(help: "Article files or folders (default: seeds/).")
    var paths: [String] = []

    @Option(name: .customLong("index"), help: ArgumentHelp("The index database to use.", discussion: "Default: one file per corpus under $XDG_CACHE_HOME/baoterm/ (or ~/.cache/baoterm/).", valueName: "PATH"))
    var indexPath: String?

    var roots: [String] { paths.isEmpty ? ["seeds"] : paths }

    /// Opens the corpus' index and refreshes it, reporting unreadable files on stderr and showing
    /// a progress bar when stderr is a terminal. Returns the index and whether files were skipped.
    func openRefreshed() throws -> (index: CorpusIndex, summary: RefreshSummary) {
        let location = indexPath ?? IndexLocation.defaultPath(for: roots)
        let index: CorpusIndex
        do {
            index = try CorpusIndex(path: location)
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        var report: (@Sendable (RefreshProgress) -> Void)?
        if bar.enabled { report = { progress in bar.show(progress) } }
        let summary: RefreshSummary
        do {
            summary = try index.refresh(roots: roots, progress: report)
        } catch {
            bar.finish()
            Console.error("cannot refresh the index \(index.path): \(error)")
            throw ExitCode(1)
        }
        bar.finish()
        for failure in summary.failures {
            Console.error("\(failure.path): \(failure.reason)")
        }
        return (index, summary)
    }
}

/// Writes to stderr, one line per message, prefixed with the program name.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("baoterm: " + message + "\n").utf8))
    }
}

/// A one-line progress bar on stderr: count, rate and time left. Redraws at most ten times a second.
final class ProgressBar: @unchecked Sendable {
    let enabled: Bool
    private let lock = NSLock()
    private var lastDraw = 0.0
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ progress: RefreshProgress) {
        lock.lock()
        defer { lock.unlock() }
        guard enabled, progress.total > 0, progress.seconds - lastDraw >= 0.1 || progress.done == progress.total else { return }
        lastDraw = progress.seconds
        let fraction = Double(progress.done) / Double(progress.total)
        let width = 30
        let filled = min(width, max(0, Int(fraction * Double(width))))
        let rate = progress.seconds > 0 ? Double(progress.done) / progress.seconds : 0
        let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
        let line = "\r\u{1B}[Kindexing [" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            + "] \(progress.done)/\(progress.total)  \(Int(rate.rounded()))/s  ETA \(Int(left.rounded()))s"
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }
}

/// A JSON value with ordered keys and explicit nulls, for the `--json` outputs.
enum JSONValue {
    case string(String?)
    case int(Int?)
    case double(Double)
    case object([(String, JSONValue)])
    case array([JSONValue])

    var text: String {
        switch self {
        case let .string(value): return value.map(Self.quote) ?? "null"
        case let .int(value): return value.map(String.init) ?? "null"
        case let .double(value): return value.isFinite ? String(format: "%.4f", value) : "null"
        case let .object(pairs): return "{" + pairs.map { Self.quote($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
        case let .array(items): return "[" + items.map(\.text).joined(separator: ",") + "]"
        }
    }

    /// Prints an array with one element per line.
    static func printArray(_ items: [JSONValue]) {
        if items.isEmpty {
            print("[]")
            return
        }
        print("[\n" + items.map { "  " + $0.text }.joined(separator: ",\n") + "\n]")
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

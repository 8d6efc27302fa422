import ArgumentParser
import BaoCore
import Foundation

/// The corpus and index arguments shared by the commands that read the index
/// (`index`, `search`, `provinces`, `documents`, `cites`, `list --province/--cites`).
struct IndexOptions: ParsableArguments {
    @OptionGroup var corpus: CorpusArguments

    @Option(name: .customLong("index"), help: ArgumentHelp("The index database to use.", discussion: "Default: one file per corpus under $XDG_CACHE_HOME/baoterm/ (or ~/.cache/baoterm/).", valueName: "PATH"))
    var indexPath: String?

    var roots: [String] {
        get throws { try corpus.resolved }
    }

    /// True when no path is given and there is no default corpus: the browser then welcomes.
    var hasNothingToRead: Bool {
        corpus.paths.isEmpty && DefaultCorpus.locate() == nil
    }

    /// Opens the corpus' index and refreshes it, reporting unreadable files on stderr and showing
    /// a progress bar when stderr is a terminal. Readers (the default) never wait for another
    /// process that is refreshing the index, nor fail when it cannot be refreshed (read-only,
    /// full disk): they use it as it is, with a note on stderr.
    /// A path that does not exist stops the command first (status 2), so that no index is
    /// ever made for a corpus with a missing part.
    func openRefreshed(forWriting: Bool = false) throws -> (index: CorpusIndex, summary: RefreshSummary) {
        try corpus.requireExisting()
        return try Self.openRefreshed(roots: try roots, indexPath: indexPath, forWriting: forWriting)
    }

    /// `openRefreshed()` for commands that declare their corpus arguments themselves (`list`),
    /// which check that their paths exist first.
    static func openRefreshed(roots: [String], indexPath: String?, forWriting: Bool = false) throws -> (index: CorpusIndex, summary: RefreshSummary) {
        let index = try open(roots: roots, indexPath: indexPath)
        return (index, try refresh(index, roots: roots, forWriting: forWriting))
    }

    /// `openRefreshed()` for a reader whose answer depends on nothing but the index (`search`):
    /// `answer` runs beside the refresh, which mostly finds nothing to do (its `stat` of every
    /// file is most of a warm command's time), and runs again once the refresh has changed the
    /// index, so the answer is always that of the index brought up to date.
    func openRefreshed<Answer: Sendable>(answering answer: @escaping @Sendable (CorpusIndex) throws -> Answer) throws -> (index: CorpusIndex, summary: RefreshSummary, answer: Answer) {
        try corpus.requireExisting()
        let roots = try roots
        let index = try Self.open(roots: roots, indexPath: indexPath)
        let early = Locked<Result<Answer, any Error>?>(nil)
        let done = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: done) {
            let result = Result { try answer(index) }
            early.update { $0 = result }
        }
        let summary: RefreshSummary
        do {
            summary = try Self.refresh(index, roots: roots, forWriting: false)
        } catch {
            done.wait()
            throw error
        }
        done.wait()
        guard summary.isNoOp, summary.rebuilt == nil, let result = early.read({ $0 }) else {
            return (index, summary, try answer(index))
        }
        return (index, summary, try result.get())
    }

    /// Refreshes an open index, reporting as `openRefreshed()` says.
    private static func refresh(_ index: CorpusIndex, roots: [String], forWriting: Bool) throws -> RefreshSummary {
        let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        var report: (@Sendable (RefreshProgress) -> Void)?
        if bar.enabled { report = { progress in bar.show(progress) } }
        let path = index.path
        let whenBusy: BusyPolicy = forWriting
            ? .wait(notice: { holder in Output.error("waiting for \(IndexMessages.otherProcess(holder)) to finish updating the index \(path)…") })
            : .useAsIs
        var summary = RefreshSummary()
        do {
            summary = try index.refresh(roots: roots, whenBusy: whenBusy, watch: WatchChoice.link(for: index), progress: report)
        } catch {
            bar.finish()
            let described = StorageError(error, path: index.path, what: .index)
            Output.error(forWriting ? "cannot update the index: \(described.message)" : "\(described.message); the index is used as it is")
            if forWriting || described.cause == .corrupt { throw ExitCode.failure }
            return summary
        }
        bar.finish()
        if let rebuilt = summary.rebuilt { Output.error(rebuilt) }
        if case .busy(let holder) = summary.skipped {
            Output.error("\(IndexMessages.otherProcess(holder)) is updating the index \(index.path): it is used as it is")
        }
        summary.failures.forEach(Output.report)
        return summary
    }

    /// Opens the index without refreshing it, saying on stderr what the user should know
    /// (read-only, rebuilt, state kept in memory); a index that cannot be opened ends the
    /// command with status 1 and the cause.
    static func open(roots: [String], indexPath: String?) throws -> CorpusIndex {
        let location = indexPath ?? IndexLocation.defaultPath(for: roots)
        let index: CorpusIndex
        do {
            index = try CorpusIndex(path: location, replaceable: indexPath == nil)
        } catch {
            Output.error(error.description)
            throw ExitCode.failure
        }
        index.notes.forEach { Output.error($0.description) }
        return index
    }
}

/// Phrases the index messages share.
enum IndexMessages {
    static func otherProcess(_ holder: Int32?) -> String {
        holder.map { "another baoterm process (\($0))" } ?? "another baoterm process"
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

/// A JSON value with explicit nulls, for the `--json` outputs (printed through `Output.json`).
enum JSONValue: Encodable {
    case string(String?)
    case int(Int?)
    case bool(Bool?)
    case double(Double)
    case object([(String, JSONValue)])
    case array([JSONValue])

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: Encoder) throws {
        switch self {
        case let .string(value):
            var container = encoder.singleValueContainer()
            if let value { try container.encode(value) } else { try container.encodeNil() }
        case let .int(value):
            var container = encoder.singleValueContainer()
            if let value { try container.encode(value) } else { try container.encodeNil() }
        case let .bool(value):
            var container = encoder.singleValueContainer()
            if let value { try container.encode(value) } else { try container.encodeNil() }
        case let .double(value):
            var container = encoder.singleValueContainer()
            if value.isFinite { try container.encode((value * 10_000).rounded() / 10_000) } else { try container.encodeNil() }
        case let .object(pairs):
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in pairs { try container.encode(value, forKey: Key(stringValue: key)) }
        case let .array(items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        }
    }

    /// Prints one JSON array.
    static func printArray(_ items: [JSONValue]) throws {
        Output.line(try Output.json(JSONValue.array(items), pretty: true))
    }
}

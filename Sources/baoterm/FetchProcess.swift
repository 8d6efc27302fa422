import BaoCore
import BaoFetchReport
import Foundation

/// A fetch run in `baoterm-fetch`, the executable installed beside this one: it alone links the
/// networking and XML libraries, so that every other command starts without loading them.
/// `baoterm fetch` and the browser's fetch key run it as a child process and read its
/// `FetchMessage` lines.
enum FetchProcess {
    /// The executable's name, looked up in the folder of the running program.
    static let name = "baoterm-fetch"

    /// `baoterm-fetch` beside the running program (`/proc/self/exe`, links resolved).
    static var executable: String {
        let program = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        return URL(fileURLWithPath: program).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Runs one fetch: `arguments` are `baoterm-fetch`'s (`--feeds`, `--timeout`, `--retries`);
    /// `progress` hears each progress line. The outcome, or why there is none. Nothing reaches
    /// the terminal: what the child writes on its standard error is kept for the message when it
    /// fails. Its standard input is a pipe this process holds open and never writes: the child
    /// ends when that closes, so that it ends with this process (Ctrl-C, a signal, the browser
    /// quitting), as the fetch did when it ran here. `Process` starts the child in a process
    /// group of its own, which the terminal's Ctrl-C does not reach.
    static func run(arguments: [String], progress: (FetchProgress) -> Void) -> Result<FetchOutcome, FetchSetupError> {
        let path = executable
        guard FileManager.default.isExecutableFile(atPath: path) else {
            return .failure(.failed("\(path) is missing: baoterm fetches articles through it; install it beside baoterm (make install does)"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        let lifeline = Pipe()
        process.standardInput = lifeline
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failure(.failed("\(path) could not be run: \(error.localizedDescription)"))
        }
        // The standard error is read beside the output, so that a child writing much of it
        // never blocks on a full pipe.
        let errorText = Locked(Data())
        let errorsRead = DispatchGroup()
        DispatchQueue.global().async(group: errorsRead) {
            let data = errors.fileHandleForReading.readDataToEndOfFile()
            errorText.update { $0 = data }
        }
        var ending: FetchMessage?
        var pending = Data()
        let reader = output.fileHandleForReading
        while case let chunk = reader.availableData, !chunk.isEmpty {
            pending.append(chunk)
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = pending[pending.startIndex..<newline]
                pending = Data(pending[pending.index(after: newline)...])
                switch FetchMessage.decode(line: line) {
                case .progress(let step): progress(step)
                case let message?: ending = message
                case nil: break
                }
            }
        }
        process.waitUntilExit()
        errorsRead.wait()
        try? lifeline.fileHandleForWriting.close()
        switch ending {
        case .finished(let outcome): return .success(outcome)
        case .setupFailed(let error): return .failure(error)
        case .progress, nil:
            let said = String(decoding: errorText.read { $0 }, as: UTF8.self)
                .split(whereSeparator: \.isNewline).last.map { ": " + $0 } ?? ""
            let how = process.terminationReason == .uncaughtSignal ? "was stopped by signal \(process.terminationStatus)"
                : "ended with status \(process.terminationStatus)"
            return .failure(.failed("\(name) \(how) before its report\(said)"))
        }
    }
}

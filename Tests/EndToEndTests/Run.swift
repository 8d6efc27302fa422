import Foundation

/// What a run of the real `baoterm` binary printed.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Stdout parsed as a JSON array of objects (empty when it is not one).
    var jsonArray: [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [[String: Any]] ?? []
    }
}

/// The environment of a test's `baoterm`: the test runner's, with `overrides`.
func baotermEnvironment(_ overrides: [String: String]) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    // The tests' read marks never reach the state of the user running them.
    env["XDG_STATE_HOME"] = (NSTemporaryDirectory() as NSString).appendingPathComponent("baoterm-e2e-state-\(getpid())")
    // No test leaves a folder watcher running: the watcher's own tests ask for one.
    env["BAOTERM_WATCH"] = "off"
    for (key, value) in overrides { env[key] = value }
    return env
}

/// Runs `baoterm` with `arguments` and waits for it.
func runBaoterm(_ arguments: [String], environment: [String: String] = [:]) throws -> RunResult {
    let process = Process()
    process.executableURL = Binary.url
    process.arguments = arguments
    process.environment = baotermEnvironment(environment)
    let out = Pipe()
    // Stderr goes to a file so that neither pipe can fill up and block the child.
    let errPath = (NSTemporaryDirectory() as NSString).appendingPathComponent("baoterm-stderr-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: errPath, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: errPath) }
    let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    process.standardOutput = out
    process.standardError = errHandle
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try? errHandle.close()
    let errData = FileManager.default.contents(atPath: errPath) ?? Data()
    return RunResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
}

/// A temporary folder removed on deinit.
final class TempFolder {
    let path: String

    init() throws {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("baoterm-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The folder is kept when `BAOTERM_KEEP_TEMP` is set, to look at what a failing test left.
    deinit {
        if ProcessInfo.processInfo.environment["BAOTERM_KEEP_TEMP"] == nil {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    func file(_ name: String) -> String {
        (path as NSString).appendingPathComponent(name)
    }

    func write(_ name: String, _ text: String) throws {
        let full = file(name)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }
}

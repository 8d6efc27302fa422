import Foundation

/// Runs the built `baoterm` with arguments and collects its exit status and output.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String

    var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    var errorLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
}

enum CommandRunner {
    static var seeds: String { Binary.packageRoot.appendingPathComponent("seeds").path }

    /// Runs `executable` (the built baoterm by default) with the calling environment, less the
    /// variables in `unset`, plus `environment`.
    static func run(_ arguments: [String], in directory: URL? = nil, executable: URL = Binary.url,
                    environment: [String: String] = [:], unset: [String] = []) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = baotermEnvironment([:])
        env.removeValue(forKey: "COLUMNS")
        for key in unset { env.removeValue(forKey: key) }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Output goes to files, so a large output can never fill a pipe and block the process.
        let folder = FileManager.default.temporaryDirectory
        let outURL = folder.appendingPathComponent("baoterm-out-\(UUID().uuidString)")
        let errURL = folder.appendingPathComponent("baoterm-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

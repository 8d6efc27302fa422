import Foundation
import XCTest

/// Hostile names and bytes through the real binary: nothing is skipped in silence, no control
/// character reaches the output, broken UTF-8 is read, every error speaks as baoterm.
final class HostileInputTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("baoterm-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private var seed: Data {
        get throws { try Data(contentsOf: URL(fileURLWithPath: CommandRunner.seeds).appendingPathComponent("000_01ca3a561f0108e0.txt")) }
    }

    /// Creates a file whose name is the given bytes (which need not be UTF-8) inside `folder`.
    private func create(_ folder: URL, name: [UInt8], _ data: Data) throws {
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
        }
        XCTAssertGreaterThanOrEqual(fd, 0)
        _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    /// Runs baoterm through the shell, so that arguments can hold bytes that are not UTF-8
    /// (`printf` octal escapes in `script`; `$B` is the binary, `$D` the test folder).
    private func shell(_ script: String) throws -> CommandResult {
        try CommandRunner.run(["-c", script], executable: URL(fileURLWithPath: "/bin/sh"),
                              environment: ["B": Binary.url.path, "D": folder.path])
    }

    /// Finding 4: a non-UTF-8 name is read and shown escaped; pipes, sockets, dangling links and
    /// link loops are each named with their reason, and the status is 1.
    func testNothingIsSkippedInSilence() throws {
        let corpus = folder.appendingPathComponent("c")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try create(corpus, name: Array("bad".utf8) + [0xFF] + Array("name.txt".utf8), try seed)
        XCTAssertEqual(mkfifo(corpus.appendingPathComponent("pipe.txt").path, 0o600), 0)
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("dangling.txt").path, withDestinationPath: "gone.txt")
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("loop").path, withDestinationPath: "loop")
        let socketPath = corpus.appendingPathComponent("sock").path
        let socketFD = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in socketPath.utf8.enumerated() where i < raw.count - 1 { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        XCTAssertEqual(bound, 0)
        defer { close(socketFD) }

        let list = try CommandRunner.run(["list", corpus.path])
        XCTAssertEqual(list.status, 1)
        XCTAssertEqual(list.lines.count, 1, list.stdout)
        XCTAssertTrue(list.lines.first?.contains("Năng động lãnh đạo") ?? false, list.stdout)
        XCTAssertEqual(list.errorLines, [
            "baoterm: \(corpus.path)/dangling.txt: dangling symbolic link (its target does not exist); skipped",
            "baoterm: \(corpus.path)/loop: symbolic link loop (a link that leads back to itself); skipped",
            "baoterm: \(corpus.path)/pipe.txt: not a regular file (a named pipe); skipped",
            "baoterm: \(corpus.path)/sock: not a regular file (a socket); skipped",
        ])
        let json = try CommandRunner.run(["list", "--json", corpus.path])
        XCTAssertTrue(json.stdout.contains(#""path" : "\#(corpus.path)/bad\\xFFname.txt""#), json.stdout)

        let index = folder.appendingPathComponent("i.sqlite").path
        let indexed = try CommandRunner.run(["index", corpus.path, "--index", index])
        XCTAssertEqual(indexed.status, 1)
        XCTAssertTrue(indexed.stdout.hasPrefix("1 articles indexed"), indexed.stdout)
        XCTAssertEqual(indexed.errorLines.count, 4, indexed.stderr)
        let search = try CommandRunner.run(["search", "Cần Thơ", corpus.path, "--index", index])
        XCTAssertTrue(search.stdout.contains("\(corpus.path)/bad\\xFFname.txt"), search.stdout)

        // Named directly on the command line, with its raw byte.
        let direct = try shell(#"exec "$B" show "$D/c/bad$(printf '\377')name.txt""#)
        XCTAssertEqual(direct.status, 0, direct.stderr)
        XCTAssertTrue(direct.stdout.contains("NĂNG ĐỘNG") || direct.stdout.contains("Năng động"), direct.stdout)
        let missing = try shell(#"exec "$B" show "$D/c/no$(printf '\376')such.txt""#)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "baoterm: \(corpus.path)/no\\xFEsuch.txt: no such file\n")
    }

    /// Finding 4: a folder that cannot be listed (no read permission) and one that can be listed
    /// but not entered (no execute permission) are each named once with their reason; the rest
    /// is listed and the status is 1. Permissions do not bind root, so as root the binary runs
    /// as the unprivileged user `nobody` (`setpriv`).
    func testFoldersWithoutPermissionAreNamedOnce() throws {
        let corpus = folder.appendingPathComponent("c")
        for name in ["open", "no-exec", "no-read"] {
            try FileManager.default.createDirectory(at: corpus.appendingPathComponent(name), withIntermediateDirectories: true)
            for index in 0..<3 {
                try seed.write(to: corpus.appendingPathComponent("\(name)/\(index).txt"))
            }
        }
        let writable = folder.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: writable, withIntermediateDirectories: true)
        for path in [folder.path, corpus.path, corpus.appendingPathComponent("open").path] { chmod(path, 0o755) }
        chmod(writable.path, 0o777)
        chmod(corpus.appendingPathComponent("no-exec").path, 0o744)
        chmod(corpus.appendingPathComponent("no-read").path, 0o711)
        // A copy of the binary in the test folder, which `nobody` can reach whatever the
        // permissions of the checkout's folders.
        let binary = folder.appendingPathComponent("baoterm").path
        try FileManager.default.copyItem(atPath: Binary.url.path, toPath: binary)
        chmod(binary, 0o755)
        var asUser = "exec "
        if getuid() == 0 {
            let drop = "setpriv --reuid=65534 --regid=65534 --clear-groups"
            guard try shell("exec \(drop) true").status == 0 else {
                throw XCTSkip("this machine does not let root run a command as an unprivileged user")
            }
            asUser = "XDG_CACHE_HOME=\"$D/home\" XDG_STATE_HOME=\"$D/home\" exec \(drop) "
        }
        let list = try shell(asUser + "\"$D/baoterm\" list \"$D/c\"")
        XCTAssertEqual(list.status, 1, list.stderr)
        XCTAssertEqual(list.lines.count, 3, list.stdout)
        XCTAssertEqual(list.errorLines, [
            "baoterm: \(corpus.path)/no-exec: folder cannot be entered (no execute permission); skipped",
            "baoterm: \(corpus.path)/no-read: folder not readable (no permission); skipped",
        ])
        chmod(corpus.appendingPathComponent("no-exec").path, 0o755)
        chmod(corpus.appendingPathComponent("no-read").path, 0o755)
    }

    /// Finding 6: bidi and C1 controls in names never reach the output raw, in text or JSON.
    func testControlsInNamesAreEscapedEverywhere() throws {
        let corpus = folder.appendingPathComponent("c")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try create(corpus, name: Array("rtl\u{202E}txt.exe.txt".utf8), try seed)
        try create(corpus, name: Array("csi\u{9B}2J.txt".utf8), try seed)
        let index = folder.appendingPathComponent("i.sqlite").path
        let outputs = [
            try CommandRunner.run(["list", "--json", corpus.path]),
            try CommandRunner.run(["extract", corpus.path]),
            try CommandRunner.run(["search", "Cần Thơ", corpus.path, "--index", index]),
            try CommandRunner.run(["search", "--json", "Cần Thơ", corpus.path, "--index", index]),
            try CommandRunner.run(["cites", "NQTW4-XII", corpus.path, "--index", index]),
            try CommandRunner.run(["entities", corpus.appendingPathComponent("csi\u{9B}2J.txt").path]),
            try CommandRunner.run(["show", corpus.appendingPathComponent("nowhere\u{202E}\u{9B}.txt").path]),
        ]
        for result in outputs {
            for text in [result.stdout, result.stderr] {
                XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x9B || $0.value == 0x1B }, text)
            }
        }
        XCTAssertTrue(outputs[0].stdout.contains(#"rtl\u202Etxt.exe.txt"#), outputs[0].stdout)
        XCTAssertTrue(outputs[0].stdout.contains(#"csi\u009B2J.txt"#), outputs[0].stdout)
        XCTAssertTrue(outputs[2].stdout.contains(#"rtl\u202Etxt.exe.txt"#), outputs[2].stdout)
        XCTAssertTrue(outputs[2].stdout.contains(#"csi\x9B2J.txt"#), outputs[2].stdout)
        XCTAssertTrue(outputs[4].stdout.contains(#"csi\x9B2J.txt"#), outputs[4].stdout)
        XCTAssertEqual(outputs[6].stderr, "baoterm: \(corpus.path)/nowhere\\u202E\\x9B.txt: no such file\n")
        // The JSON still decodes to the real names.
        let rows = try JSONSerialization.jsonObject(with: Data(outputs[0].stdout.utf8)) as? [[String: Any]]
        XCTAssertEqual(Set(rows?.compactMap { ($0["path"] as? String)?.split(separator: "/").last.map(String.init) } ?? []),
                       ["rtl\u{202E}txt.exe.txt", "csi\u{9B}2J.txt"])
    }

    /// Finding 7: one broken sequence or one stray 0x9B in UTF-8 text is read as UTF-8, with a warning.
    func testMostlyUTF8IsReadNotDiagnosedAsLegacy() throws {
        var bytes = [UInt8](try seed)
        // At spaces, so that no other character is cut: a stray byte, and a cut three-byte letter.
        let half = try XCTUnwrap(bytes[(bytes.count / 2)...].firstIndex(of: 0x20))
        bytes.insert(0x9B, at: half + 1)
        let third = try XCTUnwrap(bytes[(bytes.count / 3)...].firstIndex(of: 0x20))
        bytes.replaceSubrange(third..<(third + 1), with: [0xE1, 0xBB])
        let path = folder.appendingPathComponent("broken.txt")
        try Data(bytes).write(to: path)
        let extract = try CommandRunner.run(["extract", path.path])
        XCTAssertEqual(extract.status, 0, extract.stderr)
        XCTAssertFalse(extract.stderr.contains("TCVN"), extract.stderr)
        XCTAssertTrue(extract.stdout.contains("2 byte sequences are not valid UTF-8"), extract.stdout)
        XCTAssertTrue(extract.stdout.contains("\"primaryProvince\":\"Cần Thơ\""), extract.stdout)
    }

    /// Finding 9: a query starting with '-' gets a message naming '--'; every error starts with
    /// "baoterm:"; an impossible date is refused; a 200-word query is refused with the limit.
    func testErrorsSpeakAsBaoterm() throws {
        let index = folder.appendingPathComponent("i.sqlite").path
        let dash = try CommandRunner.run(["search", "-bóng đá", CommandRunner.seeds, "--index", index])
        XCTAssertEqual(dash.status, 2)
        XCTAssertTrue(dash.stderr.hasPrefix("baoterm: "), dash.stderr)
        XCTAssertTrue(dash.stderr.contains("baoterm search -- '-bóng đá'"), dash.stderr)
        let unknown = try CommandRunner.run(["list", "--bogus"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.hasPrefix("baoterm: Unknown option '--bogus'"), unknown.stderr)
        let missingArgument = try CommandRunner.run(["show"])
        XCTAssertEqual(missingArgument.status, 2)
        XCTAssertTrue(missingArgument.stderr.hasPrefix("baoterm: "), missingArgument.stderr)
        for result in [dash, unknown, missingArgument] {
            XCTAssertFalse(result.stderr.contains("Error:"), result.stderr)
        }
        let date = try CommandRunner.run(["search", "đảng before:2017-02-30", CommandRunner.seeds, "--index", index])
        XCTAssertEqual(date.status, 2)
        XCTAssertEqual(date.stderr, "baoterm: 'before:2017-02-30' is not a date: month 2 of 2017 has 28 days\n")
        let words = (1...200).map { "từ\($0)" }.joined(separator: " ")
        let long = try CommandRunner.run(["search", words, CommandRunner.seeds, "--index", index])
        XCTAssertEqual(long.status, 2)
        XCTAssertTrue(long.stderr.hasPrefix("baoterm: the query has 200 words; at most 32"), long.stderr)
    }
}

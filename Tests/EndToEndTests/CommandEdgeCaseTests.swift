import Foundation
import XCTest

/// Inputs that used to hang, leak control characters, or send a typo to the browser, through the binary.
final class CommandEdgeCaseTests: XCTestCase {
    private func write(_ folder: URL, _ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baoterm-edge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// A 2 MB word took minutes to wrap when each output line copied and re-measured the rest.
    func testShowCutsAHugeWordIntoFullLines() throws {
        let folder = try temporaryFolder()
        let word = String(repeating: "a", count: 2_000_000)
        let file = try write(folder, "long.txt", "Tiêu đề\n" + word + "\n")
        let result = try CommandRunner.run(["show", "--width", "20", file])
        XCTAssertEqual(result.status, 0, result.stderr)
        let pieces = result.lines.filter { $0.allSatisfy { $0 == "a" } }
        XCTAssertEqual(pieces.count, 100_000)
        XCTAssertTrue(pieces.allSatisfy { $0.count == 20 })
    }

    /// Opening a named pipe with no writer blocked forever; it is now refused and the run goes on.
    func testNamedPipeIsRefusedAndTheRunGoesOn() throws {
        let folder = try temporaryFolder()
        let pipe = folder.appendingPathComponent("pipe.txt").path
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        let show = try CommandRunner.run(["show", pipe])
        XCTAssertEqual(show.status, 1)
        XCTAssertEqual(show.stderr, "baoterm: \(pipe): not a regular file (a named pipe); skipped\n")
        let list = try CommandRunner.run(["list", pipe, CommandRunner.seeds])
        XCTAssertEqual(list.status, 1)
        XCTAssertEqual(list.errorLines, ["baoterm: \(pipe): not a regular file (a named pipe); skipped"])
        XCTAssertEqual(list.lines.count, 5, list.stdout)
    }

    /// A file name is data: an escape sequence in it must not reach the terminal.
    func testSearchShowsControlCharactersInPathsEscaped() throws {
        let folder = try temporaryFolder()
        _ = try write(folder, "c/a\u{1B}[31mb.txt", "Tin một\nNgành hóa chất tăng trưởng.\n")
        let result = try CommandRunner.run(["search", "hóa", folder.appendingPathComponent("c").path,
                                            "--index", folder.appendingPathComponent("i.sqlite").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stdout.contains("\u{1B}"), result.stdout)
        XCTAssertTrue(result.stdout.contains("a\\x1B[31mb.txt"), result.stdout)
        let indexed = try CommandRunner.run(["index", folder.appendingPathComponent("c").path,
                                             "--index", folder.appendingPathComponent("i\u{1B}[2J.sqlite").path])
        XCTAssertEqual(indexed.status, 0, indexed.stderr)
        XCTAssertFalse(indexed.stdout.contains("\u{1B}"), indexed.stdout)
        XCTAssertTrue(indexed.stdout.contains("i\\x1B[2J.sqlite"), indexed.stdout)
    }

    /// A mistyped subcommand is not a corpus: no index is created and the browser does not start.
    func testMistypedSubcommandOrMissingPathStopsBeforeAnyIndex() throws {
        let folder = try temporaryFolder()
        let cache = folder.appendingPathComponent("cache")
        let environment = ["XDG_CACHE_HOME": cache.path]
        let typo = try CommandRunner.run(["serach"], in: folder, environment: environment)
        XCTAssertEqual(typo.status, 2)
        XCTAssertEqual(typo.stderr, "baoterm: 'serach' is not a file, folder or command (see baoterm --help)\n")
        XCTAssertEqual(typo.stdout, "")
        let missing = folder.appendingPathComponent("nowhere").path
        let partly = try CommandRunner.run([CommandRunner.seeds, missing], in: folder, environment: environment)
        XCTAssertEqual(partly.status, 2)
        XCTAssertEqual(partly.stderr, "baoterm: \(missing): no such file or folder\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.path), "no index may be created")
    }

    /// `search nghi quyet DIR`: the unquoted second word is taken for a path. Nothing is read or
    /// indexed, and the message shows the quoted command; no command indexes a corpus with a
    /// missing path.
    func testUnquotedSearchWordsAndMissingPathsCreateNoIndex() throws {
        let folder = try temporaryFolder()
        let cache = folder.appendingPathComponent("cache")
        let environment = ["XDG_CACHE_HOME": cache.path]
        let seeds = CommandRunner.seeds
        let unquoted = try CommandRunner.run(["search", "nghi", "quyet", seeds], in: folder, environment: environment)
        XCTAssertEqual(unquoted.status, 2)
        XCTAssertEqual(unquoted.stderr, "baoterm: 'quyet' is not a file or folder; to search for several words, quote them: baoterm search \"nghi quyet\" \(seeds)\n")
        XCTAssertEqual(unquoted.stdout, "")
        let three = try CommandRunner.run(["search", "xay", "dung", "dang"], in: folder, environment: environment)
        XCTAssertEqual(three.status, 2)
        XCTAssertEqual(three.stderr, "baoterm: 'dung', 'dang' are not files or folders; to search for several words, quote them: baoterm search \"xay dung dang\"\n")
        let missing = folder.appendingPathComponent("gone/corpus").path
        for command in [["search", "hoa", seeds, missing], ["index", seeds, missing], ["provinces", missing],
                        ["documents", seeds, missing], ["cites", "59-NQ/TW", missing], ["list", "--province", "can tho", missing],
                        ["list", seeds, missing], ["extract", missing, seeds], ["screen", missing]] {
            let result = try CommandRunner.run(command, in: folder, environment: environment)
            XCTAssertEqual(result.status, 2, "\(command): \(result.stderr)")
            XCTAssertEqual(result.stderr, "baoterm: \(missing): no such file or folder\n", "\(command)")
            XCTAssertEqual(result.stdout, "", "\(command)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.path), "no index may be created")
        let explicit = folder.appendingPathComponent("i.sqlite").path
        let withIndex = try CommandRunner.run(["search", "hoa", missing, "--index", explicit], in: folder, environment: environment)
        XCTAssertEqual(withIndex.status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: explicit), "no index may be created")
    }

    func testScreenSizeErrorShowsTheScreenUsage() throws {
        let result = try CommandRunner.run(["screen", "--size", "0x0"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--size must be WIDTHxHEIGHT"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Usage: baoterm screen "), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    /// A document no article cites is not in the index: most likely a typo, so status 2 and the
    /// nearest ids on stderr; `--json` still prints an empty array.
    func testCitesWithAnUnknownIdSaysSoWithTheNearestIDs() throws {
        let folder = try temporaryFolder()
        let index = folder.appendingPathComponent("i.sqlite").path
        let text = try CommandRunner.run(["cites", "999-NQ/TW", CommandRunner.seeds, "--index", index])
        XCTAssertEqual(text.status, 2, text.stderr)
        XCTAssertEqual(text.stderr, "baoterm: no cited document '999-NQ/TW' in the index (nearest: 59-NQ/TW, 21-NQ/TW)\n")
        XCTAssertEqual(text.stdout, "")
        let json = try CommandRunner.run(["cites", "999-NQ/TW", CommandRunner.seeds, "--index", index, "--json"])
        XCTAssertEqual(json.status, 2, json.stderr)
        XCTAssertEqual(json.stdout, "[]\n")
    }

    func testSearchHelpExplainsQueriesStartingWithADash() throws {
        let help = try CommandRunner.run(["search", "--help"])
        XCTAssertEqual(help.status, 0)
        // The help is wrapped to the terminal: compare with line breaks and indents folded to spaces.
        let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(flat.contains("needs -- first"), help.stdout)
        XCTAssertTrue(flat.contains("baoterm search -- -word"), help.stdout)
        let folder = try temporaryFolder()
        let excluded = try CommandRunner.run(["search", "--index", folder.appendingPathComponent("i.sqlite").path,
                                              "--", "-xyzzy lãnh đạo", CommandRunner.seeds])
        XCTAssertEqual(excluded.status, 0, excluded.stderr)
        XCTAssertFalse(excluded.stdout.contains("no match"), excluded.stdout)
    }
}

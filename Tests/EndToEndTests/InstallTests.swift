import BaoTUI
import Foundation
import XCTest

/// `make install` and `make uninstall` into a temporary prefix, then the installed command used
/// as a user would: from another folder, through its bash completion and its manual page.
///
/// The binary installed is the one this test run built (`BINARY=…`): building the release binary
/// from inside `swift test` would wait forever on the lock of the build folder `swift test` holds.
/// What a plain `make install` would run instead is checked with `make -n`.
final class InstallTests: XCTestCase {
    /// Every file `make install` writes, relative to the prefix.
    static let installed = [
        "bin/baoterm",
        "bin/baoterm-fetch",
        "share/man/man1/baoterm.1",
        "share/bash-completion/completions/baoterm",
        "share/zsh/site-functions/_baoterm",
        "share/fish/vendor_completions.d/baoterm.fish",
    ]

    /// Make variables that would change where files go if the calling environment set them.
    static let makeEnvironment = ["MAKEFLAGS", "MFLAGS", "MAKELEVEL", "DESTDIR", "PREFIX", "BINDIR", "DATADIR", "MANDIR",
                                  "BASH_COMPLETION_DIR", "ZSH_COMPLETION_DIR", "FISH_COMPLETION_DIR", "BINARY"]

    private var folder: TempFolder!
    private var prefix: String { folder.file("prefix") }
    private var installedBinary: URL { URL(fileURLWithPath: prefix + "/bin/baoterm") }

    override func setUpWithError() throws {
        folder = try TempFolder()
        let result = try make(["install", "PREFIX=" + prefix, "BINARY=" + Binary.url.path])
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    override func tearDown() {
        folder = nil
    }

    @discardableResult
    private func make(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        let make = try XCTUnwrap(Self.which("make"), "make is not installed")
        return try CommandRunner.run(["-C", Binary.packageRoot.path] + arguments, executable: URL(fileURLWithPath: make),
                                     environment: environment, unset: Self.makeEnvironment)
    }

    /// Every regular file under `root`, relative to it, sorted.
    private static func files(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let path = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDir), !isDir.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    static func which(_ program: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = String(dir) + "/" + program
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    private func permissions(_ path: String) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    // MARK: make install, make uninstall

    func testInstallWritesEveryFileAndUninstallRemovesExactlyThem() throws {
        XCTAssertEqual(Self.files(under: prefix), Self.installed.sorted())
        XCTAssertEqual(try permissions(prefix + "/bin/baoterm"), 0o755)
        XCTAssertEqual(try permissions(prefix + "/bin/baoterm-fetch"), 0o755)
        for file in Self.installed.dropFirst(2) {
            XCTAssertEqual(try permissions(prefix + "/" + file), 0o644, file)
            let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: prefix + "/" + file)[.size] as? Int)
            XCTAssertGreaterThan(size, 1000, "\(file) is (nearly) empty")
        }
        // A file of the user's beside ours survives the uninstall.
        try folder.write("prefix/bin/other-tool", "#!/bin/sh\n")
        let result = try make(["uninstall", "PREFIX=" + prefix])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(Self.files(under: prefix), ["bin/other-tool"])
    }

    func testDestdirStagesTheFilesForAPackage() throws {
        let stage = folder.file("stage")
        let result = try make(["install", "DESTDIR=" + stage, "PREFIX=/usr", "BINARY=" + Binary.url.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(Self.files(under: stage), Self.installed.map { "usr/" + $0 }.sorted())
        let page = try String(contentsOfFile: stage + "/usr/share/man/man1/baoterm.1", encoding: .utf8)
        XCTAssertFalse(page.contains(stage), "the staging folder leaked into the manual page")
        XCTAssertEqual(try make(["uninstall", "DESTDIR=" + stage, "PREFIX=/usr"]).status, 0)
        XCTAssertEqual(Self.files(under: stage), [])
    }

    /// Without BINARY, install builds the release binary first and installs that; a `~` the shell
    /// left unexpanded (zsh) is the home folder, not a folder named "~".
    func testPlainInstallBuildsAndInstallsTheReleaseBinary() throws {
        let home = folder.file("home")
        let result = try make(["-n", "install", "PREFIX=~/.local"], environment: ["HOME": home])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.lines
        let build = try XCTUnwrap(lines.firstIndex { $0.contains("build -c release") }, result.stdout)
        let copy = try XCTUnwrap(lines.firstIndex { $0.contains("install -m 755 \".build/release/baoterm\" \"\(home)/.local/bin/baoterm\"") },
                                 result.stdout)
        XCTAssertLessThan(build, copy)
        let fetcher = try XCTUnwrap(lines.firstIndex {
            $0.contains("install -m 755 \".build/release/baoterm-fetch\" \"\(home)/.local/bin/baoterm-fetch\"")
        }, result.stdout)
        XCTAssertLessThan(build, fetcher)
        XCTAssertFalse(result.stdout.contains("~/"), result.stdout)
    }

    // MARK: the installed command, away from the source tree

    /// A user's environment in the temporary folder: home, XDG folders, and an empty working folder.
    private func userEnvironment() throws -> (environment: [String: String], workingFolder: URL) {
        try folder.write("elsewhere/.keep", "")
        let environment = ["HOME": folder.file("home"), "XDG_DATA_HOME": folder.file("home/data"),
                           "XDG_CACHE_HOME": folder.file("home/cache"), "XDG_STATE_HOME": folder.file("home/state"),
                           "LC_ALL": "C.UTF-8"]
        return (environment, URL(fileURLWithPath: folder.file("elsewhere")))
    }

    private func runInstalled(_ arguments: [String]) throws -> CommandResult {
        let (environment, working) = try userEnvironment()
        return try CommandRunner.run(arguments, in: working, executable: installedBinary, environment: environment,
                                     unset: ["XDG_CONFIG_HOME"])
    }

    func testInstalledBinaryRunsFromAnotherFolder() throws {
        let version = try runInstalled(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("0."), version.stdout)

        let seeds = try runInstalled(["list", CommandRunner.seeds])
        XCTAssertEqual(seeds.status, 0, seeds.stderr)
        XCTAssertEqual(seeds.lines.count, 5, seeds.stdout)
        XCTAssertTrue(seeds.stdout.contains("Cần Thơ"), seeds.stdout)
    }

    /// No path, no seeds/ nearby, nothing fetched: commands say what to do and exit 2.
    func testCommandsWithoutArticlesSayWhatToDo() throws {
        for command in [["list"], ["extract"], ["search", "đảng"], ["provinces"], ["index"]] {
            let result = try runInstalled(command)
            XCTAssertEqual(result.status, 2, "\(command): \(result.stdout)")
            XCTAssertEqual(result.stdout, "", "\(command)")
            XCTAssertTrue(result.stderr.contains("no articles to read: name article files or folders"), "\(command): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("~/.config/baoterm/feeds"), result.stderr)
            XCTAssertTrue(result.stderr.contains("baoterm fetch"), result.stderr)
        }
    }

    /// `baoterm fetch` runs the `baoterm-fetch` installed beside it (here it finds no feeds file);
    /// without it, the command says what is missing instead of failing silently.
    func testFetchRunsTheFetcherInstalledBesideIt() throws {
        let (environment, working) = try userEnvironment()
        let config = ["XDG_CONFIG_HOME": folder.file("home/config")]
        let fetch = try CommandRunner.run(["fetch"], in: working, executable: installedBinary, environment: environment.merging(config) { $1 })
        XCTAssertEqual(fetch.status, 1, fetch.stderr)
        XCTAssertTrue(fetch.stderr.contains("no feeds file at \(folder.file("home/config"))/baoterm/feeds"), fetch.stderr)

        // A fetcher that dies before its report: its last words are in the message.
        try "#!/bin/sh\necho 'progress…'\necho 'fatal: out of luck' >&2\nexit 3\n".write(toFile: prefix + "/bin/baoterm-fetch", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: prefix + "/bin/baoterm-fetch")
        let died = try CommandRunner.run(["fetch"], in: working, executable: installedBinary, environment: environment.merging(config) { $1 })
        XCTAssertEqual(died.status, 1, died.stderr)
        XCTAssertTrue(died.stderr.contains("baoterm-fetch ended with status 3 before its report: fatal: out of luck"), died.stderr)

        try FileManager.default.removeItem(atPath: prefix + "/bin/baoterm-fetch")
        let missing = try CommandRunner.run(["fetch"], in: working, executable: installedBinary, environment: environment.merging(config) { $1 })
        XCTAssertEqual(missing.status, 1, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("\(prefix)/bin/baoterm-fetch is missing: baoterm fetches articles through it"), missing.stderr)
        XCTAssertEqual(missing.stdout, "")
        // Every other command still works without it.
        XCTAssertEqual(try runInstalled(["list", CommandRunner.seeds]).status, 0)
    }

    /// Fetched articles (under $XDG_DATA_HOME/baoterm/articles) are the corpus when no seeds/ is near.
    func testFetchedArticlesAreTheDefaultCorpus() throws {
        let seed = try XCTUnwrap(Self.files(under: CommandRunner.seeds).first { $0.hasPrefix("002") })
        let text = try String(contentsOfFile: CommandRunner.seeds + "/" + seed, encoding: .utf8)
        try folder.write("home/data/baoterm/articles/example.vn/" + seed, text)
        let result = try runInstalled(["list"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.lines.count, 1, result.stdout)
        XCTAssertTrue(result.stdout.contains("Bạc Liêu"), result.stdout)
    }

    func testWelcomeScreenWhenThereIsNothingToRead() throws {
        let result = try runInstalled(["screen", "--size", "80x24"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let screen = result.stdout
        XCTAssertTrue(screen.hasPrefix(" Chào mừng"), screen)
        XCTAssertTrue(screen.contains("baoterm ĐƯỜNG_DẪN"), screen)
        XCTAssertTrue(screen.contains("    ~/.config/baoterm/feeds\n"), screen)
        XCTAssertTrue(screen.contains("    baoterm fetch\n"), screen)
        XCTAssertTrue(screen.contains(" (chưa có bài)"), screen)
        XCTAssertFalse(screen.contains("Bài viết"), "the empty list is shown instead of the welcome:\n\(screen)")
        XCTAssertTrue(screen.contains("?: các phím   q: thoát"), "the last line of the welcome is cut:\n\(screen)")
        // The help page is still reachable from it.
        let help = try runInstalled(["screen", "--size", "80x24", "--keys", "?"])
        XCTAssertTrue(help.stdout.contains("Trợ giúp"), help.stdout)
    }

    /// The real browser in a terminal: the welcome page, then q quits and the terminal is restored.
    func testBrowserOpensOnTheWelcomePageInATerminal() throws {
        let (environment, working) = try userEnvironment()
        let tmux = try BrowserTmux(width: 80, height: 24, arguments: [], environment: environment,
                                   binary: installedBinary, directory: working)
        let shown = try tmux.waitFor { $0.contains("Chào mừng") }
        XCTAssertTrue(shown.contains("baoterm fetch"), shown)
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        XCTAssertEqual(tmux.file("stty-before"), tmux.file("stty-after"), "terminal not restored")
        XCTAssertEqual(tmux.file("stderr"), "")
    }

    // MARK: completions and manual page

    func testBashCompletionLoadsAndCompletes() throws {
        let bash = try XCTUnwrap(Self.which("bash"), "bash is not installed")
        let script = prefix + "/share/bash-completion/completions/baoterm"
        let syntax = try CommandRunner.run(["-n", script], executable: URL(fileURLWithPath: bash))
        XCTAssertEqual(syntax.status, 0, syntax.stderr)
        let calls = """
            source "$1" || exit 3
            complete -p baoterm
            COMP_LINE="baoterm li"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(baoterm li); COMP_CWORD=1; COMPREPLY=()
            _baoterm baoterm li baoterm
            printf 'word:%s\\n' "${COMPREPLY[@]}"
            COMP_LINE="baoterm list --pr"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(baoterm list --pr); COMP_CWORD=2; COMPREPLY=()
            _baoterm baoterm --pr list
            printf 'option:%s\\n' "${COMPREPLY[@]}"
            """
        try folder.write("calls.sh", calls)
        let result = try CommandRunner.run(["--norc", "--noprofile", folder.file("calls.sh"), script],
                                           executable: URL(fileURLWithPath: bash))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.lines, ["complete -o filenames -F _baoterm baoterm", "word:list", "option:--province"])
    }

    /// zsh and fish are not needed to build or test baoterm; when present they check their scripts.
    func testZshAndFishCompletionsNameEveryCommand() throws {
        for (file, shell) in [("share/zsh/site-functions/_baoterm", "zsh"), ("share/fish/vendor_completions.d/baoterm.fish", "fish")] {
            let text = try String(contentsOfFile: prefix + "/" + file, encoding: .utf8)
            for command in ["browse", "list", "show", "extract", "search", "provinces", "documents", "cites", "screen"] {
                XCTAssertTrue(text.contains(command), "\(file) lacks \(command)")
            }
            XCTAssertFalse(text.contains("generate-manual"), "\(file) offers the hidden command")
            if let path = Self.which(shell) {
                let result = try CommandRunner.run(["-n", prefix + "/" + file], executable: URL(fileURLWithPath: path))
                XCTAssertEqual(result.status, 0, "\(shell) -n \(file): \(result.stderr)")
            }
        }
    }

    /// `man -l` renders the page with every groff warning enabled and none printed.
    private func renderedManual() throws -> String {
        let man = try XCTUnwrap(Self.which("man"), "man is not installed (scripts/setup.sh installs man-db)")
        let result = try CommandRunner.run(["--warnings=w", "-E", "UTF-8", "-l", prefix + "/share/man/man1/baoterm.1"],
                                           executable: URL(fileURLWithPath: man),
                                           environment: ["LC_ALL": "C.UTF-8", "MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat"],
                                           unset: ["MAN_KEEP_FORMATTING"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "", "man -l printed warnings")
        return result.stdout
    }

    /// Runs of white space as one space, groff's minus sign as a hyphen: text as a reader compares it.
    private static func flat(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{2212}", with: "-").replacingOccurrences(of: "\u{2010}", with: "-")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func testManualPageRendersAndAgreesWithHelp() throws {
        let rendered = try renderedManual()
        let page = Self.flat(rendered)
        let entries = Self.commandEntries(inManual: rendered)
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "BROWSER KEYS", "FILES", "ENVIRONMENT", "EXIT STATUS"] {
            XCTAssertTrue(page.contains(" " + section + " "), "no \(section) section")
        }
        // Every subcommand `--help` lists, with its summary and every option its own help lists.
        let help = try runInstalled(["--help"])
        let subcommands = Self.subcommands(inHelp: help.stdout)
        XCTAssertGreaterThanOrEqual(subcommands.count, 11, help.stdout)
        for (name, summary) in subcommands {
            XCTAssertTrue(page.contains("baoterm " + name), "no \(name) in the manual page")
            XCTAssertTrue(page.contains(Self.flat(summary)), "the manual page lacks \(name)'s summary \(summary)")
            let own = try runInstalled([name, "--help"])
            XCTAssertEqual(own.status, 0)
            let options = Self.options(inHelp: own.stdout)
            XCTAssertFalse(options.isEmpty, "no options read from \(name) --help")
            let entry = try XCTUnwrap(entries[name], "no entry for \(name) under COMMANDS")
            for option in options where option != "--help" && option != "-h" && option != "--version" {
                // Once in the synopsis, once where the option is described.
                XCTAssertGreaterThanOrEqual(Self.occurrences(of: option, in: entry), 2,
                                            "the manual page's \(name) does not describe \(option)")
            }
        }
        // The browser's keys, from the keymap table the help screen is drawn from.
        let keys = try XCTUnwrap(Self.section(of: page, from: " BROWSER KEYS ", to: " FILES "))
        for binding in Keymap.standard.bindings {
            XCTAssertTrue(keys.contains(Self.flat(binding.help)), "no \(binding.command) in BROWSER KEYS")
            for key in binding.keys {
                XCTAssertTrue(keys.contains(key.notation), "no key \(key.notation) in BROWSER KEYS")
            }
        }
        for note in HelpView.notes { XCTAssertTrue(keys.contains(Self.flat(note.text)), note.topic) }
        let files = try XCTUnwrap(Self.section(of: page, from: " FILES ", to: " ENVIRONMENT "))
        for path in ["$XDG_CONFIG_HOME/baoterm/config", "$XDG_CONFIG_HOME/baoterm/feeds", "$XDG_STATE_HOME/baoterm/",
                     "$XDG_CACHE_HOME/baoterm/", "$XDG_DATA_HOME/baoterm/articles/"] {
            XCTAssertTrue(files.contains(path), "FILES lacks \(path)")
        }
        XCTAssertFalse(page.contains("generate-manual"), "the hidden command is documented")
    }

    /// `(name, summary)` of each line of the SUBCOMMANDS section of `--help`.
    static func subcommands(inHelp text: String) -> [(String, String)] {
        var found: [(String, String)] = []
        var inSection = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("SUBCOMMANDS:") { inSection = true; continue }
            guard inSection else { continue }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            if line.hasPrefix("  "), !line.hasPrefix("   "), let name = words.first {
                let summary = words.dropFirst().drop { $0 == "(default)" }.joined(separator: " ")
                found.append((String(name), summary))
            } else if !found.isEmpty {
                found[found.count - 1].1 += " " + words.joined(separator: " ")
            }
        }
        return found.filter { $0.0 != "help" }
    }

    /// The option names (`--json`, `-h`) that start the lines of the OPTIONS section of `--help`.
    static func options(inHelp text: String) -> [String] {
        guard let start = text.range(of: "\nOPTIONS:\n") else { return [] }
        var names: [String] = []
        for line in text[start.upperBound...].components(separatedBy: "\n") where line.hasPrefix("  -") {
            for word in line.split(separator: " ") {
                guard word.hasPrefix("-") else { break }
                names.append(String(word.trimmingCharacters(in: CharacterSet(charactersIn: ","))))
            }
        }
        return names
    }

    /// The rendered entry of each command under COMMANDS (a subsection headed "baoterm NAME"), flattened.
    static func commandEntries(inManual rendered: String) -> [String: String] {
        var entries: [String: String] = [:]
        var current: String?
        for line in rendered.components(separatedBy: "\n") {
            if line.hasPrefix("   baoterm "), let name = line.split(separator: " ").dropFirst().first {
                current = String(name)
                entries[String(name)] = ""
            } else if let first = line.first, !first.isWhitespace {
                current = nil
            } else if let name = current {
                entries[name, default: ""] += " " + flat(line)
            }
        }
        return entries
    }

    /// How often the option name stands in `text` as a whole word (`--index` not counted in `--index-path`).
    static func occurrences(of option: String, in text: String) -> Int {
        let pattern = NSRegularExpression.escapedPattern(for: option) + "(?![A-Za-z0-9-])"
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return 0 }
        return expression.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    /// The text of `page` from the first `from` to the next `to` after it.
    static func section(of page: String, from: String, to: String) -> String? {
        guard let start = page.range(of: from) else { return nil }
        let end = page.range(of: to, range: start.upperBound..<page.endIndex)?.lowerBound ?? page.endIndex
        return String(page[start.lowerBound..<end])
    }
}

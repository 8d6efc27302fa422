import Foundation
import XCTest

/// The real binary in a real (tmux) terminal: what ncurses shows equals the headless screen,
/// and the terminal is restored however the browser ends.
final class BrowserTerminalTests: XCTestCase {
    /// The seeds, with an index of their own so that read marks never leak between runs or into
    /// the user's cache.
    let seeds = ["seeds", "--index", FileManager.default.temporaryDirectory
        .appendingPathComponent("baoterm-e2e-\(getpid())-\(UUID().uuidString.prefix(8)).sqlite").path]

    /// The user state of this test's runs, shared by the terminal and its headless twin as the
    /// index is.
    let stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("baoterm-e2e-state-\(UUID().uuidString)").path

    override func tearDown() {
        for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: seeds[2] + suffix) }
        try? FileManager.default.removeItem(atPath: stateHome)
    }

    /// Types `keys` in tmux and checks the terminal shows exactly what `baoterm screen` prints.
    func assertMatchesHeadless(width: Int = 120, height: Int = 40, keys: String, arguments: [String]? = nil,
                               file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let arguments = arguments ?? seeds
        let tmux = try BrowserTmux(width: width, height: height, arguments: arguments, stateHome: stateHome)
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        try tmux.send(keys)
        let expected = try BrowserTmux.headless(width: width, height: height, keys: keys, arguments: arguments, stateHome: stateHome)
        let shown = try tmux.waitFor { $0 == expected }
        XCTAssertEqual(shown, expected, "terminal and headless screen differ for keys \(keys)", file: file, line: line)
        try tmux.send("Q")
        XCTAssertEqual(tmux.exitStatus(), 0, file: file, line: line)
        XCTAssertEqual(tmux.file("stty-before"), tmux.file("stty-after"), "terminal not restored", file: file, line: line)
        return shown
    }

    func testFirstScreenMatchesHeadless() throws {
        let shown = try assertMatchesHeadless(keys: "")
        XCTAssertTrue(shown.contains("Bài viết 1/5"), shown)
    }

    /// Seed 000 is the newest, first in the list; its fifth link is the NQTW4-XII citation.
    func testOpenArticleFollowLinkAndBackMatchHeadless() throws {
        let opened = try assertMatchesHeadless(keys: "<Enter>")
        XCTAssertTrue(opened.contains("Năng động lãnh đạo xây dựng TP Cần Thơ"), opened)
        let atLink = try assertMatchesHeadless(keys: "<Enter>]]]]]")
        let document = try assertMatchesHeadless(keys: "<Enter>]]]]]<Enter>")
        XCTAssertTrue(document.contains("Nghị quyết NQTW4-XII"), document)
        XCTAssertTrue(document.contains("Được trích dẫn bởi 4 bài"), document)
        for title in ["Năng động lãnh đạo", "Xây dựng đội ngũ cán bộ", "Công tác xây dựng Đảng của TP. Bạc Liêu",
                      "Nhiều giải pháp nâng cao năng lực"] {
            XCTAssertTrue(document.contains(title), "document view lacks \(title)")
        }
        let back = try assertMatchesHeadless(keys: "<Enter>]]]]]<Enter><BS>")
        XCTAssertEqual(back, atLink, "back did not return to the same link and scroll")
    }

    func testProvincePickerAndCommandLineMatchHeadless() throws {
        let canTho = try assertMatchesHeadless(keys: "pcan tho<Enter>")
        XCTAssertTrue(canTho.contains("Bài viết 1/2"), canTho)
        XCTAssertTrue(canTho.contains("tỉnh: Cần Thơ"), canTho)
        let caMau = try assertMatchesHeadless(keys: ":province Cà Mau<Enter>")
        XCTAssertTrue(caMau.contains("Bài viết 1/1") && caMau.contains("2019-01-28  Công tác xây dựng"), caMau)
    }

    func testSearchMatchesHeadless() throws {
        let screen = try assertMatchesHeadless(keys: "<Enter>/tư tưởng<Enter>")
        XCTAssertTrue(screen.contains("/tư tưởng 1/"), screen)
    }

    /// A list longer than the rows the browser keeps at once (its rows are fetched a screen at a
    /// time): the last row, pages and lines back, and a title search far above the screen show in
    /// the terminal what the headless screen shows.
    func testLongPagedListMatchesHeadless() throws {
        let folder = try TempFolder()
        try SyntheticCorpus.write(count: 1_500, into: folder)
        let arguments = [folder.file("c"), "--index", folder.file("index.sqlite")]
        XCTAssertEqual(try runBaoterm(["index"] + arguments, environment: ["XDG_STATE_HOME": stateHome]).status, 0)
        // Undated articles are listed by path: c/0/0.txt first, c/2/1499.txt last.
        let last = try assertMatchesHeadless(keys: "G", arguments: arguments)
        XCTAssertTrue(last.contains("Bài viết 1500/1500"), last)
        XCTAssertTrue(last.contains("Tin tổng hợp số 1499"), last)
        let back = try assertMatchesHeadless(keys: "G<PgUp><PgUp>kk", arguments: arguments)
        XCTAssertFalse(back.contains("1500/1500"), back)
        // From the last row on, around to the first title holding "số 7" in path order.
        let order = (0..<1_500).sorted { "\($0 / 500)/\($0).txt" < "\($1 / 500)/\($1).txt" }
        let seven = try XCTUnwrap(order.firstIndex { String($0).hasPrefix("7") })
        let found = try assertMatchesHeadless(keys: "G/so 7<Enter>", arguments: arguments)
        XCTAssertTrue(found.contains("Bài viết \(seven + 1)/1500"), found)
    }

    func testSmallWindowMatchesHeadless() throws {
        _ = try assertMatchesHeadless(width: 40, height: 12, keys: "<Enter>")
        _ = try assertMatchesHeadless(width: 40, height: 12, keys: "<Enter><Tab>")
        _ = try assertMatchesHeadless(width: 40, height: 12, keys: "d")
    }

    func testResizeRedrawsAtTheNewSize() throws {
        let tmux = try BrowserTmux(width: 120, height: 40, arguments: seeds, stateHome: stateHome)
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        try tmux.send("<Enter>")
        _ = try tmux.waitFor { $0.contains("Đọc") && !$0.contains("Enter: mở bài") }
        for (w, h) in [(60, 20), (40, 12), (120, 40)] {
            try tmux.resize(width: w, height: h)
            let expected = try BrowserTmux.headless(width: w, height: h, keys: "<Enter>", arguments: seeds, stateHome: stateHome)
            let shown = try tmux.waitFor { $0 == expected }
            XCTAssertEqual(shown, expected, "after resize to \(w)x\(h)")
        }
        try tmux.send("Q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        XCTAssertEqual(tmux.file("stty-before"), tmux.file("stty-after"))
    }

    func testSigtermRestoresTheTerminal() throws {
        let tmux = try BrowserTmux(width: 120, height: 40, arguments: seeds, stateHome: stateHome)
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        let pid = try XCTUnwrap(tmux.pid())
        XCTAssertEqual(kill(pid, SIGTERM), 0)
        XCTAssertEqual(tmux.exitStatus(), 128 + Int(SIGTERM))
        XCTAssertEqual(tmux.file("stty-before"), tmux.file("stty-after"), "terminal not restored after SIGTERM")
        let after = try tmux.capture()
        XCTAssertFalse(after.contains("Bài viết"), "the browser's screen is still shown:\n\(after)")
    }

    /// A crash signal (what a Swift trap raises) restores the terminal, then still ends the process
    /// with that signal. The Swift crash reporter's prompt is turned off so the test never waits on it.
    func testCrashSignalRestoresTheTerminal() throws {
        let tmux = try BrowserTmux(width: 120, height: 40, arguments: seeds, stateHome: stateHome,
                                   environment: ["SWIFT_BACKTRACE": "interactive=no"])
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        let pid = try XCTUnwrap(tmux.pid())
        XCTAssertEqual(kill(pid, SIGILL), 0)
        XCTAssertEqual(tmux.exitStatus(timeout: 20), 128 + Int(SIGILL))
        XCTAssertEqual(tmux.file("stty-before"), tmux.file("stty-after"), "terminal not restored after SIGILL")
        let after = try tmux.capture()
        XCTAssertFalse(after.contains("Bài viết 1/"), "the browser's screen is still shown:\n\(after)")
    }

    func testSigintAndCtrlCRestoreTheTerminal() throws {
        let tmux = try BrowserTmux(width: 80, height: 24, arguments: seeds, stateHome: stateHome)
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        try tmux.send("<C-c>")
        XCTAssertEqual(tmux.exitStatus(), 0)
        XCTAssertEqual(tmux.file("stty-before"), tmux.file("stty-after"))

        let other = try BrowserTmux(width: 80, height: 24, arguments: seeds, stateHome: stateHome)
        _ = try other.waitFor { $0.contains("Bài viết") }
        let pid = try XCTUnwrap(other.pid())
        XCTAssertEqual(kill(pid, SIGINT), 0)
        XCTAssertEqual(other.exitStatus(), 128 + Int(SIGINT))
        XCTAssertEqual(other.file("stty-before"), other.file("stty-after"))
    }

    func testCLocaleFallsBackToCUTF8() throws {
        // C.UTF-8 is tried before refusing, so with LC_ALL=C the browser still starts in UTF-8; the
        // refusal needs a system without any UTF-8 locale, which this test cannot arrange.
        let tmux = try BrowserTmux(width: 80, height: 24, arguments: seeds, stateHome: stateHome, environment: ["LC_ALL": "C", "LANG": "C"])
        let screen = try tmux.waitFor { $0.contains("Bài viết") }
        XCTAssertTrue(screen.contains("Bài viết"), "with LC_ALL=C the browser falls back to C.UTF-8:\n\(screen)")
        try tmux.send("Q")
        XCTAssertEqual(tmux.exitStatus(), 0)
    }

    func testQuitWithQ() throws {
        let tmux = try BrowserTmux(width: 120, height: 40, arguments: seeds, stateHome: stateHome)
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        try tmux.send("dq")
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        try tmux.send("Q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        XCTAssertEqual(tmux.file("stty-before"), tmux.file("stty-after"))
    }

    /// The views of the browser on the seeds and the keys that reach each one.
    static let views: [(name: String, keys: String)] = [
        ("list", ""), ("reader", "<Enter>"), ("sidebar", "<Enter><Tab>"), ("document view", "<Enter>]]]]]<Enter>"),
        ("documents index", "d"), ("province picker", "p"), ("picker with a query", "pcan"), ("help", "?"),
        ("bookmarks", "B"),
    ]

    /// `Q` quits from every view with status 0 and the terminal restored.
    func testCapitalQQuitsFromEveryView() throws {
        for (name, keys) in Self.views {
            let tmux = try BrowserTmux(width: 100, height: 30, arguments: seeds, stateHome: stateHome)
            _ = try tmux.waitFor { $0.contains("Bài viết") }
            try tmux.send(keys)
            try tmux.send("Q")
            XCTAssertEqual(tmux.exitStatus(), 0, "Q did not quit from the \(name)")
            XCTAssertEqual(tmux.file("stty-before"), tmux.file("stty-after"), "terminal not restored after Q in the \(name)")
        }
    }

    /// `q` closes each view on top, back to what the headless browser shows for the same keys,
    /// and quits at the list.
    func testQClosesEveryViewThenQuitsAtTheList() throws {
        let tmux = try BrowserTmux(width: 120, height: 40, arguments: seeds, stateHome: stateHome)
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        var typed = ""
        for (name, keys) in Self.views where !["list", "province picker", "picker with a query"].contains(name) {
            try tmux.send(keys + "q")
            typed += keys + "q"
            let expected = try BrowserTmux.headless(width: 120, height: 40, keys: typed, arguments: seeds, stateHome: stateHome)
            let shown = try tmux.waitFor { $0 == expected }
            XCTAssertEqual(shown, expected, "after q in the \(name)")
            XCTAssertNil(tmux.file("status"), "q quit from the \(name)")
        }
        // Back on the browse page with the reader focused: q goes to the list, q there quits.
        try tmux.send("q")
        _ = try tmux.waitFor(timeout: 1) { _ in tmux.file("status") != nil }
        XCTAssertNil(tmux.file("status"), "q in the reader quit")
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0, "q at the list did not quit")
        XCTAssertEqual(tmux.file("stty-before"), tmux.file("stty-after"))

        // An article opened from the document view: q comes back to the document view.
        let other = try BrowserTmux(width: 120, height: 40, arguments: seeds, stateHome: stateHome)
        _ = try other.waitFor { $0.contains("Bài viết") }
        let keys = "<Enter>]]]]]<Enter>jj<Enter>q"
        try other.send(keys)
        let expected = try BrowserTmux.headless(width: 120, height: 40, keys: keys, arguments: seeds, stateHome: stateHome)
        let shown = try other.waitFor { $0 == expected }
        XCTAssertEqual(shown, expected)
        XCTAssertTrue(shown.contains("Được trích dẫn bởi"), shown)
        try other.send("qqq")
        XCTAssertEqual(other.exitStatus(), 0)
    }

    /// `Esc` never quits: from every view, three presses come back to the list, which stays.
    func testEscNeverQuits() throws {
        let tmux = try BrowserTmux(width: 120, height: 40, arguments: seeds, stateHome: stateHome)
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        var typed = ""
        for (name, keys) in Self.views + [("search prompt", "<Enter>/tư"), ("command line", ":prov"), ("documents filter", "d/nq")] {
            try tmux.send(keys + "<Esc><Esc><Esc>")
            typed += keys + "<Esc><Esc><Esc>"
            let expected = try BrowserTmux.headless(width: 120, height: 40, keys: typed, arguments: seeds, stateHome: stateHome)
            let shown = try tmux.waitFor { $0 == expected }
            XCTAssertEqual(shown, expected, "after Esc in the \(name)")
            XCTAssertTrue(shown.contains("Bài viết"), "no list after Esc in the \(name):\n\(shown)")
            XCTAssertNil(tmux.file("status"), "Esc quit from the \(name)")
        }
        try tmux.send("Q")
        XCTAssertEqual(tmux.exitStatus(), 0)
    }

    /// A problem in the config file shows in the status line over the first screen.
    func testConfigErrorShowsAtStart() throws {
        let tmux = try BrowserTmux(width: 120, height: 30, arguments: seeds, stateHome: stateHome, config: "bind j down\nfrobnicate all\n")
        let screen = try tmux.waitFor { $0.contains("frobnicate") }
        let status = screen.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(status.contains("Tệp cấu hình") && status.contains("dòng 2: không rõ chỉ thị 'frobnicate'"), screen)
        try tmux.send("Q")
        XCTAssertEqual(tmux.exitStatus(), 0)
    }

    /// An English locale (or `language en` in the config) gives an English chrome.
    func testEnglishLocale() throws {
        let tmux = try BrowserTmux(width: 120, height: 30, arguments: seeds, stateHome: stateHome, environment: ["LANG": "en_US.UTF-8"])
        // The screen is drawn row by row: wait for its last row, not its first.
        let screen = try tmux.waitFor { $0.contains("Articles 1/5") && $0.contains("<Enter>:read") }
        XCTAssertTrue(screen.contains("Articles 1/5") && screen.contains("Entities"), screen)
        try tmux.send("Q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        let configured = try BrowserTmux(width: 120, height: 30, arguments: seeds, stateHome: stateHome, config: "language en\n")
        let shown = try configured.waitFor { $0.contains("Articles 1/5") && $0.contains("<Enter>:") }
        XCTAssertTrue(shown.contains("<Enter>:read"), shown)
        try configured.send("Q")
        XCTAssertEqual(configured.exitStatus(), 0)
    }

    /// Closing and starting again reopens the article at the line where it was left, at the same
    /// width and at another.
    func testRestartReopensAtTheArticleAndPosition() throws {
        let first = try BrowserTmux(width: 120, height: 30, arguments: seeds, stateHome: stateHome)
        _ = try first.waitFor { $0.contains("Bài viết") }
        try first.send("jj<Enter><PgDn>")
        let reading = try first.waitFor { $0.contains("Bài viết 3/5") && !$0.contains("Đọc 0%") }
        try first.send("Q")
        XCTAssertEqual(first.exitStatus(), 0)
        let second = try BrowserTmux(width: 120, height: 30, arguments: seeds, stateHome: stateHome)
        let reopened = try second.waitFor { $0.contains("Bài viết 3/5") }
        // The reader (between the two separators) shows the same lines.
        func reader(_ screen: String) -> [String] {
            screen.split(separator: "\n").dropLast().map { line in
                let parts = line.split(separator: "│", omittingEmptySubsequences: false)
                return parts.count > 1 ? String(parts[1]) : ""
            }
        }
        XCTAssertEqual(reader(reopened), reader(reading), "reopened:\n\(reopened)\nclosed at:\n\(reading)")
        try second.send("Q")
        XCTAssertEqual(second.exitStatus(), 0)
        // At another width the lines wrap elsewhere: the reader's top row still holds the text
        // that was at the top (its first word), followed by the rest of that row.
        let narrower = try BrowserTmux(width: 90, height: 30, arguments: seeds, stateHome: stateHome)
        let shown = try narrower.waitFor { $0.contains("Bài viết 3/5") }
        let oldTop = reader(reading)[1].split(separator: " ").map(String.init)
        let newRows = reader(shown)
        XCTAssertEqual(newRows[1].split(separator: " ").map(String.init).contains(oldTop[0]), true, "90 columns:\n\(shown)\nclosed at:\n\(reading)")
        let newWords = newRows[1...3].flatMap { $0.split(separator: " ").map(String.init) }
        XCTAssertTrue(newWords.joined(separator: " ").contains(oldTop.joined(separator: " ")), "90 columns:\n\(shown)\nclosed at:\n\(reading)")
        try narrower.send("Q")
        XCTAssertEqual(narrower.exitStatus(), 0)
    }

    /// At 50 columns the reader replaces the list; Esc and h bring the list back.
    func testNarrowEscAndHReturnToTheList() throws {
        for key in ["<Esc>", "h"] {
            let shown = try assertMatchesHeadless(width: 50, height: 20, keys: "<Enter>" + key)
            XCTAssertTrue(shown.contains("Bài viết 1/5"), "\(key):\n\(shown)")
        }
    }

    func testConfigFileRebindsKeys() throws {
        let tmux = try BrowserTmux(width: 100, height: 40, arguments: seeds, stateHome: stateHome, config: "bind z quit\nunbind Q\n")
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        try tmux.send("Q?")
        let help = try tmux.waitFor { $0.contains("Trợ giúp") }
        XCTAssertTrue(help.contains("z "), "help does not list the new key:\n\(help)")
        try tmux.send("z")
        XCTAssertEqual(tmux.exitStatus(), 0)
    }

    /// Colours by default; with NO_COLOR only attributes (reverse, bold, underline), no colour codes.
    func testNoColorFallsBackToAttributes() throws {
        func sgrCodes(_ environment: [String: String]) throws -> Set<String> {
            let tmux = try BrowserTmux(width: 100, height: 24, arguments: seeds, stateHome: stateHome, environment: environment)
            _ = try tmux.waitFor { $0.contains("Bài viết") }
            try tmux.send("<Enter>")
            _ = try tmux.waitFor { !$0.contains("Enter: mở bài") }
            let raw = try tmux.captureWithAttributes()
            try tmux.send("Q")
            _ = tmux.exitStatus()
            var codes = Set<String>()
            for part in raw.components(separatedBy: "\u{1B}[").dropFirst() {
                guard let end = part.firstIndex(of: "m") else { continue }
                for code in part[..<end].split(separator: ";") { codes.insert(String(code)) }
            }
            return codes
        }
        let colourCodes: Set<String> = Set((30...37).map(String.init) + (40...47).map(String.init) + ["38", "48"])
        let coloured = try sgrCodes([:])
        XCTAssertFalse(coloured.isDisjoint(with: colourCodes), "no colour in the default run: \(coloured)")
        let plain = try sgrCodes(["NO_COLOR": "1"])
        XCTAssertTrue(plain.isDisjoint(with: colourCodes), "colour codes with NO_COLOR: \(plain)")
        XCTAssertTrue(plain.contains("7"), "no reverse video with NO_COLOR: \(plain)")
    }
}


/// Drives the real `baoterm` binary inside a detached tmux session: send keys, read the screen.
final class BrowserTmux {
    let session: String
    let folder: URL

    /// tmux, or a skip with a clear message when it is not installed.
    static func tmuxPath() throws -> String {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = String(dir) + "/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw XCTSkip("tmux is not installed: the terminal end-to-end tests need it (apt-get install tmux)")
    }

    /// Starts `baoterm ARGS` in a new tmux session of the given size, in the package root (or
    /// `directory`; `binary` replaces the built one). The wrapper records `stty -a` before and
    /// after, the exit status, and the browser's pid. `stateHome` is the runs' `XDG_STATE_HOME`
    /// (read marks), by default a folder of the session's own.
    init(width: Int, height: Int, arguments: [String], stateHome: String? = nil, environment: [String: String] = [:], config: String? = nil,
         binary: URL? = nil, directory: URL? = nil) throws {
        let tmux = try Self.tmuxPath()
        session = "baoterm-e2e-\(getpid())-" + UUID().uuidString.prefix(8)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(session)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let config {
            let configFolder = folder.appendingPathComponent("baoterm")
            try FileManager.default.createDirectory(at: configFolder, withIntermediateDirectories: true)
            try Data(config.utf8).write(to: configFolder.appendingPathComponent("config"))
        }
        let bin = (binary ?? Binary.url).path
        var env = (["LANG": "C.UTF-8", "TERM": "tmux-256color", "XDG_CONFIG_HOME": folder.path, "BAOTERM_WATCH": "off",
                    "XDG_STATE_HOME": stateHome ?? folder.appendingPathComponent("state").path]
            .merging(environment) { $1 })
            .map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        // Whatever the calling environment says about colour and locale, the test decides.
        if environment["NO_COLOR"] == nil { env = "-u NO_COLOR " + env }
        if environment["LC_ALL"] == nil { env = "-u LC_ALL " + env }
        let args = arguments.map(Self.quote).joined(separator: " ")
        let f = folder.path
        let script = """
            cd \(Self.quote((directory ?? Binary.packageRoot).path)) && stty -a > \(f)/stty-before; \
            sh -c 'echo $$ > \(f)/pid; exec env \(env) \(Self.quote(bin)) \(args) 2> \(f)/stderr'; \
            echo $? > \(f)/status; stty -a > \(f)/stty-after; sleep 600
            """
        // The tmux server may start here and inherit our descriptors: no pipes, or reads never end.
        try Self.run(tmux, ["-L", session, "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", script], capture: false)
        self.tmux = tmux
    }

    private let tmux: String

    deinit {
        // Each instance has its own tmux server (socket named after the session): no shared state.
        _ = try? Self.run(tmux, ["-L", session, "kill-server"], capture: false)
        try? FileManager.default.removeItem(at: folder)
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    static func run(_ exe: String, _ args: [String], capture: Bool = true) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        if !capture {
            _ = try spawnAndWait(exe, args)
            return ""
        }
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        if p.terminationStatus != 0 {
            throw TmuxError(message: "tmux \(args.joined(separator: " ")): " + String(decoding: problem, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs a program with /dev/null as its standard streams and waits for it, without Foundation's
    /// Process: a tmux server forked by the command would otherwise keep that wait from returning.
    static func spawnAndWait(_ exe: String, _ args: [String]) throws -> Int32 {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([exe] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let spawned = posix_spawn(&pid, exe, &actions, nil, argv, environ)
        guard spawned == 0 else { throw TmuxError(message: "cannot run \(exe): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }

    struct TmuxError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Types keys in `screen --keys` notation.
    func send(_ keys: String) throws {
        for token in Self.tokens(keys) {
            switch token {
            case .literal(let text): try Self.run(tmux, ["-L", session, "send-keys", "-t", session, "-l", text])
            case .named(let name): try Self.run(tmux, ["-L", session, "send-keys", "-t", session, name])
            }
            usleep(30_000)
        }
    }

    enum Token { case literal(String), named(String) }

    static let names = ["Enter": "Enter", "Tab": "Tab", "S-Tab": "BTab", "Esc": "Escape", "Up": "Up", "Down": "Down",
                        "Left": "Left", "Right": "Right", "PgUp": "PPage", "PgDn": "NPage", "BS": "BSpace", "C-c": "C-c",
                        "Home": "Home", "End": "End", "Space": "Space"]

    static func tokens(_ keys: String) -> [Token] {
        var tokens: [Token] = []
        var literal = ""
        var rest = Substring(keys)
        while let c = rest.first {
            if c == "<", let close = rest.firstIndex(of: ">"),
               let name = names[String(rest[rest.index(after: rest.startIndex)..<close])] {
                if !literal.isEmpty { tokens.append(.literal(literal)); literal = "" }
                tokens.append(.named(name))
                rest = rest[rest.index(after: close)...]
                continue
            }
            literal.append(c)
            rest = rest.dropFirst()
        }
        if !literal.isEmpty { tokens.append(.literal(literal)) }
        return tokens
    }

    /// The visible screen with its attributes as escape sequences (`capture-pane -e`).
    func captureWithAttributes() throws -> String {
        try Self.run(tmux, ["-L", session, "capture-pane", "-p", "-e", "-t", session])
    }

    /// The visible screen, trailing spaces removed from each line.
    func capture() throws -> String {
        let text = try Self.run(tmux, ["-L", session, "capture-pane", "-p", "-t", session])
        return Self.trim(text)
    }

    static func trim(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var l = String(line)
            while l.last == " " { l.removeLast() }
            return l
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Waits until the screen satisfies `condition` (or the time runs out) and returns it.
    func waitFor(timeout: TimeInterval = 8, _ condition: (String) -> Bool) throws -> String {
        try Self.poll(timeout: timeout, capture, until: condition)
    }

    /// Captures a screen every 100 ms until it satisfies `condition` and a second capture 50 ms
    /// later shows the same (the terminal draws row by row: a capture can fall between the first
    /// row and the last), or the time runs out; then the last screen that satisfied it, if any.
    static func poll(timeout: TimeInterval, _ capture: () throws -> String, until condition: (String) -> Bool) throws -> String {
        let end = Date().addingTimeInterval(timeout)
        var screen = try capture()
        var satisfied: String?
        while Date() < end {
            if condition(screen) {
                satisfied = screen
                usleep(50_000)
                let again = try capture()
                if again == screen { return screen }
                screen = again
                continue
            }
            usleep(100_000)
            screen = try capture()
        }
        return condition(screen) ? screen : (satisfied ?? screen)
    }

    func resize(width: Int, height: Int) throws {
        try Self.run(tmux, ["-L", session, "resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    func file(_ name: String) -> String? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The browser's process id, once it has started.
    func pid() -> pid_t? {
        for _ in 0..<50 {
            if let text = file("pid"), let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            usleep(100_000)
        }
        return nil
    }

    /// Waits for the browser to exit and returns its exit status as the shell saw it.
    func exitStatus(timeout: TimeInterval = 8) -> Int? {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if let text = file("status"), let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)),
               file("stty-after")?.isEmpty == false {
                return status
            }
            usleep(100_000)
        }
        return nil
    }

    /// What `baoterm screen` prints for the same keys and size: the headless twin of the terminal.
    static func headless(width: Int, height: Int, keys: String, arguments: [String], stateHome: String) throws -> String {
        let p = Process()
        p.executableURL = Binary.url
        p.currentDirectoryURL = Binary.packageRoot
        p.arguments = ["screen", "--size", "\(width)x\(height)", "--keys", keys] + arguments
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("baoterm-e2e-noconfig").path
        // The chrome's language follows the locale: the same one as the tmux side.
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        env["XDG_STATE_HOME"] = stateHome
        env["BAOTERM_WATCH"] = "off"
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return trim(String(decoding: data, as: UTF8.self))
    }
}

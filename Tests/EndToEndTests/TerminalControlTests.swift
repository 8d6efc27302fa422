import Foundation
import XCTest

/// The browser under a real shell with job control, in tmux: Ctrl-Z and fg, a terminal that
/// cannot address the cursor, and keys left unread at exit.
final class TerminalControlTests: XCTestCase {
    /// An interactive bash (job control on) in its own tmux server.
    final class Shell {
        let session: String
        let folder: URL
        let tmux: String

        init(width: Int = 100, height: Int = 30, term: String = "tmux-256color") throws {
            tmux = try BrowserTmux.tmuxPath()
            session = "baoterm-job-\(getpid())-" + UUID().uuidString.prefix(8)
            folder = FileManager.default.temporaryDirectory.appendingPathComponent(session)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            let command = "env -i PATH=\(BrowserTmux.quote(path)) HOME=\(BrowserTmux.quote(folder.path)) TERM=\(term) "
                + "LANG=C.UTF-8 XDG_CONFIG_HOME=\(BrowserTmux.quote(folder.path)) PS1='$ ' bash --norc --noprofile -i"
            try BrowserTmux.run(tmux, ["-L", session, "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
                                       "-c", Binary.packageRoot.path, command], capture: false)
            _ = try waitFor { $0.hasSuffix("$") }
        }

        deinit {
            _ = try? BrowserTmux.run(tmux, ["-L", session, "kill-server"], capture: false)
            try? FileManager.default.removeItem(at: folder)
        }

        func type(_ text: String) throws {
            try BrowserTmux.run(tmux, ["-L", session, "send-keys", "-t", session, "-l", text])
        }

        func key(_ name: String) throws {
            try BrowserTmux.run(tmux, ["-L", session, "send-keys", "-t", session, name])
        }

        /// Types a command line and presses Enter.
        func run(_ line: String) throws {
            try type(line)
            try key("Enter")
        }

        func capture() throws -> String {
            BrowserTmux.trim(try BrowserTmux.run(tmux, ["-L", session, "capture-pane", "-p", "-t", session]))
        }

        func waitFor(timeout: TimeInterval = 10, _ condition: (String) -> Bool) throws -> String {
            try BrowserTmux.poll(timeout: timeout, capture, until: condition)
        }
    }

    private var index: String {
        FileManager.default.temporaryDirectory.appendingPathComponent("baoterm-job-\(getpid()).sqlite").path
    }

    override func tearDown() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: index + suffix) }
    }

    private var browse: String {
        BrowserTmux.quote(Binary.url.path) + " seeds --index " + BrowserTmux.quote(index)
    }

    /// Ctrl-Z gives the shell its screen back and stops the job; fg redraws the browser where it
    /// was; the typed Ctrl-Z never reaches a prompt as text.
    func testCtrlZSuspendsAndFgResumes() throws {
        let shell = try Shell()
        try shell.run("clear; echo before-browser")
        try shell.run(browse)
        _ = try shell.waitFor { $0.contains("Bài viết 1/5") }
        try shell.type(":prov")
        _ = try shell.waitFor { $0.contains(":prov▏") }
        try shell.key("C-z")
        let stopped = try shell.waitFor { $0.contains("Stopped") }
        XCTAssertTrue(stopped.contains("Stopped"), stopped)
        XCTAssertTrue(stopped.contains("before-browser"), "the shell's screen is back:\n\(stopped)")
        XCTAssertFalse(stopped.contains("Bài viết 1/5"), stopped)
        try shell.run("jobs")
        _ = try shell.waitFor { $0.components(separatedBy: "Stopped").count >= 3 }
        try shell.run("fg")
        let resumed = try shell.waitFor { $0.contains("Bài viết 1/5") && $0.contains(":prov▏") }
        XCTAssertTrue(resumed.contains(":prov▏"), "the prompt is as it was, without a ^Z in it:\n\(resumed)")
        XCTAssertFalse(resumed.contains("Stopped"), "fg redraws the whole screen:\n\(resumed)")
        try shell.type("ince can tho")
        try shell.key("Enter")
        let filtered = try shell.waitFor { $0.contains("Bài viết 1/2") }
        XCTAssertTrue(filtered.contains("tỉnh: Cần Thơ"), filtered)
        try shell.type("Q")
        _ = try shell.waitFor { !$0.contains("Bài viết") }
        // Quoted apart, so that the command line itself never shows the marker.
        try shell.run(#"echo "EXIT""=$?""#)
        let after = try shell.waitFor { $0.contains("EXIT=") }
        XCTAssertTrue(after.contains("EXIT=0"), after)
    }

    /// TERM=dumb cannot show the browser: refused with a message before curses starts.
    func testDumbTerminalIsRefused() throws {
        let shell = try Shell(width: 250, term: "dumb")
        try shell.run(browse + #" 2>&1; echo "EXIT""=$?""#)
        let screen = try shell.waitFor { $0.contains("EXIT=") }
        XCTAssertTrue(screen.contains("baoterm: cannot start the terminal interface: TERM=dumb cannot move the cursor"), screen)
        XCTAssertTrue(screen.contains("EXIT=1"), screen)
        try shell.run("TERM=no-such-terminal " + browse + #" 2>&1; echo "EXIT""=$?""#)
        let unknown = try shell.waitFor { $0.contains("no terminfo entry") && $0.components(separatedBy: "EXIT=").count >= 3 }
        XCTAssertTrue(unknown.contains("TERM=no-such-terminal is not a terminal type this system knows"), unknown)
    }

    /// Keys that arrive with the one that quits are discarded, not run by the shell.
    func testUnreadKeysDoNotReachTheShell() throws {
        let shell = try Shell()
        try shell.run(browse + #"; echo "EXIT""=$?""#)
        _ = try shell.waitFor { $0.contains("Bài viết 1/5") }
        // One write: Q quits, the rest is still unread in the terminal when the browser exits.
        try shell.type("Qecho LEAKED-INTO-SHELL")
        _ = try shell.waitFor { $0.contains("EXIT=") }
        try shell.key("Enter")
        try shell.run(#"echo done-"waiting""#)
        let screen = try shell.waitFor { $0.contains("done-waiting") }
        XCTAssertTrue(screen.contains("EXIT=0"), screen)
        XCTAssertFalse(screen.contains("LEAKED"), "unread keys reached the shell:\n\(screen)")
    }
}

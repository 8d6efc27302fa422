import Foundation
import XCTest

/// The real binary in a real (tmux) terminal: what ncurses shows equals the headless screen,
/// and the terminal is restored however the browser ends.
final class BrowserTerminalTests: XCTestCase {
    /// The seeds, with an index of their own so that read marks never leak between runs or into
    /// the user's cache.
    let seeds = ["seeds", "--index", FileManager.default.temporaryDirectory
        .appendingPathComponent("baoterm-e2e-\(getpid())-\(UUID().uuidString.prefix(8)).sqlite").path]

    override func tearDown() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: seeds[2] + suffix) }
    }

    /// Types `keys` in tmux and checks the terminal shows exactly what `baoterm screen` prints.
    func assertMatchesHeadless(width: Int = 120, height: Int = 40, keys: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let tmux = try BrowserTmux(width: width, height: height, arguments: seeds)
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        try tmux.send(keys)
        let expected = try BrowserTmux.headless(width: width, height: height, keys: keys, arguments: seeds)
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
        XCTAssertTrue(caMau.contains("Bài viết 1/1") && caMau.contains("Công tác xây dựng Đảng"), caMau)
    }

    func testSearchMatchesHeadless() throws {
        let screen = try assertMatchesHeadless(keys: "<Enter>/tư tưởng<Enter>")
        XCTAssertTrue(screen.contains("/tư tưởng 1/"), screen)
    }

    func testSmallWindowMatchesHeadless() throws {
        _ = try assertMatchesHeadless(width: 40, height: 12, keys: "<Enter>")
        _ = try assertMatchesHeadless(width: 40, height: 12, keys: "<Enter><Tab>")
        _ = try assertMatchesHeadless(width: 40, height: 12, keys: "d")
    }

    func testResizeRedrawsAtTheNewSize() throws {
        let tmux = try BrowserTmux(width: 120, height: 40, arguments: seeds)
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        try tmux.send("<Enter>")
        _ = try tmux.waitFor { $0.contains("Đọc") && !$0.contains("Enter opens") }
        for (w, h) in [(60, 20), (40, 12), (120, 40)] {
            try tmux.resize(width: w, height: h)
            let expected = try BrowserTmux.headless(width: w, height: h, keys: "<Enter>", arguments: seeds)
            let shown = try tmux.waitFor { $0 == expected }
            XCTAssertEqual(shown, expected, "after resize to \(w)x\(h)")
        }
        try tmux.send("Q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        XCTAssertEqual(tmux.file("stty-before"), tmux.file("stty-after"))
    }

    func testSigtermRestoresTheTerminal() throws {
        let tmux = try BrowserTmux(width: 120, height: 40, arguments: seeds)
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        let pid = try XCTUnwrap(tmux.pid())
        XCTAssertEqual(kill(pid, SIGTERM), 0)
        XCTAssertEqual(tmux.exitStatus(), 128 + Int(SIGTERM))
        XCTAssertEqual(tmux.file("stty-before"), tmux.file("stty-after"), "terminal not restored after SIGTERM")
        let after = try tmux.capture()
        XCTAssertFalse(after.contains("Bài viết"), "the browser's screen is still shown:\n\(after)")
    }

    func testSigintAndCtrlCRestoreTheTerminal() throws {
        let tmux = try BrowserTmux(width: 80, height: 24, arguments: seeds)
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        try tmux.send("<C-c>")
        XCTAssertEqual(tmux.exitStatus(), 0)
        XCTAssertEqual(tmux.file("stty-before"), tmux.file("stty-after"))

        let other = try BrowserTmux(width: 80, height: 24, arguments: seeds)
        _ = try other.waitFor { $0.contains("Bài viết") }
        let pid = try XCTUnwrap(other.pid())
        XCTAssertEqual(kill(pid, SIGINT), 0)
        XCTAssertEqual(other.exitStatus(), 128 + Int(SIGINT))
        XCTAssertEqual(other.file("stty-before"), other.file("stty-after"))
    }

    func testNonUTF8LocaleIsRefusedWithAClearMessage() throws {
        // C.UTF-8 is tried before refusing, so only a locale setup without it can be refused; the
        // message path is covered when LC_ALL names a locale that does not exist and C.UTF-8 works.
        let tmux = try BrowserTmux(width: 80, height: 24, arguments: seeds, environment: ["LC_ALL": "C", "LANG": "C"])
        let screen = try tmux.waitFor { $0.contains("Bài viết") }
        XCTAssertTrue(screen.contains("Bài viết"), "with LC_ALL=C the browser falls back to C.UTF-8:\n\(screen)")
        try tmux.send("Q")
        XCTAssertEqual(tmux.exitStatus(), 0)
    }

    func testQuitWithQ() throws {
        let tmux = try BrowserTmux(width: 120, height: 40, arguments: seeds)
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        try tmux.send("dq")
        _ = try tmux.waitFor { $0.contains("Bài viết") }
        try tmux.send("Q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        XCTAssertEqual(tmux.file("stty-before"), tmux.file("stty-after"))
    }
}

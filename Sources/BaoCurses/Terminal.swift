import BaoStore
import BaoTUI
import CCursesShim
import Foundation

/// Why the browser could not use the terminal.
public enum TerminalError: Error, CustomStringConvertible {
    case notUTF8(codeset: String)
    case noTerminal
    case unknownTerminal(term: String)
    case noCursorAddressing(term: String)

    public var description: String {
        switch self {
        case .notUTF8(let codeset):
            return "the terminal locale uses \(codeset), not UTF-8, so Vietnamese text would be garbled. "
                + "Set a UTF-8 locale, e.g. `export LANG=C.UTF-8` (or vi_VN.UTF-8), and run baoterm again."
        case .noTerminal:
            return "cannot start the terminal interface: stdin/stdout is not a terminal or TERM is unknown. "
                + "Use `baoterm screen` for a headless screen, or `baoterm list` for plain text."
        case .unknownTerminal(let term):
            return "cannot start the terminal interface: TERM=\(term.isEmpty ? "(unset)" : term) is not a terminal type this "
                + "system knows (no terminfo entry). Set TERM to your terminal, e.g. TERM=xterm-256color; "
                + "`baoterm list`, `show` and `search` work without one."
        case .noCursorAddressing(let term):
            return "cannot start the terminal interface: TERM=\(term) cannot move the cursor, which the browser needs. "
                + "Run it in a full terminal (e.g. TERM=xterm-256color), or use `baoterm list`, `show` and `search`, "
                + "which print plain text."
        }
    }
}

/// The only code that talks to ncursesw: start, draw the difference between screens, read keys, restore.
public enum Terminal {
    public static func size() -> (width: Int, height: Int) {
        var h: Int32 = 0, w: Int32 = 0
        baoterm_size(&h, &w)
        return (Int(w), Int(h))
    }
}

/// Runs the browser in the terminal until the user quits or a signal arrives.
public enum TerminalBrowser {
    /// Runs the browser. `background`, when given, runs on its own thread once the first screen is
    /// drawn (the index refresh); when it returns, the list is reloaded and its message shown.
    /// `welcome`, when given, replaces the empty article list (there is nothing to read).
    /// `startMessage` (problems in the config file) shows in the status line over the first screen.
    /// The browser reopens where the last session closed and remembers where this one closes.
    /// `fetch`, when given, is what the fetch key runs on its own thread: it reports progress lines
    /// and returns what it did; the list is then reloaded.
    public static func run(store: CorpusStore, corpusName: String, config: Config, language: Language = .vi,
                           startMessage: String? = nil,
                           background: (@Sendable () -> String?)? = nil, welcome: Welcome? = nil,
                           fetch: (@Sendable (_ progress: @escaping @Sendable (String) -> Void) -> String)? = nil) throws {
        guard baoterm_setup_locale() == 1 else {
            throw TerminalError.notUTF8(codeset: String(cString: baoterm_codeset()))
        }
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.noTerminal }
        // Refused before curses starts: on TERM=dumb it would show a blank screen and take the keys.
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        switch baoterm_check_terminal() {
        case 1: throw TerminalError.unknownTerminal(term: term)
        case 2: throw TerminalError.noCursorAddressing(term: term)
        default: break
        }
        baoterm_install_signals()
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let started = baoterm_start(noColor ? 0 : 1)
        guard started > 0 else { throw TerminalError.noTerminal }
        // From here on every exit path restores the terminal.
        var signal: Int32 = 0
        defer {
            baoterm_stop()
            if signal != 0 { baoterm_reraise(signal) }
        }
        let palette = Palette(color: started == 2, colors: Int(baoterm_color_count()), overrides: config.colors)
        palette.install()

        let (width, height) = Terminal.size()
        var state = AppState(width: width, height: height, corpusName: corpusName, keymap: config.keymap,
                             options: BrowserOptions(markReadOnOpen: true, restoresPosition: true))
        state.welcome = welcome
        state.lang = language
        let runtime = BrowserRuntime(store: store, state: state)
        runtime.openURL = { url in openExternally(url, language) }
        runtime.send(.start)
        if let startMessage { runtime.send(.failed(startMessage)) }
        // Runs before the terminal is restored, on every way out of the loop below.
        defer { runtime.saveLastPosition() }

        let fetchProgress = BackgroundResult()
        let fetchFinished = BackgroundResult()
        if let fetch {
            runtime.startFetch = {
                Thread.detachNewThread { fetchFinished.set(fetch { line in fetchProgress.set(line) }) }
            }
        }
        let finished = BackgroundResult()
        if let background {
            Thread.detachNewThread { finished.set(background()) }
        }
        var shown: Screen?
        var dirty = true
        var drawnAt = DispatchTime.now().uptimeNanoseconds
        while !runtime.state.shouldQuit {
            signal = baoterm_pending_signal()
            if signal != 0 { return }
            if baoterm_take_suspend() != 0 {
                suspend(runtime)
                shown = nil
                dirty = true
            }
            if baoterm_take_continued() != 0 {
                // Stopped and continued by someone else (SIGSTOP): whatever is on the terminal now
                // is not ours; draw everything again, at the size it has now.
                baoterm_resume()
                resized(runtime)
                shown = nil
                dirty = true
            }
            if let message = finished.take() {
                runtime.send(.start)
                if !message.isEmpty { runtime.send(.failed(message)) }
                dirty = true
            }
            if let line = fetchProgress.take() {
                runtime.send(.fetchProgress(line))
                dirty = true
            }
            if let message = fetchFinished.take() {
                _ = fetchProgress.take()
                runtime.send(.fetchFinished(message))
                dirty = true
            }
            // Keys already waiting (a paste, a held key) are all applied before the next draw, but
            // a draw still comes every 50 ms so that a long paste shows its progress.
            var input: TerminalInput?
            if dirty, DispatchTime.now().uptimeNanoseconds - drawnAt < 50_000_000 {
                baoterm_input_timeout(0)
                input = readInput()
                baoterm_input_timeout(100)
            }
            if input == nil {
                // Render only after something happened; the read below wakes up every 100 ms to poll signals.
                if dirty {
                    let screen = runtime.render()
                    draw(screen, over: shown, palette: palette)
                    shown = screen
                    dirty = false
                    drawnAt = DispatchTime.now().uptimeNanoseconds
                }
                input = readInput()
            }
            switch input {
            case nil:
                continue
            case .suspend?:
                suspend(runtime)
                shown = nil
            case .action(let action)?:
                if case .resize = action {
                    baoterm_clear()
                    shown = nil
                }
                runtime.send(action)
            }
            dirty = true
        }
    }

    /// Ctrl-Z: gives the terminal back and stops; on `fg`, takes it again and redraws at the
    /// size the window has now.
    static func suspend(_ runtime: BrowserRuntime) {
        baoterm_suspend()
        resized(runtime)
    }

    private static func resized(_ runtime: BrowserRuntime) {
        baoterm_clear()
        let (width, height) = Terminal.size()
        if width != runtime.state.width || height != runtime.state.height {
            runtime.send(.resize(width: width, height: height))
        }
    }

    /// Draws the rows that differ from what the terminal shows.
    static func draw(_ screen: Screen, over previous: Screen?, palette: Palette) {
        let sameSize = previous?.width == screen.width && previous?.height == screen.height
        var buffer = [wchar_t](repeating: 0, count: 8)
        for y in 0..<screen.height {
            if sameSize, let previous, rowEqual(screen, previous, y) { continue }
            for x in 0..<screen.width {
                guard let cell = screen.cell(x: x, y: y), cell.width > 0 else { continue }
                var n = 0
                for scalar in cell.text.unicodeScalars where n < 5 {
                    buffer[n] = wchar_t(bitPattern: scalar.value)
                    n += 1
                }
                let style = palette.style(cell.role)
                baoterm_put(Int32(y), Int32(x), buffer, Int32(n), Int32(cell.width), style.flags, style.pair)
            }
        }
        baoterm_refresh()
    }

    static func rowEqual(_ a: Screen, _ b: Screen, _ y: Int) -> Bool {
        let start = y * a.width
        return a.cells[start..<(start + a.width)] == b.cells[start..<(start + a.width)]
    }

    /// What a key means to the terminal loop: an action for the browser, or Ctrl-Z.
    enum TerminalInput {
        case action(Action)
        case suspend
    }

    /// Waits briefly for input (as long as the input timeout says) and says what it means.
    static func readInput() -> TerminalInput? {
        var code: Int32 = 0
        // Raw mode turns Ctrl-Z into a key (code 26) rather than a signal: it suspends here, so
        // it never reaches a prompt as text.
        let kind = baoterm_read_key(&code)
        if kind == 1, code == 26 { return .suspend }
        return action(kind: kind, code: code).map(TerminalInput.action)
    }

    /// The action for a key `baoterm_read_key` returned.
    static func action(kind: Int32, code: Int32) -> Action? {
        switch kind {
        case 1:
            switch code {
            case 9: return .key(.tab)
            case 10, 13: return .key(.enter)
            case 27: return .key(.esc)
            case 8, 127: return .key(.backspace)
            case 1...26:
                guard let scalar = Unicode.Scalar(UInt32(code) + 96) else { return nil }
                return .key(.ctrl(Character(scalar)))
            default:
                guard code > 31, let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
                return .key(.char(Character(scalar)))
            }
        case 2:
            switch Int(code) {
            case Int(BAOTERM_KEY_UP): return .key(.up)
            case Int(BAOTERM_KEY_DOWN): return .key(.down)
            case Int(BAOTERM_KEY_LEFT): return .key(.left)
            case Int(BAOTERM_KEY_RIGHT): return .key(.right)
            case Int(BAOTERM_KEY_PPAGE): return .key(.pageUp)
            case Int(BAOTERM_KEY_NPAGE): return .key(.pageDown)
            case Int(BAOTERM_KEY_HOME): return .key(.home)
            case Int(BAOTERM_KEY_END): return .key(.end)
            case Int(BAOTERM_KEY_BACKSPACE): return .key(.backspace)
            case Int(BAOTERM_KEY_DC): return .key(.delete)
            case Int(BAOTERM_KEY_BTAB): return .key(.backTab)
            case Int(BAOTERM_KEY_ENTER): return .key(.enter)
            case Int(BAOTERM_KEY_RESIZE):
                let (w, h) = Terminal.size()
                return .resize(width: w, height: h)
            case Int(BAOTERM_KEY_MOUSE):
                var y: Int32 = 0, x: Int32 = 0
                switch baoterm_mouse(&y, &x) {
                case 1: return .mouse(MouseEvent(kind: .click, x: Int(x), y: Int(y)))
                case 2: return .mouse(MouseEvent(kind: .wheelUp, x: Int(x), y: Int(y)))
                case 3: return .mouse(MouseEvent(kind: .wheelDown, x: Int(x), y: Int(y)))
                default: return nil
                }
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// Opens a URL with `$BROWSER` (see `ExternalBrowser`): the first command whose program is
    /// found in PATH runs, without a shell, while the terminal is given back to it.
    static func openExternally(_ url: String, _ lang: Language) -> String? {
        let env = ProcessInfo.processInfo.environment
        let commands = ExternalBrowser.commands(browser: env["BROWSER"] ?? "", url: url)
        guard !commands.isEmpty else {
            return lang("Hãy đặt $BROWSER để mở liên kết. Nguồn: ", "Set $BROWSER to open links. Source: ") + url
        }
        let path = env["PATH"] ?? "/usr/bin:/bin"
        guard let (command, executable) = commands.lazy.compactMap({ command in
            resolve(command[0], path: path).map { (command, $0) }
        }).first else {
            let programs = commands.map { $0[0] }.joined(separator: ", ")
            return lang("Không tìm thấy $BROWSER (\(programs)) trong PATH", "$BROWSER (\(programs)) is not in PATH")
        }
        let program = command[0]
        baoterm_stop()
        defer { baoterm_resume() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(command.dropFirst())
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return lang("Không chạy được \(program): ", "Could not run \(program): ") + error.localizedDescription
        }
        return process.terminationStatus == 0 ? nil
            : lang("\(program) kết thúc với mã lỗi \(process.terminationStatus)", "\(program) exited with status \(process.terminationStatus)")
    }

    static func resolve(_ program: String, path: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        for dir in path.split(separator: ":") {
            let candidate = String(dir) + "/" + program
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// The message of a finished background task, handed from its thread to the main loop once.
final class BackgroundResult: @unchecked Sendable {
    private let lock = NSLock()
    private var message: String?

    func set(_ value: String?) {
        lock.lock()
        message = value ?? ""
        lock.unlock()
    }

    /// The message once the task has finished ("" for nothing to say), then nil.
    func take() -> String? {
        lock.lock()
        defer { lock.unlock() }
        let value = message
        message = nil
        return value
    }
}

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

/// What the terminal delivers: a key, a new size, a mouse event, or Ctrl-Z.
public enum TerminalEvent: Equatable {
    case key(Key)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    /// Ctrl-Z: raw mode turns it into a key rather than a signal, so it never reaches a prompt as
    /// text; the program answers with `suspend()`.
    case suspend
}

/// The terminal as the browser's backend, and the only code that talks to ncursesw: it draws
/// screens, delivers events, suspends, and gives the terminal back on every way out.
///
/// Signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT) only set flags from the moment the
/// terminal is taken: the program polls them between events (`quitSignal()`,
/// `takeSuspendRequest()`, `takeContinued()`), and `restore()` re-raises a quitting signal once the
/// terminal is the user's again. The owner calls `restore()` on every exit path (a `defer`).
public final class Terminal {
    private let palette: Palette
    /// What the terminal shows, to draw only the rows that differ; nil after anything else drew
    /// on it (a suspension, another program, a resize).
    private var shown: Screen?
    private var signal: Int32 = 0

    /// Takes the terminal: a UTF-8 locale, a terminal on standard input and output whose TERM
    /// can move the cursor, then curses in raw mode with the palette (`colors` overrides the
    /// default colours; none when `NO_COLOR` is set). Throws before the screen changes when the
    /// terminal cannot be used.
    public init(colors: [Role: ColorSpec]) throws {
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
        palette = Palette(color: started == 2, colors: Int(baoterm_color_count()), overrides: colors)
        palette.install()
    }

    /// Gives the terminal back as it was, then, when a signal asked the program to end
    /// (`quitSignal()`), ends it the way that signal would have.
    public func restore() {
        baoterm_stop()
        if signal != 0 { baoterm_reraise(signal) }
    }

    /// The size of the terminal now.
    public var size: (width: Int, height: Int) {
        var h: Int32 = 0, w: Int32 = 0
        baoterm_size(&h, &w)
        return (Int(w), Int(h))
    }

    /// The signal that asks the program to end (SIGINT, SIGTERM, SIGHUP, SIGQUIT), once one has
    /// arrived: the program then leaves its loop, and `restore()` re-raises it.
    public func quitSignal() -> Int32? {
        signal = baoterm_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// True once after SIGTSTP arrived from outside (`kill -TSTP`): the program answers with `suspend()`.
    public func takeSuspendRequest() -> Bool { baoterm_take_suspend() != 0 }

    /// True once after the program was stopped by someone else (SIGSTOP) and continued: whatever
    /// is on the terminal now is not ours, so the terminal is taken again and the next `draw`
    /// repaints everything.
    public func takeContinued() -> Bool {
        guard baoterm_take_continued() != 0 else { return false }
        baoterm_resume()
        clear()
        return true
    }

    /// Ctrl-Z: gives the terminal back and stops; on `fg`, takes it again, and the next `draw`
    /// repaints everything (at the size the window has now: compare `size`).
    public func suspend() {
        baoterm_suspend()
        clear()
    }

    /// Forgets what the terminal shows, so that the next `draw` repaints everything.
    public func clear() {
        baoterm_clear()
        shown = nil
    }

    /// Draws the rows of `screen` that differ from what the terminal shows.
    public func draw(_ screen: Screen) {
        let sameSize = shown?.width == screen.width && shown?.height == screen.height
        var buffer = [wchar_t](repeating: 0, count: 8)
        for y in 0..<screen.height {
            if sameSize, let shown, Self.rowEqual(screen, shown, y) { continue }
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
        shown = screen
    }

    static func rowEqual(_ a: Screen, _ b: Screen, _ y: Int) -> Bool {
        let start = y * a.width
        return a.cells[start..<(start + a.width)] == b.cells[start..<(start + a.width)]
    }

    /// The next event: waits for one up to a tenth of a second when `waiting` (so that the loop
    /// polls signals ten times a second), else only takes one that is already there (a paste,
    /// a held key). Nil when none came.
    public func nextEvent(waiting: Bool) -> TerminalEvent? {
        guard waiting else {
            baoterm_input_timeout(0)
            defer { baoterm_input_timeout(100) }
            return readEvent()
        }
        return readEvent()
    }

    private func readEvent() -> TerminalEvent? {
        var code: Int32 = 0
        let kind = baoterm_read_key(&code)
        if kind == 1, code == 26 { return .suspend }
        return event(kind: kind, code: code)
    }

    /// The event for a key `baoterm_read_key` returned.
    private func event(kind: Int32, code: Int32) -> TerminalEvent? {
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
                let (w, h) = size
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

    /// Runs `body` (another program) with the terminal given back to the user, then takes it
    /// again and repaints what it showed.
    public func givenBack<T>(_ body: () throws -> T) rethrows -> T {
        baoterm_stop()
        defer { baoterm_resume() }
        return try body()
    }
}

import BaoCurses
import BaoCore
import BaoTUI
import Foundation

/// Runs the browser in the terminal until the user quits or a signal arrives: the app loop that
/// feeds the terminal's events to `BrowserRuntime` and draws its screens (`Terminal` is the backend).
enum TerminalBrowser {
    /// Runs the browser. `background`, when given, runs on its own thread once the first screen is
    /// drawn (the index refresh); when it returns, the list is reloaded and its message shown.
    /// `welcome`, when given, replaces the empty article list (there is nothing to read).
    /// `startMessage` (problems in the config file) shows in the status line over the first screen.
    /// The browser reopens where the last session closed and remembers where this one closes.
    /// `fetch`, when given, is what the fetch key runs on its own thread: it reports progress lines
    /// and returns what it did; the list is then reloaded.
    static func run(store: CorpusStore, corpusName: String, config: Config, language: Language = .vi,
                    startMessage: String? = nil,
                    background: (@Sendable () -> String?)? = nil, welcome: Welcome? = nil,
                    fetch: (@Sendable (_ progress: @escaping @Sendable (String) -> Void) -> String)? = nil) throws {
        let terminal = try Terminal(colors: config.colors)
        // From here on every exit path restores the terminal (and re-raises a quitting signal).
        defer { terminal.restore() }

        let (width, height) = terminal.size
        var state = AppState(width: width, height: height, corpusName: corpusName, keymap: config.keymap,
                             options: BrowserOptions(markReadOnOpen: true, restoresPosition: true))
        state.welcome = welcome
        state.lang = language
        let runtime = BrowserRuntime(store: store, state: state)
        runtime.openURL = { url in openExternally(url, language, terminal: terminal) }
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
        var dirty = true
        var drawnAt = DispatchTime.now().uptimeNanoseconds
        while !runtime.state.shouldQuit {
            if terminal.quitSignal() != nil { return }
            if terminal.takeSuspendRequest() {
                suspend(terminal, runtime)
                dirty = true
            }
            if terminal.takeContinued() {
                // Stopped and continued by someone else (SIGSTOP): drawn again, at the size it has now.
                resized(terminal, runtime)
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
            // Events already waiting (a paste, a held key) are all applied before the next draw, but
            // a draw still comes every 50 ms so that a long paste shows its progress.
            var event: TerminalEvent?
            if dirty, DispatchTime.now().uptimeNanoseconds - drawnAt < 50_000_000 {
                event = terminal.nextEvent(waiting: false)
            }
            if event == nil {
                // Render only after something happened; the wait below ends every 100 ms to poll signals.
                if dirty {
                    terminal.draw(runtime.render())
                    dirty = false
                    drawnAt = DispatchTime.now().uptimeNanoseconds
                }
                event = terminal.nextEvent(waiting: true)
            }
            switch event {
            case nil:
                continue
            case .suspend?:
                suspend(terminal, runtime)
            case .key(let key)?:
                runtime.send(.key(key))
            case .mouse(let mouse)?:
                runtime.send(.mouse(mouse))
            case .resize(let width, let height)?:
                terminal.clear()
                runtime.send(.resize(width: width, height: height))
            }
            dirty = true
        }
    }

    /// Ctrl-Z: gives the terminal back and stops; on `fg`, takes it again and redraws at the
    /// size the window has now.
    private static func suspend(_ terminal: Terminal, _ runtime: BrowserRuntime) {
        terminal.suspend()
        resized(terminal, runtime)
    }

    /// Tells the browser the terminal's size when it changed while the browser was not looking.
    private static func resized(_ terminal: Terminal, _ runtime: BrowserRuntime) {
        let (width, height) = terminal.size
        if width != runtime.state.width || height != runtime.state.height {
            runtime.send(.resize(width: width, height: height))
        }
    }

    /// Opens a URL with `$BROWSER` (see `ExternalBrowser`): the first command whose program is
    /// found in PATH runs, without a shell, while the terminal is given back to it.
    private static func openExternally(_ url: String, _ lang: Language, terminal: Terminal) -> String? {
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
        return terminal.givenBack {
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
    }

    private static func resolve(_ program: String, path: String) -> String? {
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

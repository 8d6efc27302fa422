import ArgumentParser
import BaoCore
import BaoTUI
import Foundation

/// `baoterm screen`: the browser run headless, for tests, screenshots and benchmarks.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Run the browser without a terminal, type keys, and print the final screen as text.",
        discussion: """
            Every character of KEYS is typed as it is, a space included. Special keys go in angle \
            brackets: <Enter> <Tab> <S-Tab> <Esc> <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> \
            <End> <BS> <Space> <lt> <C-c>.

            Example: baoterm screen --keys 'jj<Enter>]<Enter><BS>'
            """
    )

    @Option(name: .long, help: "Screen size as WIDTHxHEIGHT.")
    var size: String = "120x40"

    @Option(name: .long, help: "Keys to type (see above).")
    var keys: String = ""

    @Flag(name: .long, help: "Also print one letter per cell naming its style (see Role.code).")
    var styles = false

    @Flag(name: .long, help: "Use the index as it is, without refreshing it first (what the browser shows before its background refresh).")
    var noRefresh = false

    @OptionGroup var corpus: IndexOptions

    /// `--size` read as columns and rows, nil when malformed or out of range.
    private var dimensions: (width: Int, height: Int)? {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...1000).contains(width), (1...1000).contains(height) else { return nil }
        return (width, height)
    }

    // Checked here, not in run(), so the usage line printed with the error is this command's.
    func validate() throws {
        if dimensions == nil {
            throw ValidationError("--size must be WIDTHxHEIGHT, e.g. 120x40 (each between 1 and 1000)")
        }
    }

    func run() throws {
        guard let (width, height) = dimensions else { throw Output.usage }
        try corpus.corpus.requireExisting()
        if corpus.hasNothingToRead {
            let config = BrowserConfig.load()
            let lang = BrowserConfig.language(config)
            var state = AppState(width: width, height: height, corpusName: Welcome.corpusName(lang), keymap: config.keymap)
            state.lang = lang
            state.welcome = Welcome.here
            show(BrowserRuntime(store: EmptyCorpus(), state: state), width: width)
            return
        }
        let roots = try corpus.roots
        let location = corpus.indexPath ?? IndexLocation.defaultPath(for: roots)
        let index: CorpusIndex
        if noRefresh && FileManager.default.fileExists(atPath: location) {
            index = try IndexOptions.open(roots: corpus.roots, indexPath: corpus.indexPath)
        } else {
            index = try corpus.openRefreshed().index
        }
        let config = BrowserConfig.load()
        var state = AppState(width: width, height: height, corpusName: BrowserConfig.corpusName(roots), keymap: config.keymap)
        state.lang = BrowserConfig.language(config)
        show(BrowserRuntime(store: index, state: state), width: width)
    }

    /// Starts the runtime, types the keys and prints the final screen.
    private func show(_ runtime: BrowserRuntime, width: Int) {
        runtime.send(.start)
        runtime.type(Key.sequence(keys))
        let screen = runtime.render()
        print(screen.text)
        if styles {
            print(String(repeating: "-", count: width))
            print(screen.styleMap)
        }
    }
}

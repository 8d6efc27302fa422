import ArgumentParser
import BaoCore
import Foundation

@main
struct Baoterm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baoterm",
        abstract: "A terminal browser for Vietnamese political news.",
        discussion: """
            With no subcommand, opens the browser on the given article files and folders. Without a \
            path every command reads the fetched articles in $XDG_DATA_HOME/baoterm/articles once \
            baoterm fetch has stored some, else seeds/ in the current folder or above the program; \
            with neither, the browser opens on a welcome page that says how to open a folder or \
            follow papers.
            """,
        version: BaotermVersion.current,
        subcommands: [
            BrowseCommand.self,
            ListCommand.self, ShowCommand.self, ExtractCommand.self, EntitiesCommand.self,
            IndexCommand.self, SearchCommand.self, ProvincesCommand.self, DocumentsCommand.self, CitesCommand.self,
            ScreenCommand.self, ManualCommand.self, FetchCommand.self, WatcherCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    /// Runs the command line with baoterm's exit statuses: wrong usage exits 2 (not
    /// ArgumentParser's 64), so scripts see 0 ok, 1 some input skipped, 2 usage. Every error
    /// message starts with "baoterm:" (ArgumentParser's own start with "Error:").
    static func main() {
        // The arguments as bytes: a file name that is not UTF-8 still names its file.
        let arguments = Array(SystemPath.commandLineArguments().dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // Help and --version print to standard output; a command that already reported its
            // problem ends with a bare exit code.
            if code == .success || (error is ExitCode) { exit(withError: error) }
            var message = fullMessage(for: error)
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            if code == .validationFailure, message.hasPrefix("Unknown option"),
               let dashed = arguments.first(where: { $0.hasPrefix("-") && !$0.hasPrefix("--") && $0.count > 2 }) {
                message += "\nA search query or file name that starts with '-' goes after '--': "
                    + "baoterm search -- '\(dashed)'"
            }
            if !message.isEmpty { Output.error(message) }
            Foundation.exit(code == .validationFailure ? 2 : (code == .success ? 0 : 1))
        }
    }
}

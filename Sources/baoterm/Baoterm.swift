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
            path every command reads seeds/ in the current folder or above the program, else the \
            fetched articles in $XDG_DATA_HOME/baoterm/articles; with neither, the browser opens on \
            a welcome page that says how to open a folder or follow papers.
            """,
        version: "0.1.0",
        subcommands: [
            BrowseCommand.self,
            ListCommand.self, ShowCommand.self, ExtractCommand.self, EntitiesCommand.self,
            IndexCommand.self, SearchCommand.self, ProvincesCommand.self, DocumentsCommand.self, CitesCommand.self,
            ScreenCommand.self, ManualCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    /// Runs the command line with baoterm's exit statuses: wrong usage exits 2 (not
    /// ArgumentParser's 64), so scripts see 0 ok, 1 some input skipped, 2 usage.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                let message = fullMessage(for: error)
                if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

import ArgumentParser
import BaoCore
import BaoFetch
import Foundation

@main
struct Baoterm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baoterm",
        abstract: "A terminal browser for Vietnamese political news.",
        discussion: "With no subcommand, opens the browser on the given corpus (default: the fetched articles in $XDG_DATA_HOME/baoterm/articles when there are any, else the bundled seeds/).",
        version: BaoFetchVersion.current,
        subcommands: [
            BrowseCommand.self,
            ListCommand.self, ShowCommand.self, ExtractCommand.self, EntitiesCommand.self,
            IndexCommand.self, SearchCommand.self, ProvincesCommand.self, DocumentsCommand.self, CitesCommand.self,
            ScreenCommand.self, FetchCommand.self,
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

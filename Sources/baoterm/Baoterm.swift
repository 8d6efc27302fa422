import ArgumentParser
import BaoCore
import Foundation

@main
struct Baoterm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baoterm",
        abstract: "A terminal browser for Vietnamese political news.",
        discussion: "With no subcommand, opens the browser on the given corpus (default: the bundled seeds/).",
        version: BaotermVersion.current,
        subcommands: [
            BrowseCommand.self,
            ListCommand.self, ShowCommand.self, ExtractCommand.self, EntitiesCommand.self,
            IndexCommand.self, SearchCommand.self, ProvincesCommand.self, DocumentsCommand.self, CitesCommand.self,
            ScreenCommand.self,
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
            if let error = error as? StorageError {
                // The index or the state failed while a command used it: its cause, in words.
                Output.error(error.message)
                Foundation.exit(1)
            }
            exit(withError: error)
        }
    }
}

import ArgumentParser
import BaoCore

@main
struct Baoterm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baoterm",
        abstract: "A terminal browser for Vietnamese political news.",
        discussion: "With no subcommand, opens the browser on the given corpus (default: the bundled seeds/).",
        version: "0.1.0",
        subcommands: [
            BrowseCommand.self,
            ListCommand.self, ShowCommand.self, ExtractCommand.self, EntitiesCommand.self,
            IndexCommand.self, SearchCommand.self, ProvincesCommand.self, DocumentsCommand.self, CitesCommand.self,
            ScreenCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}

import ArgumentParser
import BaoCore

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Open the browser.")

    func run() throws {
        throw ValidationError("'browse' is not available yet")
    }
}

import ArgumentParser
import BaoCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search the corpus.")

    func run() throws {
        throw ValidationError("'search' is not available yet")
    }
}

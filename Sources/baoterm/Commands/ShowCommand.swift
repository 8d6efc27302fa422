import ArgumentParser
import BaoCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one article.")

    func run() throws {
        throw ValidationError("'show' is not available yet")
    }
}

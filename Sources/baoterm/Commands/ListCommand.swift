import ArgumentParser
import BaoCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List articles.")

    func run() throws {
        throw ValidationError("'list' is not available yet")
    }
}

import ArgumentParser
import BaoCore

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "Print the entities of one article.")

    func run() throws {
        throw ValidationError("'entities' is not available yet")
    }
}

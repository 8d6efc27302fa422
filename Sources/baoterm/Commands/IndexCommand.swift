import ArgumentParser
import BaoCore

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index", abstract: "Build or refresh the corpus index.")

    func run() throws {
        throw ValidationError("'index' is not available yet")
    }
}

import ArgumentParser
import BaoCore

struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cites", abstract: "Articles citing a document.")

    func run() throws {
        throw ValidationError("'cites' is not available yet")
    }
}

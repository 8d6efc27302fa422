import ArgumentParser
import BaoCore

struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "documents", abstract: "Cited documents with counts.")

    func run() throws {
        throw ValidationError("'documents' is not available yet")
    }
}

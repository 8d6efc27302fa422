import ArgumentParser
import BaoCore

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Print the extracted fields as JSON.")

    func run() throws {
        throw ValidationError("'extract' is not available yet")
    }
}

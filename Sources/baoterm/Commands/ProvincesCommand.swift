import ArgumentParser
import BaoCore

struct ProvincesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "provinces", abstract: "Article counts per province.")

    func run() throws {
        throw ValidationError("'provinces' is not available yet")
    }
}

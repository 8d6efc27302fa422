import ArgumentParser
import BaoCore

@main
struct Baoterm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baoterm",
        abstract: "A terminal browser for Vietnamese political news.",
        version: "0.1.0"
    )

    func run() throws {}
}

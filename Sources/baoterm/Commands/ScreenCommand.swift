import ArgumentParser
import BaoCore

struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "screen", abstract: "Render the browser headless and print the screen.")

    func run() throws {
        throw ValidationError("'screen' is not available yet")
    }
}

import ArgumentParser

/// `baoterm generate-manual`: prints the manual page (used by `make install`; hidden from help).
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-manual",
        abstract: "Print the manual page baoterm.1 (roff), generated from the commands' help and the browser's keymap.",
        shouldDisplay: false
    )

    func run() throws {
        do {
            let page = ManualPage(tool: try ToolInfo.current().command, version: Baoterm.configuration.version)
            Output.write(page.roff)
        } catch let error as ManualError {
            Output.error(error.description)
            throw ExitCode.failure
        }
    }
}

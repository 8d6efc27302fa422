import ArgumentParser
import Foundation

/// The command tree as swift-argument-parser describes it (`--experimental-dump-help`, version 0):
/// the same data `--help` prints, read back so that the manual page says what the help says.
struct ToolInfo: Decodable {
    var command: CommandInfo

    /// The description of `Baoterm`'s own tree, produced in process.
    static func current() throws -> ToolInfo {
        let json: String
        do {
            _ = try Baoterm.parseAsRoot(["--experimental-dump-help"])
            throw ManualError.noDescription
        } catch let error as ManualError {
            throw error
        } catch {
            json = Baoterm.fullMessage(for: error)
        }
        do {
            return try JSONDecoder().decode(ToolInfo.self, from: Data(json.utf8))
        } catch {
            throw ManualError.unreadableDescription(String(describing: error))
        }
    }
}

/// One command: its name, help texts, arguments and subcommands.
struct CommandInfo: Decodable {
    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var defaultSubcommand: String?
    var subcommands: [CommandInfo]?
    var arguments: [ArgumentInfo]?

    /// Subcommands a user sees (`help` and hidden ones left out).
    var shownSubcommands: [CommandInfo] {
        (subcommands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }
    }

    /// Arguments a user sees, in the order `--help` lists them.
    var shownArguments: [ArgumentInfo] {
        (arguments ?? []).filter { $0.shouldDisplay }
    }
}

/// One positional argument, option or flag.
struct ArgumentInfo: Decodable {
    enum Kind: String, Decodable { case positional, option, flag }

    struct Name: Decodable {
        var kind: String
        var name: String

        /// `-h`, `--help`, `-long`.
        var spelled: String {
            switch kind {
            case "short", "longWithSingleDash": return "-" + name
            default: return "--" + name
            }
        }
    }

    var kind: Kind
    var names: [Name]?
    var valueName: String?
    var defaultValue: String?
    var allValueStrings: [String]?
    var abstract: String?
    var discussion: String?
    var isOptional: Bool
    var isRepeating: Bool
    var shouldDisplay: Bool
}

/// Why the manual page could not be generated.
enum ManualError: Error, CustomStringConvertible {
    case noDescription
    case unreadableDescription(String)

    var description: String {
        switch self {
        case .noDescription:
            return "the argument parser gave no description of the commands"
        case let .unreadableDescription(reason):
            return "cannot read the argument parser's description of the commands: \(reason)"
        }
    }
}

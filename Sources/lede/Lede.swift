import ArgumentParser
import Foundation
import LedeKit

/// The `lede` command: read a news article in the terminal, or print its analysis.
@main
struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "A terminal reader for news articles: repaired text, actors highlighted, quotes and who said them.",
        usage: readerUsage + "\nlede <subcommand>",
        discussion: """
            With no FILE and a terminal on standard input, Lede opens its built-in sample article. \
            With no FILE and piped input, it reads the article from standard input and takes keys from the terminal, like less. \
            The reader's options: 'lede help read'.
            """,
        version: "0.1.0",
        subcommands: [Read.self, Analyze.self, Quotes.self, Actors.self, Themes.self],
        defaultSubcommand: Read.self
    )

    /// How to open an article, from the reader's own usage: `read` is the default command,
    /// so its name can be left out.
    private static var readerUsage: String {
        let usage = Read.usageString()
        let name = (Read.configuration.commandName ?? "") + " "
        return "lede " + (usage.hasPrefix(name) ? usage.dropFirst(name.count) : Substring(usage))
    }

    /// Runs the command asked for. A usage error is one escaped `lede:` line naming the
    /// help to read, with exit code 64 (as `sysexits.h`'s `EX_USAGE`); `--help` and
    /// `--version` print to standard output, escaped on a terminal.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = configuration.subcommands.map { $0._commandName }
        if let order = OptionOrder.reordered(arguments, commands: commands, exists: { FileManager.default.fileExists(atPath: $0) }) {
            StandardError.writeLine("lede: put options after the command: lede \(order.joined(separator: " ")) (see 'lede --help')")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = message(for: error)
            if code == .success {
                if !message.isEmpty { StandardOutput.writeLine(message) }
            } else if !message.isEmpty {
                StandardError.writeLine("lede: \(usageReason(message)) (see 'lede --help')")
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// The reason in an argument parser's message, without its `Error: ` prefix and the help
    /// and usage lines it appends (a bad argument's own line breaks are kept, to be escaped).
    private static func usageReason(_ message: String) -> String {
        var reason = message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message
        for marker in ["\nHelp:", "\nUsage:", "\n  See '"] {
            if let range = reason.range(of: marker) { reason = String(reason[..<range.lowerBound]) }
        }
        return reason
    }
}

import ArgumentParser
import Foundation
import LedeReader

/// `lede themes`: list the themes, built-in and the user's own, with where each comes from.
struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the themes: built-in ones and your own.",
        discussion: "Your own themes are TOML files in $XDG_CONFIG_HOME/lede/themes/ (by default ~/.config/lede/themes/); one named like a built-in theme is used in its place.")

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog(environment: environment)
        for entry in catalog.entries.sorted(by: { ($0.name, $0.origin.rawValue) < ($1.name, $1.origin.rawValue) }) {
            let summary: String
            if catalog.entry(named: entry.name) != entry {
                summary = "(your own \(entry.name) is used instead)"
            } else {
                do {
                    summary = try catalog.theme(entry.name).summary
                } catch {
                    summary = "broken: \(error.description)"
                }
            }
            StandardOutput.writeLine(Self.column(entry.name, 17) + Self.column(entry.origin.rawValue, 10) + summary)
        }
        if let directory = ThemeCatalog.userDirectory(in: environment) {
            StandardOutput.writeLine("\nYour own themes: \(directory.path)/NAME.toml (see the README's Themes section)")
        }
    }

    /// `text` padded with spaces to `width` characters.
    private static func column(_ text: String, _ width: Int) -> String {
        text.padding(toLength: max(width, text.count + 1), withPad: " ", startingAt: 0)
    }
}

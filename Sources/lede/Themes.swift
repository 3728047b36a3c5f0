import ArgumentParser
import Foundation
import LedeReader

/// `lede themes`: list the built-in themes.
struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the built-in themes.")

    func run() throws {
        for name in ThemeCatalog.builtInNames {
            let summary = (try? ThemeCatalog.theme(name).summary) ?? ""
            StandardOutput.writeLine(name.padding(toLength: 16, withPad: " ", startingAt: 0) + summary)
        }
    }
}

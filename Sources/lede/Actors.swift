import ArgumentParser
import Foundation
import LedeKit

/// `lede actors FILE… [--suggest]`: count actor mentions, or suggest names to add.
struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count the actors' mentions in articles, or suggest frequent names the lexicon lacks.",
        discussion: """
            With --suggest, lists proper names that appear at least --minimum times and are not \
            highlighted by the lexicon, with a TOML entry to start from.
            """)

    @Argument(help: ArgumentHelp("Articles to read; '-' for standard input.", valueName: "FILE"))
    var files: [String]

    @Flag(help: "List frequent proper names not in the lexicon.")
    var suggest = false

    @Option(help: "With --suggest: how often a name must appear.")
    var minimum = 2

    @OptionGroup var lexicon: LexiconOption

    func run() throws {
        do {
            let analyzer = Analyzer(lexicon: try lexicon.lexicon())
            var analyses: [Analysis] = []
            for path in files {
                analyses.append(analyzer.analyze(bytes: try ArticleInput(path: path).read()))
            }
            suggest ? printSuggestions(for: analyses) : printCounts(for: analyses)
        } catch {
            throw CommandFailure.report(error)
        }
    }

    private func printCounts(for analyses: [Analysis]) {
        for (path, analysis) in zip(files, analyses) {
            print(path)
            for (actor, count) in analysis.mentionCounts {
                print("  \(actor.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(count)")
            }
        }
    }

    private func printSuggestions(for analyses: [Analysis]) {
        let suggestions = NameSuggestions.suggestions(in: analyses, minimumCount: max(1, minimum))
        guard !suggestions.isEmpty else {
            print("No name appears \(minimum) times or more outside the lexicon.")
            return
        }
        for suggestion in suggestions {
            print("\(String(suggestion.count).leftPadded(to: 5))  \(suggestion.name)")
        }
        let top = suggestions[0].name
        print("\nTo highlight one, add to a copy of the lexicon and pass it with --actors:\n")
        print("[[actor]]\nid = \"\(top.lowercased().filter { $0.isLetter || $0.isNumber })\"\nname = \"\(top)\"\naliases = [\"\(top)\"]")
    }
}

extension String {
    /// The string with spaces before it to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}

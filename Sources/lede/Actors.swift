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

    @OptionGroup var article: ArticleOptions

    func run() throws {
        do {
            let analyzer = Analyzer(lexicon: try article.lexicon.lexicon())
            var analyses: [Analysis] = []
            for input in ArticleInput.inputs(for: files) {
                let content = try article.read(input)
                analyses.append(try article.inputFormat.analysis(of: content, from: input, by: analyzer))
            }
            suggest ? printSuggestions(for: analyses) : printCounts(for: analyses)
        } catch {
            throw CommandFailure.report(error)
        }
    }

    /// Each file's name, then each actor's name and count, the counts in one column.
    private func printCounts(for analyses: [Analysis]) {
        for (path, analysis) in zip(files, analyses) {
            StandardOutput.writeLine(path)
            let counts = analysis.mentionCounts
            let nameWidth = max(20, counts.map(\.actor.name.count).max() ?? 0)
            for (actor, count) in counts {
                StandardOutput.writeLine("  \(actor.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)) \(count)")
            }
        }
    }

    private func printSuggestions(for analyses: [Analysis]) {
        let suggestions = NameSuggestions.suggestions(in: analyses, minimumCount: max(1, minimum))
        guard !suggestions.isEmpty else {
            StandardOutput.writeLine("No name appears \(minimum) times or more outside the lexicon.")
            return
        }
        for suggestion in suggestions {
            StandardOutput.writeLine("\(String(suggestion.count).leftPadded(to: 5))  \(suggestion.name)")
        }
        let top = suggestions[0].name
        StandardOutput.writeLine("\nTo highlight one, add to a copy of the lexicon and pass it with --actors:\n")
        StandardOutput.writeLine("[[actor]]\nid = \"\(top.lowercased().filter { $0.isLetter || $0.isNumber })\"\nname = \"\(top)\"\naliases = [\"\(top)\"]")
    }
}

extension String {
    /// The string with spaces before it to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}

import ArgumentParser

/// The `lede` command: read a news article in the terminal, or print its analysis.
@main
struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "A terminal reader for news articles: repaired text, actors highlighted, quotes and who said them.",
        discussion: """
            With no FILE and a terminal on standard input, Lede opens its built-in sample article. \
            With no FILE and piped input, it reads the article from standard input and takes keys from the terminal, like less.
            """,
        version: "0.1.0",
        subcommands: [Read.self, Analyze.self, Actors.self, Themes.self],
        defaultSubcommand: Read.self
    )
}

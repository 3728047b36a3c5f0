import ArgumentParser
import Foundation
import LedeKit
import LedeReader
import LedeTerminal

/// `lede [FILE]`: open an article in the reader.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Open an article in the reader (the default command).")

    @Argument(help: ArgumentHelp("The article to read: a file, an http:// or https:// URL, or '-' for standard input. Default: the built-in sample.", valueName: "FILE"))
    var file: String?

    @Flag(help: "Read the built-in sample, whatever standard input is (to print it: lede --sample | cat).")
    var sample = false

    @Option(name: .long, help: ArgumentHelp("A theme's name (lede themes lists them) or a theme file's path; T cycles themes in the reader.", valueName: "NAME|PATH"))
    var theme: String = ThemeCatalog.defaultName

    @Option(name: .long, help: ArgumentHelp("The widest the article text is set, in columns, centred in its pane on a wider terminal; 0 for the pane's whole width.", valueName: "N"))
    var width: Int = ReaderGeometry.defaultReadingWidth

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (its own selection), instead of scrolling and clicking quotes.")
    var noMouse = false

    @OptionGroup var lexicon: LexiconOption

    @OptionGroup var sizeLimit: SizeLimitOption

    @OptionGroup var inputFormat: InputFormatOption

    @OptionGroup var fetching: FetchOption

    func run() throws {
        do {
            try read()
        } catch {
            throw CommandFailure.report(error)
        }
    }

    /// The bytes of `input`, refusing an empty one; an empty standard input read for want of
    /// a FILE says how to get the sample instead.
    private func read(_ input: ArticleInput) throws(CommandFailure) -> InputContent {
        let content = try input.read(limit: sizeLimit.maxSize, timeout: fetching.timeout)
        guard content.bytes.isEmpty else { return content }
        let hint = file == nil && !sample ? " (lede --sample reads the built-in sample)" : ""
        throw CommandFailure(InputProblem.empty.message(about: input.subject) + hint)
    }

    /// The theme asked for, or, when its file is broken, the built-in default and what is
    /// wrong, for the reader to show: a fault in a theme never keeps the article from being
    /// read. A theme name that names none, or a file that cannot be read, is refused.
    private func startingTheme(in themes: ThemeCatalog) throws(CommandFailure) -> (Theme, ThemeError?) {
        do {
            return (try themes.theme(self.theme), nil)
        } catch where error.place != nil {
            guard let fallback = try? ThemeCatalog(userDirectory: nil).theme(ThemeCatalog.defaultName) else {
                throw CommandFailure(error.description)
            }
            return (fallback, error)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    func validate() throws {
        guard width == 0 || width >= ReaderGeometry.minimumReadableWidth else {
            throw ValidationError("--width is 0 (the pane's width) or at least \(ReaderGeometry.minimumReadableWidth) columns")
        }
    }

    private func read() throws {
        let themes = ThemeCatalog(environment: ProcessInfo.processInfo.environment)
        let (theme, themeProblem) = try startingTheme(in: themes)
        if sample, file != nil { throw CommandFailure("--sample reads the built-in sample: give no FILE with it") }
        let input = sample ? ArticleInput.sample : ArticleInput(path: file)
        let analyzer = Analyzer(lexicon: try lexicon.lexicon())
        let analysis = try inputFormat.analysis(of: try read(input), from: input, by: analyzer)
        guard isatty(STDOUT_FILENO) == 1 else {
            // Like less: with no terminal to show it on, print the (repaired) text.
            StandardOutput.writeFaithfully(analysis.article.text)
            return
        }
        let keyboard: KeyboardSource = isatty(STDIN_FILENO) == 1 ? .standardInput : .controllingTerminal
        let screen: TerminalScreen
        do {
            screen = try TerminalScreen(theme: theme, keyboard: keyboard, mouse: !noMouse)
        } catch let error as TerminalError where error.isUnsupportedTerminal {
            // Like less on a dumb terminal: say why there is no reader, then show the text.
            StandardError.writeLine("lede: \(error.description); printing the text instead")
            let text = analysis.article.text
            StandardOutput.writeEscaped(text.hasSuffix("\n") ? text : text + "\n")
            return
        } catch {
            throw CommandFailure("\(error)")
        }
        defer { screen.close() }
        let historyFile = SearchHistoryFile()
        let history = historyFile?.load() ?? []
        var reader = Reader(
            analysis: analysis, fileName: input.displayName, width: screen.size.width, height: screen.size.height,
            searchHistory: history, readingWidth: width == 0 ? nil : width)
        // Written as each search is run, so that a hangup or a closed terminal loses none.
        var savedHistory = history
        if let themeProblem { reader.receive(.themeFailed(themeProblem, kept: theme.name)) }
        // The theme on screen, and the one T went to last (the same unless that one is broken).
        var shownTheme = theme.name
        var cycledTheme = theme.name
        // Searches run off this loop: a key press never waits for one, and what a search
        // finds comes back as a message when the runner wakes the loop.
        let runner = WorkRunner()
        TerminalLoop.run(
            screen: screen,
            render: { width, height in
                if width != reader.state.width || height != reader.state.height {
                    reader.apply(.resize(width: width, height: height))
                }
                return reader.render()
            },
            handle: { event in
                switch event {
                case .input(let input):
                    for effect in reader.update(input) {
                        switch effect {
                        case .work(let work): runner.start(work)
                        case .copyToClipboard(let text): reader.receive(.copied(screen.copyToClipboard(text)))
                        case .nextTheme:
                            // A broken theme is passed: the next T goes on from it.
                            cycledTheme = themes.name(after: cycledTheme)
                            do throws(ThemeError) {
                                let next = try themes.theme(cycledTheme)
                                screen.setTheme(next)
                                shownTheme = next.name
                                reader.receive(.themeChanged(name: next.name, colors: screen.colorDepthName))
                            } catch {
                                reader.receive(.themeFailed(error, kept: shownTheme))
                            }
                        }
                    }
                case .workFinished:
                    for message in runner.takeFinished() { reader.receive(message) }
                }
                if reader.state.searchHistory != savedHistory {
                    historyFile?.save(reader.state.searchHistory)
                    savedHistory = reader.state.searchHistory
                }
                return !reader.state.hasQuit
            })
    }
}

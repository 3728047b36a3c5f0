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
    var theme: String?

    @Flag(name: .customLong("no-remember"), help: "Open the article at the top, and do not remember where it was left.")
    var noRemember = false

    @Flag(inversion: .prefixedNo, help: "Scroll and click quotes with the mouse (the default), or leave it to the terminal (its own selection).")
    var mouse: Bool?

    @Flag(name: .customLong("print-config"), help: "Print the settings in effect (config.toml, then the options given) and where each came from.")
    var printConfig = false

    @Option(name: .long, help: ArgumentHelp("The widest the article text is set, in columns, centred in its pane on a wider terminal; 0 for the pane's whole width. Default: 100, or config.toml's width.", valueName: "N"))
    var width: Int?

    @OptionGroup var article: ArticleOptions

    @OptionGroup var color: ColorOption

    func run() throws {
        do {
            try read()
        } catch {
            throw CommandFailure.report(error)
        }
    }

    /// The bytes of `input`, refusing an empty one or one of blank space only; an empty
    /// standard input read for want of a FILE says how to get the sample instead.
    private func read(_ input: ArticleInput) throws(CommandFailure) -> InputContent {
        let content = try article.read(input)
        if content.bytes.isEmpty {
            let hint = file == nil && !sample ? " (lede --sample reads the built-in sample)" : ""
            throw CommandFailure(InputProblem.empty.message(about: input.subject) + hint)
        }
        if content.bytes.allSatisfy(Self.blankBytes.contains) { throw CommandFailure(InputProblem.blank.message(about: input.subject)) }
        return content
    }

    /// Refuses to show `text`, what was found to read in `input`, when it is blank: since an
    /// input of blank space is refused as it is read, that is a web page with no article.
    private func requireText(_ text: String, of input: ArticleInput) throws(CommandFailure) {
        guard text.contains(where: { !$0.isWhitespace }) else { throw CommandFailure(InputProblem.noArticle.message(about: input.subject)) }
    }

    /// The bytes of blank space in ASCII, UTF-8 and UTF-16 text, and of their byte-order marks.
    private static let blankBytes: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x00, 0xFE, 0xFF, 0xEF, 0xBB, 0xBF]

    /// The theme asked for, or, when its file is broken, the built-in default and what is
    /// wrong, for the reader to show: a fault in a theme never keeps the article from being
    /// read. A theme name that names none, or a file that cannot be read, is refused.
    private func startingTheme(_ name: String, in themes: ThemeCatalog) throws(CommandFailure) -> (Theme, ThemeError?) {
        do {
            return (try themes.theme(name), nil)
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
        if let width, width != 0, width < ReaderGeometry.minimumReadableWidth {
            throw ValidationError("--width is 0 (the pane's width) or at least \(ReaderGeometry.minimumReadableWidth) columns")
        }
    }

    /// The reading width asked for (`--width`, else config.toml, else the default); `nil` for
    /// the pane's whole width.
    private func readingWidth(_ settings: Settings) -> Int? {
        let width = settings.number("width") ?? ReaderGeometry.defaultReadingWidth
        return width == 0 ? nil : width
    }

    private func read() throws {
        let settings = try ConfigFile.settings(overriding: [
            ("theme", theme.map(Settings.Value.text)), ("mouse", mouse.map(Settings.Value.flag)),
            ("actors", article.lexicon.actors.map(Settings.Value.text)), ("color", color.color.map { .text($0.rawValue) }),
            ("width", width.map(Settings.Value.number)),
        ])
        if printConfig { return StandardOutput.writeEscaped(settings.printed) }
        let themes = ThemeCatalog(environment: ProcessInfo.processInfo.environment)
        let (theme, themeProblem) = try startingTheme(settings.text("theme") ?? ThemeCatalog.defaultName, in: themes)
        if sample, file != nil { throw CommandFailure("--sample reads the built-in sample: give no FILE with it") }
        let input = sample ? ArticleInput.sample : ArticleInput(path: file)
        let analyzer = Analyzer(lexicon: try article.lexicon.lexicon(orFile: settings.text("actors")))
        // A large text file for the reader is mapped, not read: the first screen needs only
        // its first chunk, and the background analysis reads the rest a chunk at a time.
        let mapped = isatty(STDOUT_FILENO) == 1 ? article.mappedText(input) : nil
        let content = try mapped == nil ? read(input) : InputContent(bytes: [])
        // Printed text has no status line to say the theme was passed over.
        if let themeProblem, isatty(STDOUT_FILENO) != 1 {
            StandardError.writeLine("lede: theme \(settings.text("theme") ?? ""): \(themeProblem); using \(theme.name)")
        }
        guard isatty(STDOUT_FILENO) == 1 else {
            // Like less: with no terminal to show it on, print the (repaired) text, escaped as the
            // reader shows it, since a pipe often ends on a terminal (`lede FILE | head`). Only
            // colour, which shows actors and quotes, needs the analysis.
            if let depth = color.depth(onTerminal: false, settings: settings) {
                let analysis = try article.inputFormat.analysis(of: content, from: input, by: analyzer)
                try requireText(analysis.article.text, of: input)
                StandardOutput.writeFaithfully(ColoredArticle.text(of: analysis, painter: SGRPainter(theme: theme, depth: depth)))
            } else {
                let text = try article.inputFormat.repairedText(of: content, from: input)
                try requireText(text, of: input)
                StandardOutput.writeEscaped(text)
            }
            return
        }
        let whole = try mapped == nil ? article.inputFormat.wholeAnalysis(of: content, from: input, by: analyzer) : nil
        if let whole { try requireText(whole.article.text, of: input) }
        let keyboard: KeyboardSource = isatty(STDIN_FILENO) == 1 ? .standardInput : .controllingTerminal
        let screen: TerminalScreen
        do {
            screen = try TerminalScreen(theme: theme, keyboard: keyboard, mouse: settings.flag("mouse") ?? true)
        } catch let error as TerminalError where error.isUnsupportedTerminal {
            // Like less on a dumb terminal: say why there is no reader, then show the text.
            StandardError.writeLine("lede: \(error.description); printing the text instead")
            let read = mapped.map { InputContent(bytes: $0.withBytes(Array.init)) } ?? content
            let text = try whole?.article.text ?? article.inputFormat.repairedText(of: read, from: input)
            StandardOutput.writeEscaped(text.hasSuffix("\n") ? text : text + "\n")
            return
        } catch {
            throw CommandFailure("\(error)")
        }
        defer { screen.close() }
        let historyFile = SearchHistoryFile()
        let history = historyFile?.load() ?? []
        // A long text opens at its first chunk; the rest is analysed in the background.
        var reader = if let whole {
            Reader(
                analysis: whole, fileName: input.displayName, width: screen.size.width, height: screen.size.height,
                searchHistory: history, readingWidth: readingWidth(settings))
        } else if let mapped {
            Reader(
                chunks: ArticleChunks(mapped), analyzer: analyzer, fileName: input.displayName, width: screen.size.width,
                height: screen.size.height, searchHistory: history, readingWidth: readingWidth(settings))
        } else {
            Reader(
                bytes: content.bytes, analyzer: analyzer, fileName: input.displayName, width: screen.size.width,
                height: screen.size.height, searchHistory: history, readingWidth: readingWidth(settings))
        }
        // Written as each search is run, so that a hangup or a closed terminal loses none.
        var savedHistory = history
        let positions = noRemember ? nil : ReadingPositionsFile(environment: ProcessInfo.processInfo.environment)
        let positionKey = input.source.map { source in
            mapped?.withBytes { ReadingPositionsFile.key(source: source, content: $0) }
                ?? ReadingPositionsFile.key(source: source, content: content.bytes)
        }
        if let positionKey, let place = positions?.place(for: positionKey) { reader.resume(at: place) }
        if let themeProblem { reader.receive(.themeFailed(themeProblem, kept: theme.name)) }
        // The theme on screen, and the one T went to last (the same unless that one is broken).
        var shownTheme = theme.name
        var cycledTheme = theme.name
        // Searches run off this loop: a key press never waits for one, and what a search
        // finds comes back as a message when the runner wakes the loop.
        let runner = WorkRunner()
        /// Carries out what the reader asks for.
        func perform(_ effects: [ReaderEffect]) {
            for effect in effects {
                switch effect {
                case .work(let work): runner.start(work)
                case .copyToClipboard(let text): perform(reader.receive(.copied(screen.copyToClipboard(text))))
                case .nextTheme:
                    // A broken theme is passed: the next T goes on from it.
                    cycledTheme = themes.name(after: cycledTheme)
                    do throws(ThemeError) {
                        let next = try themes.theme(cycledTheme)
                        screen.setTheme(next)
                        shownTheme = next.name
                        perform(reader.receive(.themeChanged(name: next.name, colors: screen.colorDepthPhrase)))
                    } catch {
                        perform(reader.receive(.themeFailed(error, kept: shownTheme)))
                    }
                }
            }
        }
        perform(reader.backgroundWork)
        TerminalLoop.run(
            screen: screen,
            render: { width, height in
                if width != reader.state.width || height != reader.state.height {
                    perform(reader.apply(.resize(width: width, height: height)))
                }
                return reader.render()
            },
            handle: { event in
                switch event {
                case .input(let input):
                    perform(reader.update(input))
                case .workFinished:
                    for message in runner.takeFinished() { perform(reader.receive(message)) }
                }
                if reader.state.searchHistory != savedHistory {
                    historyFile?.save(reader.state.searchHistory)
                    savedHistory = reader.state.searchHistory
                }
                return !reader.state.hasQuit
            })
        if let positionKey { positions?.save(reader.readingPlace, for: positionKey) }
        // Ended by a signal: the position is saved, the terminal given back; exit as killed.
        if let signal = screen.endingSignal {
            screen.close()
            Foundation.exit(128 + signal)
        }
    }
}

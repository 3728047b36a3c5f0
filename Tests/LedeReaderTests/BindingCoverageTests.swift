import LedeKit
import LedeReader
import Testing

/// Every binding of the ``KeyMap``, in every mode it works in, pressed with each of its key
/// sequences at 120×35, 80×24 and 40×12 on the sample article: what it must change in the
/// reader, and what the frame must then show.
///
/// The table names each binding by its help line; a binding added to the key map (or a
/// mode added to one) without a row here fails ``everyBindingAndModeHasACase()``.
@Suite struct BindingCoverageTests {
    static let analysis = Analyzer().analyze(bytes: SampleArticle.bytes)
    static let sizes = [(120, 35), (80, 24), (40, 12)]
    /// The searches a fresh reader has in its history, oldest first.
    static let history = ["moscow", "lavrov"]

    /// What a check sees: the reader and frame before the binding's keys and after them.
    struct Seen {
        let before: Reader
        let after: Reader
        let previous: Frame
        let frame: Frame
        /// The keys pressed for the binding.
        let keys: [Key]
        /// What the reader put on the clipboard, if anything.
        let copied: String?

        var status: String { frame.text(ofRow: frame.height - 1) }
        var text: String { frame.text }
        var state: ReaderState { after.state }
        var prompt: Prompt? { if case .prompt(let prompt) = after.state.mode { prompt } else { nil } }

        /// The text of the article pane's `row` in `frame`, without trailing blanks.
        static func articleRow(_ row: Int, of frame: Frame, in reader: Reader) -> String {
            let width = reader.geometry.article.width
            let text = (0..<width).map { frame[$0, row].text }.joined()
            return String(text.reversed().drop { $0 == " " }.reversed())
        }

        /// Whether the article pane shows the layout from line `state.top` on: its first
        /// row holds that line's text.
        var showsTop: Bool {
            let lines = after.layout.lines
            guard lines.indices.contains(state.top) else { return false }
            let expected = after.analysis.article[lines[state.top].range]
            let row = Self.articleRow(0, of: frame, in: after).trimmingCharacters(in: .whitespaces)
            return expected.isEmpty ? row.isEmpty : row == expected
        }

        /// Whether any cell of the frame has `role`.
        func has(_ role: StyleRole) -> Bool { frame.cells.contains { $0.style.contains(role) } }

        /// Whether the help's title row is on screen.
        var showsHelpTitle: Bool { text.contains("Keys (j k") }
    }

    /// One binding in one mode: keys that take a fresh reader there, and what the binding's
    /// keys must do from there.
    struct Case: Sendable {
        let help: String
        let mode: InputMode
        let setup: [Key]
        /// Whether the binding needs the quotes pane, which 40 columns have no room for.
        var needsPane = false
        let check: @Sendable (Seen) -> Bool

        init(_ help: String, _ mode: InputMode, _ setup: [Key] = [], needsPane: Bool = false, _ check: @escaping @Sendable (Seen) -> Bool) {
            self.help = help
            self.mode = mode
            self.setup = setup
            self.needsPane = needsPane
            self.check = check
        }
    }

    static func typed(_ text: String) -> [Key] { text.map { .character($0) } }

    static let search = typed("/assad") + [.enter]

    static let cases: [Case] = [
        // Scrolling, in the article and in the help.
        Case("down one line", .reading) { $0.state.top == $0.before.state.top + 1 && $0.showsTop },
        Case("down one line", .help, typed("h")) { $0.state.helpTop == 1 && !$0.showsHelpTitle && $0.previous.text.contains("Keys (j k") },
        Case("up one line", .reading, typed("jj")) { $0.state.top == 1 && $0.showsTop },
        Case("up one line", .help, typed("hjj")) { $0.state.helpTop == 1 && $0.state.mode == .help },
        Case("down one page", .reading) { $0.state.top == min($0.after.pageHeight, $0.after.maximumTop) && $0.state.top > 0 && $0.showsTop },
        Case("down one page", .help, typed("h")) { $0.state.helpTop > 1 && !$0.showsHelpTitle },
        Case("up one page", .reading, typed("G")) {
            $0.state.top == max(0, $0.before.state.top - $0.after.pageHeight) && $0.state.top < $0.before.state.top && $0.showsTop
        },
        Case("up one page", .help, [.character("h"), .pageDown, .pageDown]) { $0.state.helpTop < $0.before.state.helpTop },
        Case("down half a page", .reading) { $0.state.top == min($0.after.maximumTop, max(1, $0.after.pageHeight / 2)) && $0.showsTop },
        Case("up half a page", .reading, typed("G")) {
            $0.state.top == max(0, $0.before.state.top - max(1, $0.after.pageHeight / 2)) && $0.state.top < $0.before.state.top && $0.showsTop
        },
        Case("top (with a count N: line N)", .reading, typed("G")) { $0.state.top == 0 && $0.showsTop && $0.state.previousPosition != nil },
        Case("bottom (with a count N: line N)", .reading) { $0.state.top == $0.after.maximumTop && $0.showsTop },
        Case("N percent into the article", .reading, typed("50")) {
            $0.state.top == min($0.after.maximumTop, $0.after.layout.lines.count / 2) && $0.showsTop
        },

        // Marks and the way back.
        Case("mark this place with a letter", .reading, typed("jjj")) { $0.state.marks["a"] != nil && $0.status.contains("Marked a") },
        Case("go to the place marked with a letter", .reading, typed("jjjmaG")) { $0.state.top == 3 && $0.showsTop },
        Case("back to where you were before the last jump", .reading, typed("G")) { $0.state.top == 0 && $0.showsTop },

        // Search.
        Case("search forward (smart case)", .reading) { $0.prompt?.purpose == .search(forward: true) && $0.status.hasPrefix("/") },
        Case("search forward (smart case)", .quotes, [.tab], needsPane: true) {
            $0.prompt?.purpose == .search(forward: true) && $0.status.hasPrefix("/")
        },
        Case("search backward", .reading) { $0.prompt?.purpose == .search(forward: false) && $0.status.hasPrefix("?") },
        Case("search backward", .quotes, [.tab], needsPane: true) { $0.prompt?.purpose == .search(forward: false) && $0.status.hasPrefix("?") },
        Case("next match", .reading, search) {
            $0.state.search?.current == 1 && $0.status.contains("2/\($0.state.search!.matches.count)") && $0.has(.searchCurrent)
        },
        Case("previous match", .reading, search + typed("nn")) {
            $0.state.search?.current == 1 && $0.status.contains("2/\($0.state.search!.matches.count)")
        },
        Case("clear the search highlighting", .reading, search) {
            $0.state.search?.highlighted == false && !$0.has(.searchMatch) && !$0.has(.searchCurrent) && $0.previous.cells.contains { $0.style.contains(.searchCurrent) }
        },

        // Quotes.
        Case("next quote after the reading position", .reading) {
            $0.state.currentQuote == $0.after.listedQuotes.first && $0.status.contains("quote 1/") && $0.has(.quoteCurrent)
        },
        Case("previous quote", .reading, typed("G")) { seen in
            // The last quote that starts above the top of the screen.
            let top = seen.before.layout.lines[seen.before.state.top].range.lowerBound
            let quotes = seen.after.analysis.quotes
            let listed = seen.after.listedQuotes
            guard let expected = listed.last(where: { quotes[$0].extent.lowerBound < top }) else {
                // None: it wraps around to the last.
                return seen.state.currentQuote == listed.last && seen.status.contains("Wrapped around to the last quote")
            }
            let number = seen.after.listedQuotes.firstIndex(of: expected)! + 1
            return seen.state.currentQuote == expected && seen.status.contains("quote \(number)/") && seen.has(.quoteCurrent)
        },
        Case("move the keys to the quotes pane, or back", .reading) { seen in
            seen.after.geometry.quotes == nil
                ? seen.state.focus == .article && seen.status.contains("Too narrow for the quotes pane")
                : seen.state.focus == .quotes && seen.text.contains("j k Enter Esc")
        },
        Case("move the keys to the quotes pane, or back", .quotes, [.tab], needsPane: true) {
            $0.state.focus == .article && !$0.text.contains("j k Enter Esc")
        },
        Case("list only one speaker's or actor's quotes", .reading) { $0.prompt?.purpose == .filter && $0.status.hasPrefix("Quotes of") },
        Case("list only one speaker's or actor's quotes", .quotes, [.tab], needsPane: true) {
            $0.prompt?.purpose == .filter && $0.status.hasPrefix("Quotes of")
        },
        Case("copy the current quote and its speaker", .reading, typed("]")) {
            $0.copied?.hasPrefix("“") == true && $0.copied?.contains("” — Sergei Lavrov") == true && $0.status.contains("Copied the quote")
        },
        Case("copy the current quote and its speaker", .quotes, [.tab, .character("j")], needsPane: true) {
            let speaker = $0.after.analysis.quotes[$0.state.quotesPane.selection!].attribution?.speakerName ?? "?"
            return $0.copied?.hasSuffix("— " + speaker) == true && $0.status.contains("Copied the quote")
        },
        Case("the file, lines and bytes shown (as less)", .reading, typed("j")) { $0.showsFileInformation },
        Case("the file, lines and bytes shown (as less)", .quotes, [.tab], needsPane: true) { $0.showsFileInformation },
        Case("show the article's URL; no browser opens", .reading) {
            $0.state.message?.hasPrefix("No URL") == true && $0.status.contains("No URL")
        },
        Case("show the article's URL; no browser opens", .quotes, [.tab], needsPane: true) {
            $0.state.focus == .quotes && $0.status.contains("No URL")
        },
        Case("show or hide the quotes pane", .reading) { seen in
            // With no room for it, the pane is kept for a larger terminal, and P says why.
            seen.before.geometry.quotes == nil
                ? seen.state.showsQuotesPane && seen.status.contains("Too narrow for the quotes pane")
                : !seen.state.showsQuotesPane && seen.after.geometry.quotes == nil && !seen.text.contains("Quotes (")
        },
        Case("show or hide the quotes pane", .quotes, [.tab], needsPane: true) {
            !$0.state.showsQuotesPane && $0.state.focus == .article && !$0.text.contains("Quotes (")
        },
        Case("hide or show quotes with no speaker", .reading) { $0.hidesUnattributedQuotes },
        Case("hide or show quotes with no speaker", .quotes, [.tab], needsPane: true) { $0.hidesUnattributedQuotes },

        // Actors.
        Case("show or hide the actors (1–9 there hide one)", .reading) { $0.state.mode == .legend && $0.text.contains("1–9 highlight") },
        Case("show or hide the actors (1–9 there hide one)", .quotes, [.tab], needsPane: true) {
            $0.state.mode == .legend && $0.text.contains("1–9 highlight")
        },
        Case("show or hide the actors (1–9 there hide one)", .legend, typed("A")) { $0.state.mode == .reading && !$0.text.contains("1–9 highlight") },
        Case("choose the next actor", .reading) { $0.state.currentActor != nil && $0.status.contains("Actor ") },
        Case("next mention of the chosen actor", .reading, typed("@")) {
            $0.state.currentMention != nil && $0.status.contains(": mention 1/")
        },
        Case("previous mention of the chosen actor", .reading, typed("@")) {
            $0.state.currentMention != nil && $0.status.contains(": mention ") && $0.status.contains("wrapped around")
        },
        Case("hide or show that actor's highlighting", .legend, typed("A")) { seen in
            guard case .character(let digit) = seen.keys.last, let number = digit.wholeNumberValue else { return false }
            let actors = seen.after.analysis.lexicon.actors
            guard actors.indices.contains(number - 1) else { return seen.status.contains("There is no actor \(number)") }
            let role = StyleRole.actor(id: actors[number - 1].id, index: number - 1)
            return seen.state.hiddenActors == [actors[number - 1].id] && seen.state.mode == .legend
                && seen.status.contains("no longer highlighted") && !seen.has(role) && seen.previous.cells.contains { $0.style.contains(role) }
        },
        Case("close the legend", .legend, typed("A")) { $0.state.mode == .reading && !$0.text.contains("1–9 highlight") },

        // Repairs, the help, the screen, quitting.
        Case("underline repaired characters, or stop", .reading) {
            $0.state.showsRepairs && $0.status.contains("repaired") && $0.has(.repaired)
        },
        Case("draw with the next theme", .reading) {
            $0.status.contains("Theme dark, in 256 colours") && $0.state.top == $0.before.state.top
        },
        Case("draw with the next theme", .quotes, [.tab], needsPane: true) {
            $0.state.focus == .quotes && $0.status.contains("Theme dark")
        },
        Case("draw the screen again", .reading) { $0.frame == $0.previous && $0.state == $0.before.state },
        Case("draw the screen again", .help, typed("h")) { $0.frame == $0.previous && $0.state == $0.before.state },
        Case("draw the screen again", .prompt, typed("/as")) { $0.frame == $0.previous && $0.state == $0.before.state },
        Case("draw the screen again", .quotes, [.tab], needsPane: true) { $0.frame == $0.previous && $0.state == $0.before.state },
        Case("draw the screen again", .legend, typed("A")) { $0.frame == $0.previous && $0.state == $0.before.state },
        Case("show or hide this help", .reading) { $0.state.mode == .help && $0.showsHelpTitle },
        Case("show or hide this help", .help, typed("h")) { $0.state.mode == .reading && !$0.showsHelpTitle },
        Case("show or hide this help", .quotes, [.tab], needsPane: true) { $0.state.mode == .help && $0.showsHelpTitle },
        Case("quit", .reading) { $0.state.hasQuit },
        Case("quit", .quotes, [.tab], needsPane: true) { $0.state.hasQuit },

        // The quotes pane's own keys.
        Case("select the next quote", .quotes, [.tab], needsPane: true) { seen in
            let listed = seen.after.listedQuotes
            return seen.state.quotesPane.selection == listed[1] && seen.paneMarkerMoved
        },
        Case("select the previous quote", .quotes, [.tab] + typed("jj"), needsPane: true) { seen in
            let listed = seen.after.listedQuotes
            return seen.state.quotesPane.selection == listed[1] && seen.paneMarkerMoved
        },
        Case("select the first quote", .quotes, [.tab] + typed("jjj"), needsPane: true) { seen in
            seen.state.quotesPane.selection == seen.after.listedQuotes.first && seen.paneMarkerMoved
        },
        Case("select the last quote", .quotes, [.tab], needsPane: true) { seen in
            seen.state.quotesPane.selection == seen.after.listedQuotes.last && seen.paneMarkerMoved
        },
        Case("select the quote a page down", .quotes, [.tab] + typed("g"), needsPane: true) { seen in
            seen.position(in: seen.before) == 0 && seen.position(in: seen.after) > 0 && seen.paneMarkerMoved
        },
        Case("select the quote a page up", .quotes, [.tab] + typed("G"), needsPane: true) { seen in
            let last = seen.after.listedQuotes.count - 1
            return seen.position(in: seen.before) == last && seen.position(in: seen.after) < last && seen.paneMarkerMoved
        },
        Case("go to the selected quote", .quotes, [.tab] + typed("jj"), needsPane: true) {
            $0.state.focus == .article && $0.state.currentQuote == $0.after.listedQuotes[2] && $0.status.contains("quote 3/")
        },
        Case("back to the article", .quotes, [.tab], needsPane: true) { $0.state.focus == .article && !$0.text.contains("j k Enter Esc") },

        // The prompt.
        Case("run the search", .prompt, typed("/assad")) {
            $0.state.mode == .reading && $0.state.search?.query == "assad" && $0.state.search?.current != nil && $0.status.contains("/assad ")
        },
        Case("close the prompt", .prompt, typed("jj/assad")) {
            $0.state.mode == .reading && $0.state.top == 2 && $0.state.search == nil && !$0.status.hasPrefix("/")
        },
        Case("delete the character before the cursor", .prompt, typed("/as")) { $0.prompt?.line == "a" && $0.status.hasPrefix("/a ") },
        Case("cursor left", .prompt, typed("/as")) { $0.prompt?.cursor == 1 && $0.cursorColumn == 2 },
        Case("cursor right", .prompt, typed("/as") + [.left, .left]) { $0.prompt?.cursor == 1 && $0.cursorColumn == 2 },
        Case("cursor to the start", .prompt, typed("/as")) { $0.prompt?.cursor == 0 && $0.cursorColumn == 1 },
        Case("cursor to the end", .prompt, typed("/as") + [.left, .left]) { $0.prompt?.cursor == 2 && $0.cursorColumn == 3 },
        Case("complete a name or word (again: the next)", .prompt, typed("llav")) {
            $0.prompt?.line == "Sergei Lavrov" && $0.status.contains("Sergei Lavrov")
        },
        Case("delete the word before the cursor", .prompt, typed("/al assad")) { $0.prompt?.line == "al " && $0.status.hasPrefix("/al ") },
        Case("delete everything before the cursor", .prompt, typed("/assad") + [.left]) {
            $0.prompt?.line == "d" && $0.prompt?.cursor == 0 && $0.status.hasPrefix("/d")
        },
        Case("earlier search (kept across runs)", .prompt, typed("/")) { $0.prompt?.line == "lavrov" && $0.status.hasPrefix("/lavrov") },
        Case("later search", .prompt, typed("/") + [.up, .up]) { $0.prompt?.line == "lavrov" && $0.status.hasPrefix("/lavrov") },
    ]

    /// The reader after `keys`, carrying out the work they ask for; what was copied.
    static func press(_ keys: [Key], on reader: inout Reader) -> String? {
        var copied: String?
        for key in keys {
            for effect in reader.update(.key(key)) {
                switch effect {
                case .work(let work): reader.receive(work.run())
                case .copyToClipboard(let text):
                    copied = text
                    reader.receive(.copied(true))
                case .nextTheme:
                    reader.receive(.themeChanged(name: "dark", colors: "in 256 colours"))
                }
            }
        }
        return copied
    }

    @Test func everyBindingAndModeHasACase() {
        var bound: Set<String> = []
        for binding in KeyMap.bindings {
            for mode in binding.modes { bound.insert("\(binding.help) [\(mode)]") }
        }
        let covered = Set(Self.cases.map { "\($0.help) [\($0.mode)]" })
        #expect(bound.subtracting(covered).isEmpty, "bindings with no case: \(bound.subtracting(covered).sorted())")
        #expect(covered.subtracting(bound).isEmpty, "cases of no binding: \(covered.subtracting(bound).sorted())")
    }

    @Test(arguments: cases.indices)
    func bindingDoesWhatItSays(_ index: Int) throws {
        let entry = Self.cases[index]
        let binding = try #require(KeyMap.bindings.first { $0.help == entry.help && $0.modes.contains(entry.mode) })
        for (width, height) in Self.sizes {
            var start = Reader(
                analysis: Self.analysis, fileName: SampleArticle.fileName, width: width, height: height, searchHistory: Self.history)
            _ = Self.press(entry.setup, on: &start)
            let mode = start.state.mode.input(focus: start.state.focus)
            if entry.needsPane, start.geometry.quotes == nil {
                let refused = start.state.focus == .article
                #expect(refused,
                        "\(entry.help) at \(width)×\(height): the keys must stay with the article")
                continue
            }
            let reached = mode == entry.mode
            #expect(reached, "\(entry.help): the setup reaches \(mode), not \(entry.mode), at \(width)×\(height)")
            for sequence in binding.sequences {
                var keys = sequence
                if case .withLetter = binding.action { keys.append(.character("a")) }
                var reader = start
                let copied = Self.press(keys, on: &reader)
                let seen = Seen(before: start, after: reader, previous: start.render(), frame: reader.render(), keys: keys, copied: copied)
                let passed = entry.check(seen)
                #expect(passed, "“\(entry.help)” in \(entry.mode) by \(KeyName.of(keys)) at \(width)×\(height):\n\(seen.text)")
            }
        }
    }
}

extension BindingCoverageTests.Seen {
    /// The place of the pane's selection among the listed quotes of `reader` (-1 for none).
    func position(in reader: Reader) -> Int {
        reader.state.quotesPane.selection.flatMap { reader.listedQuotes.firstIndex(of: $0) } ?? -1
    }

    /// Whether the status line says the file, the lines shown of all (from line 2 after a `j`
    /// or from 1), the bytes and the percentage, as `less` does.
    var showsFileInformation: Bool {
        let lines = after.layout.lines.count
        let first = after.state.top + 1
        let last = min(lines, after.state.top + after.pageHeight)
        guard let message = state.message else { return false }
        return message.hasPrefix("\(SampleArticle.fileName)  lines \(first)–\(last) of \(lines)  byte ")
            && message.hasSuffix("  \(last * 100 / lines)%") && status.contains(String(message.prefix(8)))
    }

    /// The column of the prompt's cursor: the status line's cell in the selection style.
    var cursorColumn: Int? {
        let row = frame.height - 1
        return (0..<frame.width).first { frame[$0, row].style.contains(.paneSelection) }
    }

    /// Whether the quotes with no speaker are now hidden, and the status line counts them.
    var hidesUnattributedQuotes: Bool {
        let hidden = after.analysis.quotes.count { $0.attribution == nil }
        return state.hidesUnattributedQuotes && after.listedQuotes.count == after.analysis.quotes.count - hidden
            && status.contains("Hiding \(hidden) quote")
    }

    /// Whether the pane's `▶` marker stands on another entry than before: on another row, or
    /// on the same row of a list scrolled under it (a short pane, under the article).
    var paneMarkerMoved: Bool {
        func marked(_ frame: Frame) -> (row: Int, text: String)? {
            guard let pane = after.geometry.quotes,
                  let row = (0..<frame.height).first(where: { frame[pane.x, $0].text == "▶" }) else { return nil }
            return (row, frame.text(ofRow: row))
        }
        guard let now = marked(frame) else { return false }
        guard let before = marked(previous) else { return true }
        return now.row != before.row || now.text != before.text
    }
}

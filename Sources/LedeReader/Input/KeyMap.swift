/// Which keys do what, as one table: the help screen and the README's key table are made
/// from it (a test compares the README with ``markdownTable``).
///
/// Browsing keys follow `less`; a count before a motion repeats it (`10j`, `3]`), and before
/// `g` or `G` it is a line number.
public enum KeyMap {
    /// Every binding, in the order the help lists them.
    public static let bindings: [KeyBinding] = [
        KeyBinding([[.character("j")], [.down], [.enter], [.character("e")], [.control("e")], [.control("n")]],
                   .command(.scrollLines(1)), help: "down one line", modes: [.reading, .help], count: .repeats),
        KeyBinding([[.character("k")], [.up], [.character("y")], [.control("y")], [.control("p")]],
                   .command(.scrollLines(-1)), help: "up one line", modes: [.reading, .help], count: .repeats),
        KeyBinding([[.character(" ")], [.character("f")], [.pageDown], [.control("f")], [.control("v")]],
                   .command(.scrollPages(1)), help: "down one page", modes: [.reading, .help], count: .repeats),
        KeyBinding([[.character("b")], [.pageUp], [.control("b")]], .command(.scrollPages(-1)), help: "up one page", modes: [.reading, .help], count: .repeats),
        KeyBinding([[.character("d")], [.control("d")]], .command(.scrollHalfPages(1)), help: "down half a page", count: .repeats),
        KeyBinding([[.character("u")], [.control("u")]], .command(.scrollHalfPages(-1)), help: "up half a page", count: .repeats),
        KeyBinding([[.character("g")], [.character("<")], [.home]], .command(.top),
                   help: "top (with a count N: line N)", count: .lineNumber),
        KeyBinding([[.character("G")], [.character(">")], [.end]], .command(.bottom),
                   help: "bottom (with a count N: line N)", count: .lineNumber),
        KeyBinding([[.character("%")], [.character("p")]], .command(.goToPercent(0)), help: "N percent into the article", count: .percent),
        KeyBinding([[.character("m")]], .withLetter { .setMark($0) }, help: "mark this place with a letter"),
        KeyBinding([[.character("'")]], .withLetter { .goToMark($0) }, help: "go to the place marked with a letter"),
        KeyBinding([[.character("'"), .character("'")]], .command(.previousPosition), help: "back to where you were before the last jump"),
        KeyBinding([[.character("/")]], .command(.beginSearch(forward: true)), help: "search forward (smart case)", modes: [.reading, .quotes]),
        KeyBinding([[.character("?")]], .command(.beginSearch(forward: false)), help: "search backward", modes: [.reading, .quotes]),
        KeyBinding([[.character("n")]], .command(.nextMatch), help: "next match", count: .repeats),
        KeyBinding([[.character("N")]], .command(.previousMatch), help: "previous match", count: .repeats),
        KeyBinding([[.escape, .character("u")]], .command(.clearSearch), help: "clear the search highlighting"),
        KeyBinding([[.character("]")]], .command(.nextQuote), help: "next quote after the reading position", count: .repeats),
        KeyBinding([[.character("[")]], .command(.previousQuote), help: "previous quote", count: .repeats),
        KeyBinding([[.tab], [.backTab]], .command(.toggleFocus), help: "move the keys to the quotes pane, or back",
                   modes: [.reading, .quotes]),
        KeyBinding([[.character("l")]], .command(.beginFilter), help: "list only one speaker's or actor's quotes",
                   modes: [.reading, .quotes]),
        KeyBinding([[.character("c")]], .command(.copyQuote), help: "copy the current quote and its speaker",
                   modes: [.reading, .quotes]),
        KeyBinding([[.character("=")], [.control("g")]], .command(.showFileInformation),
                   help: "the file, lines and bytes shown (as less)", modes: [.reading, .quotes]),
        KeyBinding([[.character("o")]], .command(.showURL), help: "show the article's URL; no browser opens",
                   modes: [.reading, .quotes]),
        KeyBinding([[.character("A")]], .command(.toggleLegend), help: "show or hide the actors (1–9 there hide one)",
                   modes: [.reading, .quotes, .legend]),
        KeyBinding([[.character("@")]], .command(.nextActor), help: "choose the next actor"),
        KeyBinding([[.character("}")]], .command(.stepMention(1)), help: "next mention of the chosen actor", count: .repeats),
        KeyBinding([[.character("{")]], .command(.stepMention(-1)), help: "previous mention of the chosen actor", count: .repeats),
        KeyBinding([[.character("P")]], .command(.toggleQuotesPane), help: "show or hide the quotes pane", modes: [.reading, .quotes]),
        KeyBinding([[.character("a")]], .command(.toggleUnattributedQuotes), help: "hide or show quotes with no speaker",
                   modes: [.reading, .quotes]),
        KeyBinding([[.character("r")]], .command(.toggleRepairs), help: "underline repaired characters, or stop"),
        KeyBinding([[.character("T")]], .command(.nextTheme), help: "draw with the next theme",
                   modes: [.reading, .quotes]),
        KeyBinding([[.control("l")]], .terminal, help: "draw the screen again",
                   modes: [.reading, .help, .prompt, .quotes, .legend]),
        KeyBinding([[.character("h")], [.character("H")], [.function(1)]], .command(.toggleHelp), help: "show or hide this help",
                   modes: [.reading, .help, .quotes]),
        KeyBinding([[.character("q")], [.character("Q")], [.character("Z"), .character("Z")], [.control("c")]], .command(.quit), help: "quit",
                   modes: [.reading, .quotes]),
        KeyBinding([[.character("j")], [.down]], .command(.selectQuote(1)), help: "select the next quote", modes: [.quotes], count: .repeats),
        KeyBinding([[.character("k")], [.up]], .command(.selectQuote(-1)), help: "select the previous quote", modes: [.quotes], count: .repeats),
        KeyBinding([[.character("g")], [.character("<")], [.home]], .command(.selectEdgeQuote(last: false)), help: "select the first quote",
                   modes: [.quotes]),
        KeyBinding([[.character("G")], [.character(">")], [.end]], .command(.selectEdgeQuote(last: true)), help: "select the last quote",
                   modes: [.quotes]),
        KeyBinding([[.character(" ")], [.character("f")], [.pageDown], [.control("f")], [.control("v")]],
                   .command(.selectQuotePage(1)), help: "select the quote a page down", modes: [.quotes], count: .repeats),
        KeyBinding([[.character("b")], [.pageUp], [.control("b")]],
                   .command(.selectQuotePage(-1)), help: "select the quote a page up", modes: [.quotes], count: .repeats),
        KeyBinding([[.enter]], .command(.openSelectedQuote), help: "go to the selected quote", modes: [.quotes]),
        KeyBinding([[.escape]], .command(.toggleFocus), help: "back to the article", modes: [.quotes]),
        KeyBinding((1...9).map { [.character(Character("\($0)"))] }, .byDigit { .toggleActor($0) },
                   help: "hide or show that actor's highlighting", modes: [.legend]),
        KeyBinding([[.escape], [.character("q")]], .command(.toggleLegend), help: "close the legend", modes: [.legend]),
        KeyBinding([[.enter]], .command(.promptSubmit), help: "run the search", modes: [.prompt]),
        KeyBinding([[.escape], [.control("c")], [.control("g")]], .command(.promptCancel), help: "close the prompt", modes: [.prompt]),
        KeyBinding([[.backspace]], .command(.promptBackspace), help: "delete the character before the cursor", modes: [.prompt]),
        KeyBinding([[.left], [.control("b")]], .command(.promptMoveCursor(-1)), help: "cursor left", modes: [.prompt]),
        KeyBinding([[.right], [.control("f")]], .command(.promptMoveCursor(1)), help: "cursor right", modes: [.prompt]),
        KeyBinding([[.home], [.control("a")]], .command(.promptMoveCursorToEnd(false)), help: "cursor to the start", modes: [.prompt]),
        KeyBinding([[.end], [.control("e")]], .command(.promptMoveCursorToEnd(true)), help: "cursor to the end", modes: [.prompt]),
        KeyBinding([[.tab]], .command(.promptComplete), help: "complete a name or word (again: the next)", modes: [.prompt]),
        KeyBinding([[.control("w")]], .command(.promptDeleteWord), help: "delete the word before the cursor", modes: [.prompt]),
        KeyBinding([[.control("u")]], .command(.promptDeleteToStart), help: "delete everything before the cursor", modes: [.prompt]),
        KeyBinding([[.up], [.control("p")]], .command(.promptHistory(older: true)), help: "earlier search (kept across runs)", modes: [.prompt]),
        KeyBinding([[.down], [.control("n")]], .command(.promptHistory(older: false)), help: "later search", modes: [.prompt]),
    ]

    /// The bindings that work in `mode`.
    public static func bindings(in mode: InputMode) -> [KeyBinding] {
        bindings.filter { $0.modes.contains(mode) }
    }

    /// The bindings of `mode` that do not also work while reading, for the help's section on
    /// that mode.
    public static func only(in mode: InputMode) -> [KeyBinding] {
        bindings(in: mode).filter { !$0.modes.contains(.reading) }
    }

    /// The README's key table, one row per binding, grouped by mode.
    public static var markdownTable: String {
        var rows = ["| keys | action |", "|---|---|"]
        for binding in bindings(in: .reading) { rows.append(row(binding)) }
        rows.append("| | **in the quotes pane** (`Tab`) |")
        for binding in only(in: .quotes) { rows.append(row(binding)) }
        rows.append("| | **in the legend** (`A`) |")
        for binding in only(in: .legend) { rows.append(row(binding)) }
        rows.append("| | **in the prompt** |")
        for binding in only(in: .prompt) { rows.append(row(binding)) }
        return rows.joined(separator: "\n")
    }

    private static func row(_ binding: KeyBinding) -> String {
        let keys = binding.keysText.components(separatedBy: "  ").map { "`\($0)`" }.joined(separator: " ")
        return "| \(keys) | \(binding.help) |"
    }
}

import LedeKit

/// The reader: an analysed article, the person's place in it, and how keys change that.
///
/// `Reader` is a value: ``handle(_:)`` and ``apply(_:)`` update it, ``render()`` draws it
/// into a ``Frame``. Nothing here touches a terminal.
public struct Reader: Sendable {
    /// The article and what was found in it (so far, while ``streaming``).
    public internal(set) var analysis: Analysis
    /// The name shown in the status line.
    public let fileName: String
    /// The line under a web page's title (site, byline, date), escaped; `nil` for text.
    public var pageDetails: String? { PageDetails.line(for: analysis.page) }
    /// The widest the article text is set, in columns (`nil`: as wide as its pane).
    public let readingWidth: Int?
    /// The changing state.
    public internal(set) var state: ReaderState
    /// The article wrapped to the article pane.
    public internal(set) var layout: ArticleLayout
    /// The article's actor, quote and repair spans, indexed once.
    var styles: ArticleStyles
    /// The article's text, prepared for search: made by the first search, and dropped when
    /// more text arrives.
    var searchable: SearchableText?
    /// The chunks of a large article still to be analysed; `nil` once it is all here.
    public internal(set) var streaming: StreamingAnalysis?
    /// The request number of the whole layout being made in the background, while ``layout``
    /// is a window of it (see ``relayout(keepingQuote:)``); `nil` when the layout is whole.
    public internal(set) var pendingLayout: Int?
    /// The number of the latest request for a whole layout made in the background.
    var layoutRequests = 0
    /// A chunk's analysis that arrived while the layout was being made anew: taken in when it is.
    var heldChunk: HeldChunk?
    /// The most scalars an article may have to be laid out anew whole in the key loop; a
    /// longer one is laid out around the reading place at once and whole in the background.
    public var layoutLimit = Reader.layoutInKeyLoopLimit
    /// The bytes a search over a longer text reads at a time (``searchPieceSize`` by default):
    /// its first matches show before it has read the rest.
    public var searchPieceBytes = Reader.searchPieceSize

    /// Opens `analysis` in a terminal of `width` × `height`, with the searches of earlier runs
    /// in the prompt's history, its text at most `readingWidth` columns wide (`nil`: as wide
    /// as the article pane).
    public init(
        analysis: Analysis, fileName: String, width: Int, height: Int, searchHistory: [String] = [],
        readingWidth: Int? = ReaderGeometry.defaultReadingWidth
    ) {
        self.analysis = analysis
        self.fileName = fileName
        self.readingWidth = readingWidth
        styles = ArticleStyles(analysis)
        state = ReaderState(width: width, height: height, searchHistory: searchHistory)
        let geometry = ReaderGeometry(width: width, height: height, showsQuotesPane: true, readingWidth: readingWidth)
        layout = Self.layout(of: analysis, width: geometry.textWidth)
        // Say at once where the quotes are when they are not beside the article, as a resize
        // that moves them does.
        state.notice = paneNotice
        followReading()
    }

    /// The article wrapped for `width` columns, with a line for the page's details when it has any.
    static func layout(of analysis: Analysis, width: Int) -> ArticleLayout {
        ArticleLayout(article: analysis.article, width: width, details: PageDetails.line(for: analysis.page) != nil)
    }

    /// Where the panes are.
    public var geometry: ReaderGeometry {
        ReaderGeometry(
            width: state.width, height: state.height, showsQuotesPane: state.showsQuotesPane, readingWidth: readingWidth,
            quotesRows: analysis.quotes.isEmpty && !isStreaming ? QuotesPane.emptyRows : nil)
    }

    /// Lines in one page of the article pane.
    public var pageHeight: Int { max(1, geometry.article.height) }

    /// The largest useful value of `top`: the last page shows the last line at the bottom.
    public var maximumTop: Int { max(0, layout.lines.count - pageHeight) }

    /// Updates the reader for a key press or a resize, and carries out at once the work it
    /// asks for, and the work that work asks for: for tests and front ends that wait for it
    /// (and have no clipboard, nor themes to change to).
    public mutating func handle(_ event: InputEvent) {
        run(update(event))
    }

    /// Carries out `effects` at once, and the work their messages ask for, until none is left.
    public mutating func run(_ effects: [ReaderEffect]) {
        var effects = effects[...]
        while let effect = effects.popFirst() {
            switch effect {
            case .work(let work): effects += receive(work.run())
            case .copyToClipboard: effects += receive(.copied(false))
            case .nextTheme: continue
            }
        }
    }

    /// Updates the reader for a key press or a resize, and returns the work it asks for
    /// (a search), whose messages go to ``receive(_:)``.
    public mutating func update(_ event: InputEvent) -> [ReaderEffect] {
        switch event {
        case .resize(let width, let height):
            return apply(.resize(width: width, height: height))
        case .mouse(let event):
            return mouse(event)
        case .key(let key):
            let mode = state.mode.input(focus: state.focus)
            let reading = state.keys.read(key, in: mode)
            // A key clears the status message and notice, but drawing the screen again (^L)
            // keeps them.
            if case .terminal = reading {} else {
                state.message = nil
                state.notice = nil
            }
            switch reading {
            case .command(let command, let times):
                return (0..<times).flatMap { _ in apply(command) }
            case .pending, .terminal:
                return []
            case .needsLetter:
                state.message = "A mark is a letter"
                return []
            case .unbound:
                if mode == .help || mode == .legend {
                    state.mode = .reading
                } else if mode == .prompt, case .character(let character) = key {
                    return apply(.promptInput(character))
                } else if mode == .reading {
                    state.message = "Unknown key \(KeyName.of(key)) (h for help)"
                }
                return []
            }
        }
    }

    /// Why the quotes pane cannot be shown or focused, short enough for a narrow status line.
    var tooNarrow: String {
        state.width < ReaderGeometry.minimumWidthForQuotesPane ? Self.noRoomMessages[0] : Self.noRoomMessages[1]
    }

    /// What the reader says when the terminal is too narrow, or too short, for the quotes pane.
    static let noRoomMessages = ["Too narrow for the quotes pane", "Too short for the quotes pane"]

    /// Where `P` put the quotes pane: beside or under the article, hidden, or kept off a
    /// screen too small for it.
    func paneMessage(_ place: ReaderGeometry.QuotesPlace, shown: Bool) -> String {
        switch place {
        case .beside: "Quotes pane beside the article"
        case .below: "Quotes pane under the article"
        case .none: shown ? tooNarrow : "Quotes pane hidden (P shows it)"
        }
    }

    /// Whether `message` is one `P` gives of the quotes pane's place (``paneMessage(_:shown:)``).
    func isPaneMessage(_ message: String) -> Bool {
        let places: [ReaderGeometry.QuotesPlace] = [.beside, .below, .none]
        return places.contains { paneMessage($0, shown: false) == message }
            || Self.noRoomMessages.contains(message)
    }

    /// Where the quotes pane is, when the person should be told without asking: under the
    /// article, or off a terminal too narrow or short for it. Nothing when it is beside the
    /// article (the usual place), hidden by `P`, or when the terminal is too small for anything.
    var paneNotice: Notice? {
        let geometry = geometry
        guard state.showsQuotesPane, !geometry.isTooSmall, geometry.quotesPlace != .beside else { return nil }
        let short = geometry.quotesPlace == .below ? "quotes pane below" : "no room for quotes"
        return Notice(text: paneMessage(geometry.quotesPlace, shown: true), short: short)
    }

    /// `Showing all 5 quotes`, or `Showing the 1 quote`; `Showing all 5+ quotes` while analysing.
    func showingAll(_ count: Int) -> String {
        (count == 1 && !isStreaming ? "Showing the " : "Showing all ") + counted(count, "quote")
    }

    /// Whether a submitted search goes into the history: not an empty or blank pattern, nor
    /// one that does not compile.
    static func isWorthRemembering(_ query: String) -> Bool {
        let body = query.hasPrefix(TextSearch.regexPrefix) ? query.dropFirst(TextSearch.regexPrefix.count) : Substring(query)
        return !body.allSatisfy(\.isWhitespace) && (try? TextSearch(query)) != nil
    }

    /// Lines the wheel scrolls the article by.
    static let wheelLines = 3

    /// The wheel scrolls the pane under the pointer; a click on a quote in the quotes pane
    /// goes to it. The mouse does nothing while the help, the legend or a prompt is open.
    private mutating func mouse(_ event: MouseEvent) -> [ReaderEffect] {
        guard state.mode == .reading else { return [] }
        let inside = { (rect: ReaderGeometry.Rect) in
            rect.x <= event.x && event.x < rect.x + rect.width && rect.y <= event.y && event.y < rect.y + rect.height
        }
        if let pane = geometry.quotes, inside(pane) {
            switch event.action {
            case .wheelUp: state.quotesPane.move(by: -1, in: listedQuotes)
            case .wheelDown: state.quotesPane.move(by: 1, in: listedQuotes)
            case .click:
                guard let quote = QuotesPane(reader: self).quote(atRow: event.y, in: pane) else { return [] }
                state.quotesPane.selection = quote
                return apply(.openSelectedQuote)
            }
            return []
        }
        guard inside(geometry.article) else { return [] }
        switch event.action {
        case .wheelUp: return apply(.scrollLines(-Self.wheelLines))
        case .wheelDown: return apply(.scrollLines(Self.wheelLines))
        case .click: return []
        }
    }

    /// Takes in what finished work reports, and returns the work that follows from it (the
    /// next chunk's analysis).
    @discardableResult
    public mutating func receive(_ message: ReaderMessage) -> [ReaderEffect] {
        var effects: [ReaderEffect] = []
        switch message {
        case .searched(let outcome):
            if let pending = state.pendingSearch, pending.request == outcome.request {
                state.pendingSearch = nil
                show(outcome, forward: pending.forward, committed: pending.committed)
            } else if let progress = state.searchProgress, progress.request == outcome.request {
                takeMore(outcome, progress)
            } else {
                return []
            }
            if let sweep = outcome.sweep, !sweep.isDone {
                effects = [Self.searchWork(request: outcome.request, search: outcome.search, in: outcome.text, sweep: sweep, piece: searchPieceBytes)]
            }
        case .analysed(let chunk, let next):
            effects = take(chunk: chunk, next)
        case .laidOut(let request, let whole):
            effects = take(layout: whole, request: request)
        case .copied(let sent):
            state.message = sent ? "Copied the quote to the clipboard" : "This terminal cannot take a copy (it has no OSC 52)"
        case .themeChanged(let name, let colors):
            state.message = "Theme \(name), \(colors) (T: the next)"
        case .themeFailed(let error, let kept):
            state.message = "Showing theme \(kept): \(error.brief)"
        }
        followReading()
        return effects
    }

    /// Carries out `command`, and returns the work it asks for. While the article has the
    /// focus, the quotes pane's selection follows the current quote.
    @discardableResult
    public mutating func apply(_ command: Command) -> [ReaderEffect] {
        let effects = perform(command)
        followReading()
        return effects
    }

    /// What ``apply(_:)`` does for each command.
    private mutating func perform(_ command: Command) -> [ReaderEffect] {
        switch command {
        case .toggleQuotesPane, .resize: break
        default: state.heldPlace = nil
        }
        switch command {
        case .scrollLines(let count) where state.mode == .help: scrollHelp(by: count)
        case .scrollPages(let count) where state.mode == .help: scrollHelp(by: count * max(1, pageHeight - 2))
        case .scrollLines(let count): scroll(to: state.top + count)
        case .scrollPages(let count): scroll(to: state.top + count * pageHeight)
        case .scrollHalfPages(let count): scroll(to: state.top + count * max(1, pageHeight / 2))
        case .top:
            cover(offset: 0)
            jump(toLine: 0)
        case .bottom:
            cover(offset: analysis.article.scalarCount)
            jump(toLine: maximumTop)
            if isStreaming { state.message = "The end so far: still analysing" }
        case .goToLine where pendingLayout != nil, .goToPercent where pendingLayout != nil:
            state.message = Self.countingLinesMessage
        case .goToLine(let number): jump(toLine: number - 1)
        case .goToPercent(let percent): jump(toLine: layout.lines.count * min(100, max(0, percent)) / 100)
        case .setMark(let letter):
            state.marks[letter] = place
            state.message = "Marked \(letter)"
        case .goToMark(let letter):
            guard let mark = state.marks[letter] else {
                state.message = "No mark \(letter)"
                return []
            }
            go(to: mark)
        case .previousPosition:
            guard let previous = state.previousPosition else {
                state.message = "No previous position"
                return []
            }
            go(to: previous)
        case .beginSearch(let forward):
            state.mode = .prompt(Prompt(.search(forward: forward), history: state.searchHistory))
            state.searchOrigin = SearchOrigin(place: place, search: state.search)
        case .promptInput(let character): return editPrompt { $0.insert(character) }
        case .promptBackspace:
            guard case .prompt(var prompt) = state.mode else { return [] }
            guard prompt.deleteBackward() else {
                return prompt.text.isEmpty ? perform(.promptCancel) : []
            }
            state.mode = .prompt(prompt)
            return preview(prompt)
        case .promptMoveCursor(let offset): return editPrompt { $0.moveCursor(by: offset) }
        case .promptMoveCursorToEnd(let toEnd): return editPrompt { $0.moveCursor(toEnd: toEnd) }
        case .promptDeleteWord: return editPrompt { $0.deleteWordBackward() }
        case .promptDeleteToStart: return editPrompt { $0.deleteToStart() }
        case .promptHistory(let older): return editPrompt { $0.walkHistory(older: older) }
        case .promptComplete:
            let analysis = analysis
            return editPrompt { prompt in
                switch prompt.purpose {
                case .search: prompt.complete(from: SearchCompletions.of(analysis))
                case .filter: prompt.complete(from: QuoteFilter.completions(for: analysis))
                }
            }
        case .beginFilter:
            state.mode = .prompt(Prompt(.filter))
        case .promptCancel:
            state.mode = .reading
            state.searchRequests += 1
            state.pendingSearch = nil
            state.searchProgress = nil
            if let origin = state.searchOrigin {
                scroll(to: searchOriginLine(origin))
                state.search = origin.search
                state.searchOrigin = nil
            }
        case .promptSubmit:
            guard case .prompt(let prompt) = state.mode else { return [] }
            state.mode = .reading
            switch prompt.purpose {
            case .search(let forward):
                // As in less, an empty pattern repeats the last search, from its next match.
                if prompt.text.isEmpty, var previous = state.searchOrigin?.search {
                    previous.forward = forward
                    state.search = previous
                    state.searchOrigin = nil
                    stepMatch(forward: forward)
                    return []
                }
                let query = prompt.line
                if Self.isWorthRemembering(query) { state.remember(query) }
                return requestSearch(query, forward: forward, committed: true)
            case .filter:
                filterQuotes(prompt.line.trimmingCharacters(in: .whitespaces))
            }
        case .nextMatch: stepMatch(forward: state.search?.forward ?? true)
        case .previousMatch: stepMatch(forward: !(state.search?.forward ?? true))
        case .clearSearch: state.search?.highlighted.toggle()
        case .nextQuote: stepQuote(by: 1)
        case .previousQuote: stepQuote(by: -1)
        case .toggleFocus:
            if state.focus == .quotes {
                state.focus = .article
            } else if geometry.quotes == nil {
                state.message = state.showsQuotesPane ? tooNarrow : "The quotes pane is hidden (P shows it)"
            } else {
                state.focus = .quotes
                if state.quotesPane.selection == nil { state.quotesPane.move(by: 1, in: listedQuotes) }
            }
        case .selectQuote(let step): state.quotesPane.move(by: step, in: listedQuotes)
        case .selectQuotePage(let pages): state.quotesPane.move(by: pages * QuotesPane(reader: self).entriesPerPage, in: listedQuotes)
        case .showFileInformation: state.message = fileInformation
        case .selectEdgeQuote(let last): state.quotesPane.selectEdge(last: last, in: listedQuotes)
        case .toggleLegend: state.mode = state.mode == .legend ? .reading : .legend
        case .toggleActor(let number):
            let actors = analysis.lexicon.actors
            guard actors.indices.contains(number - 1) else {
                state.message = "There is no actor \(number)"
                return []
            }
            let actor = actors[number - 1]
            if state.hiddenActors.remove(actor.id) == nil { state.hiddenActors.insert(actor.id) }
            state.message = state.hiddenActors.contains(actor.id) ? "\(actor.name) no longer highlighted" : "\(actor.name) highlighted"
        case .nextActor:
            let actors = analysis.lexicon.actors
            let mentioned = actors.indices.filter { !mentions(of: $0).isEmpty }
            guard !mentioned.isEmpty else {
                state.message = "No actor is mentioned in this article"
                return []
            }
            let next = mentioned.first { $0 > (state.currentActor ?? -1) } ?? mentioned[0]
            state.currentActor = next
            state.currentMention = nil
            let count = mentions(of: next).count
            state.message = "Actor \(actors[next].name): \(counted(count, "mention")); } and { go to them"
        case .stepMention(let step): stepMention(by: step)
        case .copyQuote:
            guard let index = state.focus == .quotes ? state.quotesPane.selection : state.currentQuote ?? markedQuote else {
                state.message = "No quote to copy: ] goes to one"
                return []
            }
            return [.copyToClipboard(QuoteCitation.text(of: analysis.quotes[index], in: analysis.article))]
        case .showURL:
            state.message = analysis.page.url.map { DisplayEscaping.escaped($0) }
                ?? "No URL: this article was not fetched from the web, and its page names none"
        case .openSelectedQuote:
            state.focus = .article
            guard let selected = state.quotesPane.selection else { return [] }
            go(toQuote: selected)
        case .toggleQuotesPane:
            // A pane with no room is neither on screen nor hidden: say so, and keep it for a
            // larger terminal.
            if state.showsQuotesPane, geometry.quotesPlace == .none {
                state.message = tooNarrow
                return []
            }
            let shown = currentQuoteIsOnScreen
            state.showsQuotesPane.toggle()
            if !state.showsQuotesPane { state.focus = .article }
            let effects = relayout(keepingQuote: shown)
            state.message = paneMessage(geometry.quotesPlace, shown: state.showsQuotesPane)
            return effects
        case .toggleUnattributedQuotes:
            state.hidesUnattributedQuotes.toggle()
            if let current = state.currentQuote, !listedQuotes.contains(current) { state.currentQuote = nil }
            let hidden = analysis.quotes.count - listedQuotes.count
            state.message = state.hidesUnattributedQuotes
                ? "Hiding \(counted(hidden, "quote")) with no speaker" : showingAll(analysis.quotes.count)
        case .nextTheme:
            return [.nextTheme]
        case .toggleRepairs:
            state.showsRepairs.toggle()
            let count = analysis.repairs.count
            state.message = state.showsRepairs
                ? (count == 0 ? "Nothing was repaired in this article" : "Marking \(count) repaired characters")
                : "Repairs no longer marked"
        case .toggleHelp:
            state.mode = state.mode == .help ? .reading : .help
            state.helpTop = 0
        case .resize(let width, let height):
            let shown = currentQuoteIsOnScreen
            let arrangement = (geometry.quotesPlace, geometry.isTooSmall)
            state.width = max(1, width)
            state.height = max(1, height)
            let effects = relayout(keepingQuote: shown)
            // The quotes pane never goes, nor moves, without a word; the word is the one
            // opening at this size gives, so the screen does not depend on the way here.
            if arrangement != (geometry.quotesPlace, geometry.isTooSmall) {
                state.notice = paneNotice
                // What `P` said of the pane's place is no longer true.
                if let message = state.message, isPaneMessage(message) { state.message = nil }
            }
            return effects
        case .quit: state.hasQuit = true
        }
        return []
    }

    /// The screen for the current state.
    public func render() -> Frame {
        ReaderView(reader: self).render()
    }

    // MARK: - Moving

    /// Scrolls to `line`. A current quote the scroll takes off screen gives way to the first
    /// listed quote on screen (or none), so the quotes pane's selection follows the reading.
    mutating func scroll(to line: Int) {
        let line = reachLines(line, through: line + pageHeight - 1)
        state.top = min(max(0, line), maximumTop)
        if let current = state.currentQuote, !isOnScreen(analysis.quotes[current].extent) {
            state.currentQuote = firstQuoteOnScreen()
        }
    }

    /// While the article has the focus, the quotes pane's selection is the current quote, or
    /// else the first listed quote on screen, or else the last one above it: it follows the
    /// reading.
    private mutating func followReading() {
        guard state.focus == .article else { return }
        if let current = state.currentQuote {
            state.quotesPane.selection = current
            return
        }
        state.quotesPane.selection = firstQuoteOnScreen() ?? lastQuoteAbove()
    }

    /// The quote the quotes pane marks `▶` while it is on screen: with no current quote, the
    /// one `c` copies, since it is the one the person sees chosen.
    private var markedQuote: Int? {
        guard state.showsQuotesPane, geometry.quotesPlace != .none else { return nil }
        return state.quotesPane.selection
    }

    /// The last listed quote that starts above the screen, if any.
    private func lastQuoteAbove() -> Int? {
        let quotes = analysis.quotes
        let listed = listedQuotes
        let top = topOffset
        let first = listed.partitioningIndex { quotes[$0].extent.lowerBound >= top }
        return first > 0 ? listed[first - 1] : nil
    }

    /// The first listed quote with a line on screen, if any.
    private func firstQuoteOnScreen() -> Int? {
        let quotes = analysis.quotes
        let listed = listedQuotes
        let top = topOffset
        let first = listed.partitioningIndex { quotes[$0].extent.upperBound > top }
        return first < listed.count && isOnScreen(quotes[listed[first]].extent) ? listed[first] : nil
    }

    /// Changes the open prompt with `edit`, and previews the search typed; does nothing when
    /// no prompt is open.
    private mutating func editPrompt(_ edit: (inout Prompt) -> Void) -> [ReaderEffect] {
        guard case .prompt(var prompt) = state.mode else { return [] }
        let line = prompt.text
        edit(&prompt)
        state.mode = .prompt(prompt)
        return prompt.text == line ? [] : preview(prompt)
    }

    /// Searches for what the prompt holds as it is typed, from where the prompt opened.
    private mutating func preview(_ prompt: Prompt) -> [ReaderEffect] {
        switch prompt.purpose {
        case .search(let forward): requestSearch(prompt.line, forward: forward, committed: false)
        case .filter: []
        }
    }

    private mutating func scrollHelp(by lines: Int) {
        state.helpTop = min(max(0, state.helpTop + lines), HelpScreen.maximumTop(in: geometry.body))
    }

    /// The text offset at the top of the screen.
    private var topOffset: Int {
        layout.lines.indices.contains(state.top) ? layout.lines[state.top].range.lowerBound : 0
    }

    /// Where the reader is: the top line and the current quote.
    var place: ReadingPlace {
        layout.place(ofLine: state.top, quote: state.currentQuote)
    }

    /// Where the reader is, to open the article there next time.
    public var readingPlace: ReadingPlace { place }

    /// Opens the article at `place`, where it was left last time, and says so; `''` goes
    /// back to the start. The start itself, and a place beyond this article's text, are
    /// passed over in silence.
    public mutating func resume(at place: ReadingPlace) {
        if holdsForLater(place) { return }
        guard place.offset > 0 || place.quote != nil, place.offset < analysis.article.scalarCount, place.quote.map(analysis.quotes.indices.contains) ?? true else { return }
        go(to: place)
        state.message = "Back where you left off ('' for the start)"
        followReading()
    }

    /// Scrolls to `line`, remembering where the reader was (`from`, by default the place
    /// now) for `''`.
    private mutating func jump(toLine line: Int, from: ReadingPlace? = nil) {
        let from = from ?? place
        scroll(to: line)
        if state.top != layout.line(of: from) { state.previousPosition = from }
    }

    /// Goes back to `target` (a mark, or where the reader was before a jump), with the quote
    /// the reader was on there, when it is still listed.
    private mutating func go(to target: ReadingPlace) {
        cover(offset: target.offset)
        jump(toLine: layout.line(of: target))
        if let quote = target.quote, listedQuotes.contains(quote), isOnScreen(analysis.quotes[quote].extent) {
            state.currentQuote = quote
        }
    }

    /// Scrolls so that the text at `offset` is on screen, a couple of lines below the top
    /// when the reader has to move (as it has when the text lies beyond the lines laid out).
    private mutating func reveal(offset: Int) {
        let far = !windowHolds(offset)
        cover(offset: offset)
        let line = layout.lineIndex(containing: offset)
        if far || line < state.top || line >= state.top + pageHeight {
            scroll(to: line - min(2, pageHeight / 4))
        }
    }

    /// Whether the current quote has a line on screen.
    private var currentQuoteIsOnScreen: Bool {
        state.currentQuote.map { isOnScreen(analysis.quotes[$0].extent) } ?? false
    }

    // MARK: - Searching

    /// Asks for a search for `query`; an empty query (while typing) shows what was there
    /// when the prompt opened, and a bad pattern says why in the status line.
    private mutating func requestSearch(_ query: String, forward: Bool, committed: Bool) -> [ReaderEffect] {
        state.searchRequests += 1
        state.pendingSearch = nil
        state.searchProgress = nil
        guard !query.isEmpty else {
            if let origin = state.searchOrigin {
                scroll(to: searchOriginLine(origin))
                state.search = origin.search
            }
            return []
        }
        let search: TextSearch
        do {
            search = try TextSearch(query)
        } catch {
            state.message = error.description
            return []
        }
        let request = state.searchRequests
        state.pendingSearch = PendingSearch(request: request, forward: forward, committed: committed)
        let text = searchable ?? SearchableText(text: analysis.article.text)
        searchable = text
        // The pieces run from the line at the top of the screen, and wrap around.
        let article = analysis.article
        let top = min((state.searchOrigin?.place ?? place).offset, article.scalarCount)
        let sweep = SearchSweep(
            forward: forward, from: TextPosition(byte: article.utf8Offset(of: top), scalar: top),
            end: TextPosition(byte: article.utf8Offset(of: article.scalarCount), scalar: article.scalarCount))
        return [Self.searchWork(request: request, search: search, in: text, sweep: sweep, piece: searchPieceBytes)]
    }

    /// The work that searches `text` for `search`: the next piece of `sweep`, of about `piece`
    /// bytes, when the text is longer and the search can run in pieces, so that the match to
    /// show comes at once; else the whole text.
    static func searchWork(request: Int, search: TextSearch, in text: SearchableText, sweep: SearchSweep, piece: Int) -> ReaderEffect {
        .work(ReaderWork(.search) {
            var sweep = sweep
            if sweep.end.byte > piece, let (matches, range) = sweep.next(search, in: text, bytes: piece) {
                return .searched(SearchOutcome(request: request, search: search, matches: matches, range: range, sweep: sweep, text: text))
            }
            // A search that cannot run in pieces (or a short text): the whole at once. (A later
            // piece that cannot, the folded text having been made meanwhile, brings the whole
            // too, and it takes the place of the pieces' matches.)
            let all = text.matches(of: search)
            return .searched(SearchOutcome(request: request, search: search, matches: all, range: 0..<sweep.end.scalar, sweep: nil, text: text))
        })
    }

    /// Takes in the matches of a later piece of the search `progress`: they are counted, and
    /// the match to show is chosen once it is known.
    private mutating func takeMore(_ outcome: SearchOutcome, _ progress: SearchProgress) {
        guard var search = state.search else { return }
        let notice = wrapNotice(for: search)
        var progress = progress
        if outcome.sweep == nil {
            let current = search.current.map { search.matches[$0] }
            search.matches = outcome.matches
            search.current = current.flatMap { search.matches.firstIndex(of: $0) }
        } else if let first = outcome.matches.first {
            // A piece's matches go where they stand in the text: pieces come in no text order.
            let at = search.matches.partitioningIndex { $0.lowerBound >= first.lowerBound }
            search.matches.insert(contentsOf: outcome.matches, at: at)
            if let current = search.current, current >= at { search.current = current + outcome.matches.count }
        }
        if outcome.reachesEnd {
            search.matches += laterMatches(of: outcome.search, from: outcome.range.upperBound)
            progress.reachedEnd = true
        }
        progress.searchedFromStart = Self.searchedFromStart(after: outcome, progress.searchedFromStart)
        state.search = search
        state.searchProgress = outcome.isLast ? nil : progress
        // A wrap-around shown keeps its count up to date.
        if let notice, state.message == notice { state.message = wrapNotice(for: search) }
        guard !progress.chosen else { return }
        choose(
            from: progress.start, forward: progress.forward, committed: progress.committed, complete: outcome.isLast,
            origin: outcome.sweep?.origin.scalar ?? 0)
    }

    /// How far from the text's start every piece is searched once `outcome` is in, `before`
    /// the extent before it: forward pieces from the start run on from there; backward ones
    /// have searched all before their origin once one reaches the start.
    private static func searchedFromStart(after outcome: SearchOutcome, _ before: Int) -> Int {
        guard let sweep = outcome.sweep, !sweep.isDone else { return Int.max }
        if sweep.forward { return outcome.range.lowerBound <= before ? max(before, outcome.range.upperBound) : before }
        return outcome.range.lowerBound == 0 ? max(before, sweep.origin.scalar) : before
    }

    /// Shows the match a search chose: forward the first from `start` (the top of the screen
    /// where the prompt opened) on, backward the last before it, as `less` does, wrapping
    /// around when there is none; while the search runs in pieces (from `origin`,
    /// ``SearchSweep``), only once the pieces so far make the choice certain. Says so when
    /// there is no match.
    private mutating func choose(from start: ReadingPlace, forward: Bool, committed: Bool, complete: Bool, origin: Int) {
        guard let matches = state.search?.matches else { return }
        let screenStart = start.offset
        let index: Int
        if forward, let first = matches.firstIndex(where: { $0.lowerBound >= screenStart }) {
            // The pieces run on from the line of the screen's top: no match between is missing.
            index = first
        } else if !forward, let last = matches.lastIndex(where: { $0.lowerBound < screenStart }) {
            index = last
        } else if let edge = forward ? matches.first : matches.last,
            complete || (forward ? edge.lowerBound < origin : edge.lowerBound >= origin)
        {
            // Wrapped around: the first match of the text (the last, backward) is certain once
            // the pieces past the origin's other side found one.
            index = forward ? 0 : matches.count - 1
        } else {
            if complete, committed { state.message = "Pattern not found: \(state.search?.query ?? "")" }
            return
        }
        state.searchProgress?.chosen = true
        select(match: index, wrapped: forward ? matches[index].lowerBound < screenStart : matches[index].lowerBound >= screenStart)
        if committed, state.top != layout.line(of: start) { state.previousPosition = start }
    }

    /// The line where the search prompt `origin` opened, laid out again when a match elsewhere
    /// took the window of lines away from it (while the lines are counted after a resize).
    private mutating func searchOriginLine(_ origin: SearchOrigin) -> Int {
        cover(offset: origin.place.offset)
        return layout.line(of: origin.place)
    }

    /// Shows the matches of a search: the first from the top of the screen where the prompt
    /// opened (forward) or the last before it, as `less` does.
    private mutating func show(_ outcome: SearchOutcome, forward: Bool, committed: Bool) {
        scroll(to: state.searchOrigin.map { searchOriginLine($0) } ?? state.top)
        let complete = outcome.isLast
        let matches = outcome.matches + (outcome.reachesEnd ? laterMatches(of: outcome.search, from: outcome.range.upperBound) : [])
        state.search = SearchState(query: outcome.search.query, forward: forward, matches: matches, current: nil)
        if committed {
            state.searchOrigin = nil
        }
        let start = place
        let origin = outcome.sweep?.origin.scalar ?? 0
        if !complete {
            state.searchProgress = SearchProgress(
                request: outcome.request, forward: forward, committed: committed, start: start, chosen: false,
                reachedEnd: outcome.reachesEnd, searchedFromStart: Self.searchedFromStart(after: outcome, 0))
        }
        choose(from: start, forward: forward, committed: committed, complete: complete, origin: origin)
    }

    private mutating func stepMatch(forward: Bool) {
        guard let search = state.search else {
            state.message = "No previous search"
            return
        }
        guard !search.matches.isEmpty else {
            state.message = "Pattern not found: \(search.query)"
            return
        }
        let count = search.matches.count
        let current = search.current ?? (forward ? -1 : count)
        let next = current + (forward ? 1 : -1)
        if next < 0, isStreaming {
            state.message = Self.lastNotKnown("match")
            return
        }
        select(match: (next + count) % count, wrapped: next < 0 || next >= count)
    }

    private mutating func select(match index: Int, wrapped: Bool) {
        guard var search = state.search else { return }
        search.current = index
        search.highlighted = true
        state.search = search
        reveal(offset: search.matches[index].lowerBound)
        state.message = wrapped ? wrapNotice(for: search) : nil
    }

    /// What the status line says when a search wraps around to its current match:
    /// `Search wrapped around: ferry 1/25`.
    private func wrapNotice(for search: SearchState) -> String? {
        search.current.map { _ in "Search wrapped around: \(search.query) \(matchPosition(search))" }
    }

    // MARK: - Quotes

    /// Indices (into the analysis's quotes) of the quotes listed in the pane and visited by
    /// the quote keys: all of them, or only those with a speaker.
    public var listedQuotes: [Int] {
        let quotes = analysis.quotes
        // All of them, without looking at each (a 100 MB article has a quarter of a million).
        guard state.hidesUnattributedQuotes || state.quoteFilter != nil else { return Array(quotes.indices) }
        return quotes.indices.filter { index in
            (!state.hidesUnattributedQuotes || quotes[index].attribution != nil) && (state.quoteFilter?.admits(quotes[index]) ?? true)
        }
    }

    /// Lists only the quotes `query` names (a speaker, or an actor's speakers); all of them
    /// for an empty query. A query that names none leaves the list as it was, and says so.
    private mutating func filterQuotes(_ query: String) {
        guard !query.isEmpty else {
            state.quoteFilter = nil
            state.message = showingAll(analysis.quotes.count)
            return
        }
        let filter = QuoteFilter(query, lexicon: analysis.lexicon, speakers: analysis.quotes.compactMap { $0.attribution?.speakerName })
        let count = analysis.quotes.count { filter.admits($0) }
        guard count > 0 else {
            state.message = "No quote of “\(query)”"
            return
        }
        state.quoteFilter = filter
        let listed = listedQuotes
        if let current = state.currentQuote, !listed.contains(current) { state.currentQuote = nil }
        if let selected = state.quotesPane.selection, !listed.contains(selected) { state.quotesPane.selection = nil }
        state.message = "Quotes of \(query): \(self.count(count)) (l then Enter shows all)"
    }

    /// Goes to the next (`step` 1) or previous (-1) listed quote after the reading position:
    /// the current quote while it is on screen, else the top of the screen. Past the last or
    /// the first quote it wraps around, and says so.
    private mutating func stepQuote(by step: Int) {
        let listed = listedQuotes
        guard !listed.isEmpty else {
            state.message = analysis.quotes.isEmpty ? "This article has no quotes" : "Every quote here is hidden (a shows them)"
            return
        }
        let quotes = analysis.quotes
        let (position, wrapped) = walk(by: step, through: listed, from: state.currentQuote) { quotes[$0].extent }
        if wrapped, step < 0, isStreaming {
            state.message = Self.lastNotKnown("quote")
            return
        }
        if wrapped {
            state.message = step > 0 ? "Wrapped around to the first quote" : "Wrapped around to the last quote"
        }
        go(toQuote: listed[position])
    }

    // MARK: - Actors

    /// Indices (into the analysis's mentions) of the mentions of actor `index`, in text order.
    public func mentions(of index: Int) -> [Int] {
        let id = analysis.lexicon.actors[index].id
        return analysis.mentions.indices.filter { analysis.mentions[$0].actorID == id }
    }

    /// Goes to the chosen actor's next (`step` 1) or previous (-1) mention after the reading
    /// position, wrapping around at the ends; the first actor when none is chosen.
    private mutating func stepMention(by step: Int) {
        guard !analysis.lexicon.actors.isEmpty else { return }
        let actor = state.currentActor ?? 0
        state.currentActor = actor
        let listed = mentions(of: actor)
        let name = analysis.lexicon.actors[actor].name
        guard !listed.isEmpty else {
            state.message = "\(name) is not mentioned (= chooses another actor)"
            return
        }
        let all = analysis.mentions
        let (position, wrapped) = walk(by: step, through: listed, from: state.currentMention) { all[$0].range }
        if wrapped, step < 0, isStreaming {
            state.message = Self.lastNotKnown("mention of \(name)")
            return
        }
        state.currentMention = listed[position]
        reveal(offset: all[listed[position]].range.lowerBound)
        state.message = "\(name): mention \(position + 1)/\(count(listed.count))" + (wrapped ? " (wrapped around)" : "")
    }

    /// The position in `listed` (items in text order, each spanning `range(item)`) one `step`
    /// from the reading position: from `current` while it is on screen, else from the top of
    /// the screen; past either end it wraps around (`wrapped`).
    private func walk(
        by step: Int, through listed: [Int], from current: Int?, range: (Int) -> Range<Int>
    ) -> (position: Int, wrapped: Bool) {
        var target: Int?
        if let current, let position = listed.firstIndex(of: current), isOnScreen(range(current)) {
            target = listed.indices.contains(position + step) ? position + step : nil
        } else {
            let top = topOffset
            let after = listed.partitioningIndex { range($0).lowerBound >= top }
            target = step > 0 ? (after < listed.count ? after : nil) : (after > 0 ? after - 1 : nil)
        }
        return (target ?? (step > 0 ? 0 : listed.count - 1), target == nil)
    }

    /// Whether any line of the text `range` is on screen.
    private func isOnScreen(_ range: Range<Int>) -> Bool {
        guard windowHolds(range.lowerBound) || windowHolds(max(range.lowerBound, range.upperBound - 1)) else { return false }
        let first = layout.lineIndex(containing: range.lowerBound)
        let last = layout.lineIndex(containing: max(range.lowerBound, range.upperBound - 1))
        return last >= state.top && first < state.top + pageHeight
    }

    /// Makes quote `index` the current one, and scrolls so that the whole quotation is on
    /// screen when it fits (a couple of lines below the top when the reader has to move),
    /// else so that it starts at the top.
    private mutating func go(toQuote index: Int) {
        let from = place
        cover(offset: analysis.quotes[index].extent.lowerBound)
        state.currentQuote = index
        let extent = analysis.quotes[index].extent
        let first = layout.lineIndex(containing: extent.lowerBound)
        let last = layout.lineIndex(containing: max(extent.lowerBound, extent.upperBound - 1))
        guard first < state.top || last >= state.top + pageHeight else { return }
        let lines = last - first + 1
        let margin = min(2, pageHeight / 4, max(0, pageHeight - lines))
        jump(toLine: lines <= pageHeight ? first - margin : first, from: from)
    }
}

import LedeKit

/// Draws the bottom line: the prompt while one is open, else the file, the position, the
/// current quote and its speaker, the search, a message and the keys typed so far.
///
/// When the line is narrow the least needed part gives way first — the file name (shortened
/// in the middle, then dropped), then the position (shortened to its percentage, then
/// dropped), then the quote's speaker (its `k/N` kept), then the quote — so that the search
/// counter stays longest. A message, the answer to the last key, ranks between the quote and
/// the search; a notice, which answers no key (where a resize put the quotes pane), gives way
/// before everything else.
struct StatusLine {
    let reader: Reader

    func draw(into frame: inout Frame, row: Int) {
        let state = reader.state
        let status = CellStyle(.status)
        frame.fill(x: 0, y: row, count: frame.width, style: status)
        if case .prompt(let prompt) = state.mode {
            draw(prompt, into: &frame, row: row)
            return
        }
        let parts = fitted(parts(), width: frame.width - 1)
        let text = " " + parts.joined(separator: "  │  ")
        frame.put(text, x: 0, y: row, style: status)
        let hint = " h help  q quit "
        let hintX = frame.width - DisplayWidth.total(hint)
        if hintX > DisplayWidth.total(text) + 2 {
            frame.put(hint, x: hintX, y: row, style: CellStyle(.status).adding(.statusKey))
        }
    }

    /// One piece of the status line, and how much it matters when the line is narrow.
    private struct Part {
        /// Higher stays longer.
        var priority: Int
        var text: String
        /// A shorter form, used before the part is dropped.
        var short: String?
    }

    /// The pieces: the file, the position, the current quote and its speaker, the search and
    /// its counter, a message, a notice, the keys typed so far.
    private func parts() -> [Part] {
        let state = reader.state
        let name = reader.fileName
        // `=`'s answer names the file and the lines itself.
        let answersEquals = state.message.map { $0 == reader.fileInformation } ?? false
        var parts = answersEquals ? [] : [
            Part(priority: 1, text: name, short: Self.shortenedInTheMiddle(name, to: Self.shortFileName)),
            Part(priority: 2, text: position(), short: percentage()),
        ]
        let listed = reader.listedQuotes
        // In the pane, the quote selected there; in the article, the current one.
        let counted = state.focus == .quotes ? state.quotesPane.selection ?? state.currentQuote : state.currentQuote
        if let quote = counted, let position = listed.firstIndex(of: quote) {
            let counter = "quote \(position + 1)/\(reader.count(listed.count))"
            let speaker = reader.analysis.quotes[quote].attribution?.speakerName ?? "no speaker"
            parts.append(Part(priority: 3, text: "\(counter): \(speaker)", short: counter))
        } else {
            parts.append(Part(priority: 3, text: reader.counted(listed.count, "quote")))
        }
        if let search = state.search {
            let counter = reader.matchPosition(search)
            parts.append(Part(priority: 6, text: "\(search.forward ? "/" : "?")\(search.query) \(counter)", short: counter))
        }
        if let message = state.message { parts.append(Part(priority: Self.messagePriority, text: message)) }
        if let notice = state.notice { parts.append(Part(priority: Self.noticePriority, text: notice.text, short: notice.short)) }
        if let pending = state.keys.pendingText { parts.append(Part(priority: 7, text: pending)) }
        return parts
    }

    /// The texts of `parts` that fit in `width` columns with their separators: from the least
    /// important part up, each is shortened, then dropped, until the rest fits. A message
    /// (what the last key did) is cut short, and dropped only when the more important parts
    /// are already short; the search counter goes last.
    private func fitted(_ parts: [Part], width: Int) -> [String] {
        var parts = parts
        func total() -> Int { parts.map { DisplayWidth.total($0.text) }.reduce(0, +) + 5 * max(0, parts.count - 1) }
        func shorten(where test: (Int) -> Bool) {
            for index in parts.indices where test(parts[index].priority) {
                if let short = parts[index].short { parts[index].text = short }
            }
        }
        // The message cut short at a word, while enough of it is left to read.
        func cutMessage() {
            guard let index = parts.firstIndex(where: { $0.priority == Self.messagePriority }) else { return }
            let room = width - (total() - DisplayWidth.total(parts[index].text))
            guard room >= Self.shortestMessage else { return }
            parts[index].text = TextWrap.lines(parts[index].text, width: room, maximumLines: 1).first ?? ""
        }
        for priority in Set(parts.map(\.priority)).sorted() {
            guard total() > width else { break }
            shorten { $0 == priority }
            if total() > width, priority >= Self.messagePriority { shorten { $0 > priority } }
            if total() > width, priority == Self.messagePriority { cutMessage() }
            if total() > width, parts.count > 1 { parts.removeAll { $0.priority == priority } }
        }
        return parts.map(\.text)
    }

    /// Columns a long file name is shortened to before it is dropped.
    static let shortFileName = 16

    /// `text` cut to `width` columns by putting `…` in its middle (`reports-…-march.txt`), so that
    /// both the start and the extension of a file name stay; as it is when it fits.
    static func shortenedInTheMiddle(_ text: String, to width: Int) -> String {
        let clusters = DisplayWidth.clusters(of: text)
        guard clusters.map(\.width).reduce(0, +) > width, width > 2 else { return text }
        let room = width - 1
        var head = "", tail = "", headWidth = 0, tailWidth = 0
        var front = 0, back = clusters.count - 1
        while front <= back {
            if headWidth <= tailWidth {
                guard headWidth + tailWidth + clusters[front].width <= room else { break }
                head += clusters[front].text
                headWidth += clusters[front].width
                front += 1
            } else {
                guard headWidth + tailWidth + clusters[back].width <= room else { break }
                tail = clusters[back].text + tail
                tailWidth += clusters[back].width
                back -= 1
            }
        }
        return head + "…" + tail
    }

    /// The priority of a notice (where the quotes pane went, unasked): below every other part.
    static let noticePriority = 0

    /// The priority of a message: above the file, the position and the quote.
    static let messagePriority = 5

    /// The fewest columns a message is cut down to before it is dropped.
    static let shortestMessage = 12

    /// Columns the prompt keeps for typing before it shortens its sigil.
    static let promptRoom = 20

    /// The prompt's sigil and line, with the cursor shown as a highlighted cell. A line wider
    /// than the screen is shown from where the cursor stays in view.
    private func draw(_ prompt: Prompt, into frame: inout Frame, row: Int) {
        let status = CellStyle(.status)
        // The long sigil when it leaves room for a name, else the short one.
        let long = prompt.purpose.sigil
        let sigil = frame.width - DisplayWidth.total(long) >= Self.promptRoom ? long : prompt.purpose.shortSigil
        let available = max(0, frame.width - DisplayWidth.total(sigil) - 1)
        var start = 0
        while start < prompt.cursor, DisplayWidth.total(String(prompt.text[start..<prompt.cursor])) > available { start += 1 }
        var x = frame.put(sigil + String(prompt.text[start..<prompt.cursor]), x: 0, y: row, style: status)
        let underCursor = prompt.cursor < prompt.text.count ? String(prompt.text[prompt.cursor]) : " "
        x = frame.put(underCursor, x: x, y: row, style: status.adding(.paneSelection))
        if prompt.cursor + 1 < prompt.text.count {
            x = frame.put(String(prompt.text[(prompt.cursor + 1)...]), x: x, y: row, style: status)
        }
        // While a search is typed: how many matches so far, or why there can be none; while the
        // answer for the line as typed has not come, no count of an earlier line.
        let searching = if case .search = prompt.purpose { !prompt.text.isEmpty } else { false }
        let note = reader.state.message ?? reader.state.search.flatMap { search in
            guard searching else { return nil }
            guard reader.state.pendingSearch == nil else { return "…" }
            return reader.matchPosition(search)
        }
        // Cut short at a word when the line is narrow.
        let room = frame.width - x - 3
        if let note, room >= Self.shortestMessage || DisplayWidth.total(note) <= room,
           let shown = TextWrap.lines(note, width: room, maximumLines: 1).first {
            frame.put(shown, x: frame.width - DisplayWidth.total(shown) - 1, y: row, style: status)
        }
    }


    /// How far down the last line shown is: `56%`, `END` at the end (as `less` says), or `all`
    /// when the article fits; while a large article is analysed, the lines shown of those known
    /// so far: `1–34/1200+`.
    private func percentage() -> String {
        if reader.pendingLayout != nil { return "…" }
        let (first, last, total) = reader.shownLines
        if reader.streaming != nil { return "\(first)–\(last)/\(total)+" }
        if first <= 1, last >= total { return "all" }
        return last >= total ? "END" : "\(last * 100 / total)%"
    }

    /// `lines 1–34 of 60 (56%)`, `lines 27–60 of 60 (END)` at the end, or `all 20 lines` when
    /// the article fits (`1 line`); while a
    /// large article is analysed, `lines 1–34 of 1200+ (analysing 3%)`; while it is laid out
    /// anew after a resize, `counting lines at 98 columns`.
    private func position() -> String {
        // The lines are a window of the article's while the whole is laid out anew.
        if reader.pendingLayout != nil { return "counting lines at \(reader.layout.width) columns" }
        let (first, last, total) = reader.shownLines
        if let streaming = reader.streaming {
            return "lines \(first)–\(last) of \(total)+ (analysing \(streaming.percent)%)"
        }
        if first <= 1, last >= total { return (total == 1 ? "" : "all ") + CountedNoun.text(total, "line") }
        return "lines \(first)–\(last) of \(total) (\(last >= total ? "END" : "\(last * 100 / total)%"))"
    }
}

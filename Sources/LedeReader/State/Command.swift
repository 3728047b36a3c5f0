/// Something the person asked the reader to do.
public enum Command: Hashable, Sendable {
    /// Scroll the article down (positive) or up (negative) by lines.
    case scrollLines(Int)
    /// Scroll by whole pages (positive down).
    case scrollPages(Int)
    /// Scroll by half pages (positive down).
    case scrollHalfPages(Int)
    /// Go to the top of the article.
    case top
    /// Go to the bottom of the article.
    case bottom
    /// Go to line `n` of the article (from 1), as `NG` does.
    case goToLine(Int)
    /// Go to `n` percent of the way into the article, as `N%` does.
    case goToPercent(Int)
    /// Remember the place on screen under a letter.
    case setMark(Character)
    /// Go back to the place remembered under a letter.
    case goToMark(Character)
    /// Go back to where the reader was before the last jump (`''`).
    case previousPosition
    /// Open the search prompt, searching forward or backward.
    case beginSearch(forward: Bool)
    /// Type a character into the prompt.
    case promptInput(Character)
    /// Delete the character before the prompt's cursor (closing an empty prompt).
    case promptBackspace
    /// Move the prompt's cursor by characters (negative left).
    case promptMoveCursor(Int)
    /// Move the prompt's cursor to the start of the line, or to its end.
    case promptMoveCursorToEnd(Bool)
    /// Delete the word before the prompt's cursor.
    case promptDeleteWord
    /// Delete everything before the prompt's cursor.
    case promptDeleteToStart
    /// Show the previous (older) or the next line of the prompt's history.
    case promptHistory(older: Bool)
    /// Complete the prompt's line (Tab), or show the next completion.
    case promptComplete
    /// Open the prompt that limits the quotes listed to a speaker's or an actor's.
    case beginFilter
    /// Run the search typed in the prompt.
    case promptSubmit
    /// Close the prompt without searching.
    case promptCancel
    /// Go to the next match of the search, in its direction.
    case nextMatch
    /// Go to the previous match, against the search's direction.
    case previousMatch
    /// Clear the search highlighting.
    case clearSearch
    /// Go to the next quote.
    case nextQuote
    /// Go to the previous quote.
    case previousQuote
    /// Show or hide the quotes pane.
    case toggleQuotesPane
    /// Move the keys' focus to the quotes pane, or back to the article.
    case toggleFocus
    /// Move the quotes pane's selection by entries (positive down).
    case selectQuote(Int)
    /// Move the quotes pane's selection by as many entries as the pane shows (positive down).
    case selectQuotePage(Int)
    /// Select the quotes pane's first entry, or its last.
    case selectEdgeQuote(last: Bool)
    /// Take the article to the quote selected in the pane, and the focus back to it.
    case openSelectedQuote
    /// Copy the current quote (or the pane's selection) with its attribution to the clipboard.
    case copyQuote
    /// Show the article's URL in the status line; no browser is launched.
    case showURL
    /// Show the file's name, the lines and bytes shown of all and how far down, as `less` does.
    case showFileInformation
    /// Show or hide the legend of actors.
    case toggleLegend
    /// Turn the highlighting of the `n`-th actor (from 1) off or on.
    case toggleActor(Int)
    /// Make the next actor of the lexicon the current one.
    case nextActor
    /// Go to the current actor's next (positive) or previous mention.
    case stepMention(Int)
    /// Show or hide the quotes that have no speaker.
    case toggleUnattributedQuotes
    /// Mark or unmark the characters Lede repaired.
    case toggleRepairs
    /// Draw with the next theme (the front end holds the themes: ``ReaderEffect/nextTheme``).
    case nextTheme
    /// Show or hide the help screen.
    case toggleHelp
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// Leave the reader.
    case quit
}

import LedeKit

/// An article cut into runs of one look each, for output beyond the screen (`lede FILE
/// --color=always | less -R`): the title, quotations and actor mentions, styled by role as
/// the reader styles them before any reading state (current quote, search) is laid on top.
public enum ArticleRuns {
    /// One run: scalar offsets into the article's text and the roles that style them.
    public struct Run: Equatable, Sendable {
        /// Unicode scalar offsets, half-open.
        public var range: Range<Int>
        /// The roles, bottom first.
        public var style: CellStyle
    }

    /// The runs of `analysis`'s text, in order, covering all of it; neighbours differ in style.
    public static func runs(of analysis: Analysis) -> [Run] {
        let styles = ArticleStyles(analysis)
        let article = analysis.article
        let titles = RangeIndex(article.paragraphs.filter { $0.role == .title }.map { ($0.range, ()) })
        var runs: [Run] = []
        for offset in 0..<article.scalarCount {
            var style = CellStyle(titles.value(at: offset) != nil ? .title : .text)
            if styles.quotes.value(at: offset) != nil { style = style.adding(.quote) }
            if let actor = styles.actors.value(at: offset) { style = style.adding(actor) }
            if let last = runs.last, last.style == style, last.range.upperBound == offset {
                runs[runs.count - 1].range = last.range.lowerBound..<(offset + 1)
            } else {
                runs.append(Run(range: offset..<(offset + 1), style: style))
            }
        }
        return runs
    }
}

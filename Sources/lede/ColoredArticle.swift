import LedeKit
import LedeReader
import LedeTerminal

/// The repaired text of an article with its title, quotations and actors in the theme's
/// colours, as ANSI escapes (`lede FILE --color=always`).
enum ColoredArticle {
    /// The text of `analysis`, painted by `painter`, ending with a line break.
    static func text(of analysis: Analysis, painter: SGRPainter) -> String {
        let scalars = analysis.article.scalars
        var text = ""
        for run in ArticleRuns.runs(of: analysis) {
            text += painter.paint(String(String.UnicodeScalarView(scalars[run.range])), run.style)
        }
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}

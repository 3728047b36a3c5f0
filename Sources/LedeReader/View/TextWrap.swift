/// Word wrap of short plain strings, for panes that show text outside the article layout.
public enum TextWrap {
    /// `text` wrapped to `width` columns, at most `maximumLines` lines; a cut-off last line
    /// ends with `…`. Only the lines shown (and one more) are wrapped.
    public static func lines(_ text: String, width: Int, maximumLines: Int = .max) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let ranges = ArticleLayout.wrap(
            scalars, 0..<scalars.count, width: max(1, width), maximumLines: maximumLines == .max ? .max : maximumLines + 1)
        var lines = ranges.prefix(maximumLines).map { String(String.UnicodeScalarView(scalars[$0])) }
        if ranges.count > maximumLines, let cut = ranges.prefix(maximumLines).last {
            // The last line wrapped again one column narrower, so that `…` follows a whole word.
            let narrower = ArticleLayout.wrap(scalars, cut.lowerBound..<scalars.count, width: max(1, width - 1), maximumLines: 1)
            var last = narrower.first.map { String(String.UnicodeScalarView(scalars[$0])) } ?? ""
            while !last.isEmpty, DisplayWidth.total(last) + 1 > width { last.removeLast() }
            lines[lines.count - 1] = ellipsized(last)
        }
        return lines
    }

    /// `text` cut short: `…` after it, in place of the blanks and the stop or comma it
    /// ends with (`said.…` would read as two stops).
    static func ellipsized(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last.isWhitespace || ".,;:".contains(last) { text.removeLast() }
        return text + "…"
    }
}

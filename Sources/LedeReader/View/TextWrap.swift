/// Word wrap of short plain strings, for panes that show text outside the article layout.
enum TextWrap {
    /// `text` wrapped to `width` columns, at most `maximumLines` lines; a cut-off last line
    /// ends with `…`. Only the lines shown (and one more) are wrapped.
    static func lines(_ text: String, width: Int, maximumLines: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let ranges = ArticleLayout.wrap(scalars, 0..<scalars.count, width: max(1, width), maximumLines: maximumLines + 1)
        var lines = ranges.prefix(maximumLines).map { String(String.UnicodeScalarView(scalars[$0])) }
        if ranges.count > maximumLines, var last = lines.popLast() {
            while !last.isEmpty, DisplayWidth.total(last) + 1 > width { last.removeLast() }
            lines.append(last + "…")
        }
        return lines
    }
}

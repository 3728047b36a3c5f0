/// What `=` tells, as `less` does: the file, the lines shown of all, the byte at the bottom of
/// the screen of all, and how far down that is.
extension Reader {
    /// The lines shown, counted from 1, and how many the article has (so far).
    var shownLines: (first: Int, last: Int, total: Int) {
        let total = layout.lines.count
        return (min(total, state.top + 1), min(total, state.top + pageHeight), total)
    }

    /// `syria-assad.txt  lines 1–34 of 45  byte 4210 of 5633  75%`: bytes of the article's
    /// text in UTF-8 (what Lede shows, which a web page's is not), the share of lines. While a
    /// large article is still analysed, the totals so far, with a `+`.
    var fileInformation: String {
        if pendingLayout != nil { return Self.countingLinesMessage }
        let (first, last, total) = shownLines
        let more = streaming == nil ? "" : "+"
        let article = analysis.article
        let bottom = last > 0 ? article.utf8Offset(of: layout.lines[last - 1].range.upperBound) : 0
        let bytes = article.utf8Offset(of: article.scalarCount)
        let percent = total == 0 ? 100 : last * 100 / total
        return "\(fileName)  lines \(first)–\(last) of \(total)\(more)  byte \(bottom) of \(bytes)\(more)  \(percent)%"
    }
}

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
    /// large article is still analysed, the lines so far with a `+`, and the bytes of the whole
    /// file, the share of which gives the percentage (the lines' total is not known yet).
    var fileInformation: String {
        if pendingLayout != nil { return Self.countingLinesMessage }
        let (first, last, total) = shownLines
        let article = analysis.article
        let bottom = last > 0 ? article.utf8Offset(of: layout.lines[last - 1].range.upperBound) : 0
        let lines = "\(fileName)  lines \(first)–\(last) of \(total)"
        if let streaming {
            let bytes = max(streaming.totalBytes, bottom)
            return "\(lines)+  byte \(bottom) of \(bytes)  \(bytes == 0 ? 100 : bottom * 100 / bytes)%"
        }
        let bytes = article.utf8Offset(of: article.scalarCount)
        return "\(lines)  byte \(bottom) of \(bytes)  \(total == 0 ? 100 : last * 100 / total)%"
    }
}

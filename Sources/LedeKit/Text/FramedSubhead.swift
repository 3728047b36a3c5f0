/// Whether a line is a subhead set between dashes (`– Old hands –.`), as agency copy writes
/// them: a headline, which news style quotes in single marks (`– ‘Who cares?’ –.`).
enum FramedSubhead {
    private typealias Context = StrandedMarkContext

    /// The most scalars a framed subhead holds; a longer line is a paragraph.
    static let maximumLength = 120

    /// Whether `line`, a damaged line without its line end, opens with a mark set apart by a
    /// blank and ends with one after a blank, perhaps before a full stop.
    static func isPresent(in line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count <= maximumLength, line.first == StrandedMark.scalar,
            Context.isBlank(line.dropFirst().first)
        else { return false }
        var end = line.dropFirst(2)
        while let last = end.last, last.properties.isWhitespace { end = end.dropLast() }
        if end.last == "." { end = end.dropLast() }
        return end.last == StrandedMark.scalar && Context.isBlank(end.dropLast().last)
    }
}

/// The bullet or number that opens a list item's paragraph (`• `, `12. `): what a web page's
/// lists become in the article's text, and what the reader hangs the item's wrapped lines under.
public enum ListMarker {
    /// The marker of an item in a list that is not numbered.
    public static let bullet = "\u{2022} "
    /// The bullets a paragraph may open with, in a page's list or a text's own.
    static let bullets: Set<Unicode.Scalar> = ["\u{2022}", "*", "-"]
    /// The most digits a list item's number is taken to have.
    static let maximumDigits = 3
    /// The most scalars a marker takes, its space included.
    public static let longest = maximumDigits + 2

    /// The marker of the `number`th item of a numbered list.
    public static func numbered(_ number: Int) -> String {
        "\(number). "
    }

    /// How many scalars the marker that opens `scalars` takes, its space included: a bullet and
    /// a space, or one to three digits, a full stop and a space; 0 when they open with none.
    public static func length(of scalars: some Collection<Unicode.Scalar>) -> Int {
        var digits = 0
        var index = scalars.startIndex
        while index != scalars.endIndex, digits <= maximumDigits, ("0"..."9").contains(scalars[index]) {
            digits += 1
            index = scalars.index(after: index)
        }
        let isMarker: Bool
        if digits == 0 {
            guard index != scalars.endIndex, bullets.contains(scalars[index]) else { return 0 }
            isMarker = true
        } else {
            isMarker = digits <= maximumDigits && index != scalars.endIndex && scalars[index] == "."
        }
        guard isMarker else { return 0 }
        index = scalars.index(after: index)
        guard index != scalars.endIndex, scalars[index] == " " else { return 0 }
        return digits + 2
    }
}

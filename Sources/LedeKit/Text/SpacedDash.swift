/// The dash a document sets between spaced words, which stranded marks no longer show: American
/// news style writes an em dash (the plan — for now — stands), British style an en dash
/// (the plan – for now – stands).
///
/// The document's quotation marks tell the two styles apart: British style puts a comma or full
/// stop after the mark that closes a quoted fragment (called it “big”, and left), where American
/// style always sets them inside (called it “big,” and left).
enum SpacedDash {
    /// The dash between spaced words in `scalars`, a damaged document: an en dash when a mark
    /// after a letter stands before a comma or full stop, otherwise an em dash. A mark after "s"
    /// does not count: it may be a plural possessive (the officials’, too).
    static func replacement(in scalars: [Unicode.Scalar]) -> MarkReplacement {
        let setsPunctuationOutside = scalars.indices.dropFirst().dropLast().contains { index in
            scalars[index] == StrandedMark.scalar && (scalars[index + 1] == "," || scalars[index + 1] == ".")
                && StrandedMarkContext.isLetter(scalars[index - 1]) && scalars[index - 1] != "s" && scalars[index - 1] != "S"
        }
        return MarkReplacement(setsPunctuationOutside ? "\u{2013}" : "\u{2014}", .dash)
    }
}

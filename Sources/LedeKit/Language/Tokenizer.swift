/// Splits text into word and punctuation tokens, with scalar offsets.
public enum Tokenizer {
    /// The tokens of `scalars[range]`; white space is dropped.
    ///
    /// A word keeps inner apostrophes, hyphens and dots when a letter or digit follows them
    /// (`don’t`, `al-Assad`, `U.S.`, `3.5`), and a final dot after single letters (`U.S.`).
    public static func tokens(in scalars: [Unicode.Scalar], range: Range<Int>? = nil) -> [Token] {
        let bounds = range ?? 0..<scalars.count
        var tokens: [Token] = []
        var index = bounds.lowerBound
        while index < bounds.upperBound {
            let scalar = scalars[index]
            if scalar.isSpace {
                index += 1
                continue
            }
            guard scalar.isWordCharacter else {
                // A doubled mark (`''`, `‘‘`, `’’`, ``` `` ```) is one token: a double quotation mark.
                let doubled = "'‘’`".unicodeScalars.contains(scalar) && index + 1 < bounds.upperBound && scalars[index + 1] == scalar
                let length = doubled ? 2 : 1
                tokens.append(Token(kind: .punctuation, text: String(scalars: scalars[index..<index + length]), range: index..<index + length))
                index += length
                continue
            }
            var end = index + 1
            while end < bounds.upperBound {
                let next = scalars[end]
                if next.isWordCharacter {
                    end += 1
                } else if next.isApostrophe || next == "-" || next == "." || next == "\u{2011}",
                    end + 1 < bounds.upperBound, scalars[end + 1].isWordCharacter,
                    !(next == "." && isGluedSentenceEnd(scalars, dot: end, upperBound: bounds.upperBound))
                {
                    end += 2
                } else {
                    break
                }
            }
            // "U.S." keeps its final dot: a word of single letters joined by dots.
            if end < bounds.upperBound, scalars[end] == ".",
                isInitialism(scalars[index..<end]) || isTitleAbbreviation(scalars[index..<end])
            {
                end += 1
            }
            tokens.append(Token(kind: .word, text: String(scalars: scalars[index..<end]), range: index..<end))
            index = end
        }
        return tokens
    }

    /// `said.Trump`: a full stop with no space after it still ends a sentence when a
    /// lower-case letter stands before it and a capitalised word after it (`U.S`, `3.5`,
    /// `e.g` and `Ph.D` stay one word).
    static func isGluedSentenceEnd(_ scalars: [Unicode.Scalar], dot: Int, upperBound: Int) -> Bool {
        dot > 0 && scalars[dot - 1].isLowercaseLetter && dot + 2 < upperBound
            && scalars[dot + 1].isUppercaseLetter && scalars[dot + 2].isLowercaseLetter
    }

    /// Whether the word is an abbreviated title written with a full stop (`Mr`, `Sen`, `Gov`).
    private static func isTitleAbbreviation(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first, first.isUppercaseLetter, scalars.count <= 5 else { return false }
        return WordLists.titleAbbreviations.contains(String(scalars: scalars).lowercased())
    }

    /// Whether the word is an initial (`F` in `John F. Kerry`) or letters joined by dots
    /// (`U.S`), so that the full stop after it belongs to it.
    private static func isInitialism(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        if scalars.count == 1 { return scalars.first!.isUppercaseLetter }
        var sawDot = false
        var previousWasLetter = false
        for scalar in scalars {
            if scalar == "." {
                guard previousWasLetter else { return false }
                sawDot = true
                previousWasLetter = false
            } else {
                guard !previousWasLetter, scalar.isUppercaseLetter else { return false }
                previousWasLetter = true
            }
        }
        return sawDot
    }
}

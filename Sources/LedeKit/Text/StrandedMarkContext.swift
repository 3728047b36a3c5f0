/// The text around one stranded mark; a line end bounds the context, as a paragraph does.
struct StrandedMarkContext {
    /// The text before the mark (as repaired so far, when repairing).
    let before: ArraySlice<Unicode.Scalar>
    /// The text after the mark, not yet repaired.
    let after: ArraySlice<Unicode.Scalar>

    /// The character before the mark; nil at the start of a line. Like ``next``, it reads a
    /// two-byte sequence the same damage left as the character it stood for.
    var previous: Unicode.Scalar? {
        guard let last = before.last, last != "\n" else { return nil }
        return before.dropLast().last.flatMap { StrandedMark.character(lead: $0, continuation: last) } ?? last
    }

    /// The character after the mark; nil at the end of a line. A two-byte sequence that the same
    /// damage left counts as the character it stood for: "Â" and U+00A0 as a no-break space.
    var next: Unicode.Scalar? {
        guard let first = after.first, first != "\n" else { return nil }
        return after.dropFirst().first.flatMap { StrandedMark.character(lead: first, continuation: $0) } ?? first
    }

    /// The byte that survived right after the mark (U+00A0–U+00BF read as Latin-1), which with
    /// the mark names the lost character; nil when none did.
    var survivingByte: Unicode.Scalar? {
        after.first.flatMap { StrandedMark.isSurvivingByte($0) ? $0 : nil }
    }

    /// The letters that end right before the mark.
    var precedingWord: ArraySlice<Unicode.Scalar> {
        before[(before.lastIndex { !Self.isLetter($0) }.map { $0 + 1 } ?? before.startIndex)...]
    }

    /// The letters that start right after the mark, in lower case. A two-byte sequence the same
    /// damage left ends the word unless it stands for a letter: "âsÂ" and U+00A0 is "s".
    var followingWord: String {
        var word = String.UnicodeScalarView()
        var index = after.startIndex
        while index < after.endIndex, Self.isLetter(after[index]) {
            let continuation = index + 1 < after.endIndex ? after[index + 1] : nil
            if let continuation, let pair = StrandedMark.character(lead: after[index], continuation: continuation),
                !Self.isLetter(pair)
            {
                break
            }
            word.append(after[index])
            index += 1
        }
        return String(word).lowercased()
    }

    /// Whether the word before the mark is joined to earlier letters by another mark, as "l" in "hâlâ".
    var precedingWordIsJoined: Bool {
        let rest = before[..<precedingWord.startIndex]
        return rest.last == StrandedMark.scalar && Self.isLetter(rest.dropLast().last)
    }

    /// Whether the next mark on the line can only close a quotation, as one right after a
    /// sentence's punctuation (`so.â`, `so,â he said`) does: the quotation open at this mark
    /// closes there, so this mark is not its end.
    var nextMarkEndsQuotedSentence: Bool {
        let line = after.prefix { $0 != "\n" }
        guard let mark = line.firstIndex(of: StrandedMark.scalar), mark > line.startIndex,
            ".,!?".unicodeScalars.contains(line[mark - 1])
        else { return false }
        let rest = StrandedMarkContext(before: line[..<mark], after: after[(mark + 1)...])
        return rest.next == nil || Self.isBlank(rest.next) || Self.isPunctuation(rest.next)
    }

    /// Whether the first mark ahead on the line that is neither between letters (it’s) nor set
    /// apart by blanks (why — we) follows a sentence's punctuation and ends a word, as a mark
    /// closing a quoted sentence does (`… at this moment.”`). The walk stops at a mark set apart
    /// after a sentence's end, which asks the same of the marks beyond it, so that every mark
    /// of a line is walked past at most once.
    var closingMarkAheadEndsQuotedSentence: Bool {
        var index = after.startIndex
        while index < after.endIndex, after[index] != "\n" {
            defer { index += 1 }
            guard after[index] == StrandedMark.scalar else { continue }
            let ahead = StrandedMarkContext(before: after[..<index], after: after[(index + 1)...])
            let previous = ahead.previous, next = ahead.next
            if Self.isLetter(previous) && Self.isLetter(next) { continue }
            if Self.isBlank(previous) && (next == nil || Self.isBlank(next)) {
                let afterSentence = ahead.before.dropLast().last.map(".!?".unicodeScalars.contains) == true
                if afterSentence { return false }
                continue
            }
            let endsSentence = previous.map(".,!?".unicodeScalars.contains) == true
            return endsSentence && (next == nil || Self.isBlank(next) || Self.isPunctuation(next))
        }
        return false
    }

    /// Whether the mark stands between the feet and inches of a height (6’2”): one digit before
    /// it from 4 to 7, one or two after it that make at most 11, then another mark.
    var givesHeight: Bool {
        guard let feet = before.last, ("4"..."7").contains(feet), !Self.isDigit(before.dropLast().last) else {
            return false
        }
        let inches = after.prefix(while: Self.isDigit)
        guard (1...2).contains(inches.count), after.dropFirst(inches.count).first == StrandedMark.scalar else {
            return false
        }
        return Int(String(String.UnicodeScalarView(inches))).map { $0 <= 11 } ?? false
    }

    /// Whether the mark ends a height in feet and inches (6’2”): it follows one or two digits after
    /// ’ after a single digit from 4 to 7.
    var endsHeight: Bool {
        let inches = before.suffix(3).reversed().prefix(while: Self.isDigit)
        guard (1...2).contains(inches.count) else { return false }
        let rest = before.dropLast(inches.count)
        guard rest.last == "\u{2019}", let feet = rest.dropLast().last, ("4"..."7").contains(feet) else { return false }
        return !Self.isDigit(rest.dropLast(2).last)
    }

    /// Whether the mark follows a straight double quotation mark at the line's start or after a
    /// blank (`"“You`), which a closing mark never does.
    var followsOpeningStraightQuote: Bool {
        guard before.last == "\"" else { return false }
        guard let earlier = before.dropLast().last else { return true }
        return earlier == "\n" || Self.isBlank(earlier)
    }

    /// Whether the mark, set apart by blanks, opens a quotation set apart the same way (`the
    /// nickname of “ bird fancier’s lung. ”`, `is “ comfort food ” — pizza`) rather than being a
    /// spaced dash: the word before it wants a noun phrase after it (an article, a copula,
    /// `from`, or a word that names a term, `dubbed`), the word after it is none that opens a
    /// clause or a phrase, as the words after a dash do (`that’s a — for Democrats`, `is — it
    /// is`, `his second term — and after`), and a mark that is no apostrophe between letters
    /// follows on the line to close it.
    var opensQuotationApart: Bool {
        let lead = wordBeforeBlank
        guard WordLists.spacedQuotationLeads.contains(lead) || WordLists.termMarkers.contains(lead) else {
            return false
        }
        let rest = after.dropFirst()
        var word = String.UnicodeScalarView()
        word.append(contentsOf: rest.prefix(while: Self.isLetter))
        let following = String(word).lowercased()
        guard !following.isEmpty, !WordLists.opensPhrase(following) else { return false }
        let line = rest.prefix { $0 != "\n" }
        return line.indices.contains { index in
            line[index] == StrandedMark.scalar
                && !(Self.isLetter(line[..<index].last) && Self.isLetter(line[(index + 1)...].first))
        }
    }

    /// Whether the mark elides a year's century: two digits, then "s" for a decade ('90s) when
    /// `decade`, then no letter or digit ('08).
    func startsElidedYear(decade: Bool) -> Bool {
        let digits = after.prefix(3).prefix(while: Self.isDigit)
        guard digits.count == 2 else { return false }
        let rest = after.dropFirst(2)
        guard decade else { return !Self.isLetterOrDigit(rest.first) }
        return rest.first == "s" && !Self.isLetterOrDigit(rest.dropFirst().first)
    }

    /// The word before the blank right before the mark, in lower case; empty when there is none.
    var wordBeforeBlank: String {
        guard Self.isBlank(before.last) else { return "" }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: before.dropLast().suffix(while: Self.isLetter))
        return String(word).lowercased()
    }

    /// Whether the mark opens a quotation within words set in capitals, as a subhead is: the word
    /// before the blank before it (MONDAY’S) holds two or more letters and the word after it
    /// three or more (not an abbreviation such as VR), all capitals.
    var opensInCapitals: Bool {
        guard Self.isBlank(before.last) else { return false }
        let previousWord = before.dropLast().suffix { !Self.isBlank($0) && $0 != "\n" }
        let nextWord = after.prefix { Self.isLetter($0) }
        return Self.isCapitals(previousWord, least: 2) && Self.isCapitals(nextWord, least: 3)
    }

    /// Whether the mark opens a line with a quotation of two or more words in capitals that
    /// closes after a letter before more text on the line, as a newsletter's quoted subhead does
    /// (‘EUROPEANS ASK WHY’ “In less than …); a whole line quoted so is a quotation.
    var opensQuotedSubheadInCapitals: Bool {
        guard before.last == nil || before.last == "\n" else { return false }
        var letters = 0, blanks = 0
        for index in after.indices.prefix(FramedSubhead.maximumLength) {
            let scalar = after[index]
            if scalar == StrandedMark.scalar {
                let previous = index > after.startIndex ? after[index - 1] : nil
                let next = StrandedMarkContext(before: after[..<index], after: after[(index + 1)...]).next
                guard Self.isLetter(previous) else { return false }
                if Self.isLetter(next) { continue }
                // A blank, or a no-break space the damage left as "Â" and U+00A0, then more text.
                var rest = after[(index + 1)...]
                if rest.first == "\u{00C2}", rest.dropFirst().first == "\u{00A0}" { rest = rest.dropFirst(2) }
                rest = rest.drop { Self.isBlank($0) }
                let continues = rest.first == StrandedMark.scalar || rest.first?.properties.isUppercase == true
                return letters >= 6 && blanks >= 1 && continues
            }
            if Self.isLetter(scalar) {
                guard scalar.properties.isUppercase else { return false }
                letters += 1
            } else if Self.isBlank(scalar) {
                blanks += 1
            } else if !Self.isDigit(scalar) && !",-&".unicodeScalars.contains(scalar) {
                return false
            }
        }
        return false
    }

    /// Whether `word` holds `least` letters or more and all of them are capitals.
    private static func isCapitals(_ word: ArraySlice<Unicode.Scalar>, least: Int) -> Bool {
        let letters = word.filter(isLetter)
        return letters.count >= least && letters.allSatisfy(\.properties.isUppercase)
    }

    /// Whether `scalar` is a letter; the stranded mark does not count as one.
    static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar, scalar != StrandedMark.scalar else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Whether `scalar` is a decimal digit.
    static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        scalar?.properties.generalCategory == .decimalNumber
    }

    /// Whether `scalar` is a letter or a decimal digit.
    static func isLetterOrDigit(_ scalar: Unicode.Scalar?) -> Bool {
        isLetter(scalar) || isDigit(scalar)
    }

    /// Whether `scalar` is white space within a line.
    static func isBlank(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar != "\n" && scalar.properties.isWhitespace
    }

    /// Whether `scalar` is punctuation; another stranded mark counts as punctuation.
    static func isPunctuation(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return scalar == StrandedMark.scalar
        }
    }
}

/// One cluster of sequences that could be decoded in one code page, with what decoding it gains.
struct MojibakeCandidate {
    /// How sure the shape of the cluster alone can make a repair.
    enum Shape {
        /// Complete sequences.
        case normal
        /// A single sequence whose last byte is a space (the no-break space case): left to ``MojibakeRepair``'s word rules.
        case spaced
        /// A single sequence with a byte lost to U+FFFD.
        case lossy
        /// A single sequence with a byte lost to "?"; `usable` when another of its bytes survives.
        case questionMark(usable: Bool)
        /// A single "Ã" pair that correct text can hold too, repaired only where the text shows
        /// other mojibake: "Ã" with a currency sign (£ ¥ ¢) in text that also holds other non-ASCII
        /// characters ("Ã¥" could be a currency code, JP¥, E£, in correct text), or "Ã" ending a
        /// word before punctuation that follows words ("IRMÃ…", "IRMÃ”" are Portuguese).
        case ambiguous
    }

    /// The index of the code page in ``LegacyCodePage/all``.
    let pageIndex: Int
    let page: LegacyCodePage
    let sequences: [MojibakeSequence]
    /// What decoding puts in place of the cluster.
    let decoded: [Unicode.Scalar]
    /// The badness the repair removes, plus what the shape of the sequences says.
    let gain: Int
    let shape: Shape

    var range: Range<Int> { sequences.first!.range.lowerBound..<sequences.last!.range.upperBound }

    /// Whether this candidate is evidence that the text holds mojibake of its code page.
    var isStrong: Bool {
        if case .normal = shape { !page.needsWholeText && gain >= page.threshold } else { false }
    }

    /// The characters considered on each side of a cluster.
    private static let contextLength = 4

    init(
        pageIndex: Int, sequences: [MojibakeSequence], text: [Unicode.Scalar], isMixed: Bool, badness: MojibakeBadness
    ) {
        let page = LegacyCodePage.all[pageIndex]
        self.pageIndex = pageIndex
        self.page = page
        self.sequences = sequences
        decoded = sequences.map(\.decoded)
        let range = sequences.first!.range.lowerBound..<sequences.last!.range.upperBound
        var gain = Self.gain(
            replacing: range, with: decoded, in: text, badness: badness,
            bonus: Self.shapeBonus(sequences, page: page, text: text))
        // A repair that leaves mojibake of Windows-1252 behind (two layers, "Г‚ВЈ" → "Â£" → "£")
        // is judged by the text it will finally give.
        let inner = MojibakeSequence.clusters(in: decoded, page: .latin)
        if inner.count == 1, let cluster = inner.first, cluster.first!.range.lowerBound == 0,
            cluster.last!.range.upperBound == decoded.count
        {
            let bonus = Self.shapeBonus(sequences, page: page, text: text) + Self.shapeBonus(cluster, page: .latin, text: decoded)
            gain = max(gain, Self.gain(replacing: range, with: cluster.map(\.decoded), in: text, badness: badness, bonus: bonus))
        }
        self.gain = gain
        if sequences.count == 1, let sequence = sequences.first {
            if sequence.endsWithSpace {
                shape = .spaced
            } else if sequence.hasQuestionMark {
                shape = .questionMark(usable: sequence.keptContinuations > 0 && sequence.range.count >= 3)
            } else if sequence.isLossy {
                shape = .lossy
            } else if page.isLatin, sequence.lead == 0xC3, sequence.range.count == 2,
                Self.isAmbiguous(sequence, in: text, isMixed: isMixed)
            {
                shape = .ambiguous
            } else {
                shape = .normal
            }
        } else {
            shape = .normal
        }
    }

    /// Whether the pair "Ã" + sign of `sequence` could be correct text (see ``Shape/ambiguous``).
    private static func isAmbiguous(_ sequence: MojibakeSequence, in text: [Unicode.Scalar], isMixed: Bool) -> Bool {
        let sign = text[sequence.range.lowerBound + 1].value
        if isMixed && [0xA3, 0xA5, 0xA2].contains(sign) { return true }
        let endsWord = sequence.range.upperBound == text.count || !MojibakeCharacter.kind(text[sequence.range.upperBound]).isLetter
        return endsWord && MojibakeBadness.punctuationAfterLetters.contains(sign)
    }

    /// The badness removed by putting `replacement` in place of `range` of `text`, plus `bonus`.
    private static func gain(
        replacing range: Range<Int>, with replacement: [Unicode.Scalar], in text: [Unicode.Scalar],
        badness: MojibakeBadness, bonus: Int
    ) -> Int {
        let before = text[max(0, range.lowerBound - contextLength)..<range.lowerBound]
        let after = text[range.upperBound..<min(text.count, range.upperBound + contextLength)]
        return badness.badness(Array(before + text[range] + after))
            - badness.badness(Array(before) + replacement + Array(after)) + bonus
    }

    /// What the sequences themselves say, beyond the badness of their context.
    ///
    /// - A complete sequence of three or four characters is strong evidence ("â€™", "ï¿½"), unless
    ///   it decodes to a rare character: +2.
    /// - In Windows-1252, "Â" or "Ã" before a continuation character is the commonest mojibake of
    ///   all (Â£, Ã©), except "Ã’", which reads as a letter and an apostrophe: +1. So are "¬" and
    ///   "√" before a sign in Mac OS Roman.
    /// - In other code pages, a single sequence with a lead this code page's readers rarely meet
    ///   (a Greek letter from Windows-1251 "Пі") costs 2; so does a pair of letters of one script
    ///   that would turn into a letter of another script amid letters of their own ("Сі" → ѳ).
    private static func shapeBonus(_ sequences: [MojibakeSequence], page: LegacyCodePage, text: [Unicode.Scalar]) -> Int {
        var bonus = 0
        if sequences.count == 1, let only = sequences.first, !page.isUsual(lead: only.lead) { bonus -= 2 }
        for sequence in sequences where !sequence.isLossy && !sequence.endsWithSpace && page.isUsual(lead: sequence.lead) {
            let characters = text[sequence.range]
            let decodedKind = MojibakeCharacter.kind(sequence.decoded)
            if !page.isLatin, turnsLettersIntoAnotherScript(sequence, characters: characters, text: text) {
                bonus -= 2
                continue
            }
            if sequence.range.count >= 3 {
                if !MojibakeCharacter.isRare(sequence.decoded) && decodedKind != .control && decodedKind != .unassigned {
                    bonus += 2
                }
            } else if page.isLatin {
                if (sequence.lead == 0xC2 || sequence.lead == 0xC3) && sequence.second != 0x92 { bonus += 1 }
            } else if page.isMacRoman, sequence.lead == 0xC2 || sequence.lead == 0xC3,
                !MojibakeCharacter.kind(characters.last!).isLetter
            {
                bonus += 1
            }
        }
        return bonus
    }

    /// Whether `sequence` is letters of one script, set among letters of that script (or none),
    /// that would decode to a combining mark or a letter of another script.
    private static func turnsLettersIntoAnotherScript(
        _ sequence: MojibakeSequence, characters: ArraySlice<Unicode.Scalar>, text: [Unicode.Scalar]
    ) -> Bool {
        let script = MojibakeCharacter.script(characters.first!)
        guard characters.allSatisfy({ MojibakeCharacter.kind($0).isLetter && MojibakeCharacter.script($0) == script })
        else { return false }
        let decodedKind = MojibakeCharacter.kind(sequence.decoded)
        guard decodedKind == .mark || decodedKind.isLetter && MojibakeCharacter.script(sequence.decoded) != script else {
            return false
        }
        let start = sequence.range.lowerBound, end = sequence.range.upperBound
        let neighbours = [start > 0 ? text[start - 1] : nil, end < text.count ? text[end] : nil].compactMap { $0 }
        return neighbours.filter { MojibakeCharacter.kind($0).isLetter }.allSatisfy { MojibakeCharacter.script($0) == script }
    }
}

/// How strange a short stretch of text looks: the count of character pairs and contexts that real
/// text rarely has and mojibake has all the time (a capital "Ã" inside a lowercase word, a sign
/// between two letters, a C1 control, a letter of a script nothing around it uses).
///
/// A repair compares the badness of a window around the suspect characters with the badness of
/// the same window decoded; it is made only when decoding makes the text plainly less strange.
struct MojibakeBadness {
    /// Scripts besides Latin that the document itself uses enough for their letters to be expected.
    let documentScripts: Set<MojibakeCharacter.Script>

    private typealias Kind = MojibakeCharacter.Kind

    /// Signs that sit well right after a letter: ™ ® © ² ³ ¹ ° ′ ″ ‰.
    private static let signsAfterLetters: Set<UInt32> = [0x2122, 0xAE, 0xA9, 0xB2, 0xB3, 0xB9, 0xB0, 0x2032, 0x2033, 0x2030]
    /// Punctuation that sits well right after a letter: ’ ” » … — – “ ‘ « ‹ ›.
    static let punctuationAfterLetters: Set<UInt32> = [
        0x2019, 0x201D, 0xBB, 0x2026, 0x2014, 0x2013, 0x201C, 0x2018, 0xAB, 0x2039, 0x203A,
    ]
    /// Quotation marks, which never stand between two letters: “ ” „ ‚ ‹ › « » ‘.
    private static let quotationMarks: Set<UInt32> = [0x201C, 0x201D, 0x201E, 0x201A, 0x2039, 0x203A, 0xAB, 0xBB, 0x2018]
    /// Punctuation after which a letter may follow directly: openers and the apostrophe.
    private static let openers: Set<UInt32> = [0x201C, 0x201E, 0x201A, 0x2018, 0xAB, 0x2039, 0xBF, 0xA1, 0x2019]
    /// Punctuation that may stand between two letters: ’ and dashes.
    private static let joiners: Set<UInt32> = [0x2019, 0x2013, 0x2014]

    /// The badness of `text`.
    func badness(_ text: [Unicode.Scalar]) -> Int {
        let kinds = text.map(MojibakeCharacter.kind)
        let scripts = text.map(MojibakeCharacter.script)
        var total = 0
        for index in text.indices {
            let scalar = text[index], kind = kinds[index], script = scripts[index]
            switch kind {
            case .control, .unassigned: total += 3
            case .replacement: total += 1
            default: break
            }
            if MojibakeCharacter.isRare(scalar) { total += 2 }
            if kind == .lower || kind == .upper || kind == .caseless, script != .latin, !documentScripts.contains(script) {
                total += isolationCost(at: index, kinds: kinds, scripts: scripts)
            }
            guard index > 0 else { continue }
            let previous = text[index - 1], previousKind = kinds[index - 1], previousScript = scripts[index - 1]
            let nextKind: Kind? = index + 1 < text.count ? kinds[index + 1] : nil
            if previousKind.isLetter && kind.isLetter && previousScript != script {
                total += mixedScriptsCost(previousScript, script)
            }
            if previousKind.isLowercase && kind == .upper { total += script == .latin ? 2 : 1 }
            if (previousKind == .upper || previousKind == .asciiUpper) && kind == .lower && script == .latin,
                index >= 2 && kinds[index - 2].isUppercase || nextKind?.isUppercase == true
            {
                total += 2
            }
            if previousKind == .upper && kind == .lower && previousScript == .latin && script == .latin { total += 1 }
            if previousKind == .upper && kind == .upper && nextKind?.isLowercase == true,
                previousScript == .latin && script == .latin
            {
                total += 1
            }
            if previousKind == .symbol && (kind == .lower || kind == .upper) { total += 1 }
            if (previousKind == .lower || previousKind == .upper) && kind == .symbol { total += 1 }
            if (previousKind == .asciiLower || previousKind == .asciiUpper) && kind == .symbol,
                !Self.signsAfterLetters.contains(scalar.value)
            {
                total += 1
            }
            if (previousKind == .lower || previousKind == .upper) && kind == .punctuation,
                !Self.punctuationAfterLetters.contains(scalar.value)
            {
                total += 1
            }
            if previousKind == .punctuation && !Self.openers.contains(previous.value) && (kind == .lower || kind == .upper) {
                total += 1
            }
            if previousKind == .symbol && (kind == .symbol || kind == .punctuation) || previousKind == .punctuation && kind == .symbol {
                total += 1
            }
            if kind == .mark {
                let combiningDiacritic = (0x300..<0x370).contains(scalar.value)
                if previousKind == .space { total += 2 }
                if combiningDiacritic && previousKind.isLetter { total += 1 }
                if !combiningDiacritic && script != previousScript { total += 3 }
            }
            if previousKind.isLetter, nextKind?.isLetter == true {
                if kind == .symbol {
                    total += 2
                } else if kind == .punctuation && !Self.joiners.contains(scalar.value) {
                    total += Self.quotationMarks.contains(scalar.value) ? 2 : 1
                }
            }
        }
        return total
    }

    /// Two letters of different scripts side by side: cheap for Latin and Greek (γ-rays, IFNγ) or
    /// scripts the document uses, dear otherwise.
    private func mixedScriptsCost(_ first: MojibakeCharacter.Script, _ second: MojibakeCharacter.Script) -> Int {
        let pair: Set = [first, second]
        if pair == [.latin, .greek] { return 1 }
        let expected = { (script: MojibakeCharacter.Script) in script == .latin || documentScripts.contains(script) }
        return expected(first) && expected(second) ? 1 : 3
    }

    /// A single letter of a script the document does not use, standing alone among letters of
    /// other scripts (“ה” in English text): 3, or 1 for Greek.
    private func isolationCost(at index: Int, kinds: [Kind], scripts: [MojibakeCharacter.Script]) -> Int {
        let script = scripts[index]
        if index > 0 && kinds[index - 1].isLetter || index + 1 < kinds.count && kinds[index + 1].isLetter { return 0 }
        var sawLetter = false
        for other in max(0, index - 4)..<min(kinds.count, index + 5) where other != index && kinds[other].isLetter {
            if scripts[other] == script { return 0 }
            sawLetter = true
        }
        return sawLetter ? (script == .greek ? 1 : 3) : 0
    }
}

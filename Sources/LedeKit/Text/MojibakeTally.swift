/// What the mojibake repair counts over the whole text: letters, by script beyond Latin,
/// characters beyond ASCII, and whether there is a Nordic letter.
///
/// The repair may be shown only the stretches of a text where it could act (``RepairWindows``);
/// the tally of the rest is then given to it, so that it decides as it would on the whole text.
struct MojibakeTally {
    /// The letters, ASCII or not.
    var letters = 0
    /// The letters beyond ASCII, by script.
    var scripts: [MojibakeCharacter.Script: Int] = [:]
    /// The characters beyond ASCII.
    var nonASCII = 0
    /// Whether there is an å, æ, ø, Æ or Ø, which tell Nordic text, where "Å " is a word.
    var hasNordicLetter = false

    /// The letters that tell Nordic text.
    static let nordicLetters: Set<Unicode.Scalar> = ["å", "æ", "ø", "Æ", "Ø"]

    /// Counts `scalar`.
    mutating func add(_ scalar: Unicode.Scalar) {
        let kind = MojibakeCharacter.kind(scalar)
        guard scalar.value >= 0x80 else {
            if kind.isLetter { letters += 1 }
            return
        }
        nonASCII += 1
        hasNordicLetter = hasNordicLetter || (scalar.value >= 0xC5 && Self.nordicLetters.contains(scalar))
        guard kind == .lower || kind == .upper || kind == .caseless else { return }
        letters += 1
        scripts[MojibakeCharacter.script(scalar), default: 0] += 1
    }

    /// The tally of `scalars` added to this one; runs of one script are counted in a local
    /// before touching the dictionary.
    func adding(_ scalars: [Unicode.Scalar]) -> MojibakeTally {
        var tally = self
        var previous: MojibakeCharacter.Script = .latin, run = 0
        for scalar in scalars {
            if scalar.value < 0x80 {
                if MojibakeCharacter.kind(scalar).isLetter { tally.letters += 1 }
                continue
            }
            tally.nonASCII += 1
            let kind = MojibakeCharacter.kind(scalar)
            guard kind == .lower || kind == .upper || kind == .caseless else { continue }
            tally.letters += 1
            let script = MojibakeCharacter.script(scalar)
            if script == previous {
                run += 1
            } else {
                tally.scripts[previous, default: 0] += run
                previous = script
                run = 1
            }
        }
        tally.scripts[previous, default: 0] += run
        return tally
    }

    /// The scripts besides Latin that make up at least 5% (and 3) of the letters.
    var prominentScripts: Set<MojibakeCharacter.Script> {
        Set(scripts.filter { $0.key != .latin && $0.value >= 3 && Double($0.value) >= 0.05 * Double(letters) }.keys)
    }
}

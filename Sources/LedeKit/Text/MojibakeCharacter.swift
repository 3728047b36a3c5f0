/// What the mojibake heuristics need to know of one character: its class, its script, whether it is rare.
enum MojibakeCharacter {
    /// The coarse class of a character.
    enum Kind: UInt8 {
        case space, asciiLower, asciiUpper, asciiDigit, asciiOther
        /// A lowercase or uppercase letter beyond ASCII.
        case lower, upper
        /// A letter without case (Han, Hebrew, Arabic, Thai …), a modifier letter or a digit beyond ASCII.
        case caseless
        case mark, punctuation, symbol
        /// A control character, C1 included.
        case control
        /// Unassigned, private use or a lone surrogate.
        case unassigned
        /// U+FFFD, the mark of a character already lost.
        case replacement

        /// Whether this is a letter of any kind.
        var isLetter: Bool {
            switch self {
            case .asciiLower, .asciiUpper, .lower, .upper, .caseless: true
            default: false
            }
        }

        var isLowercase: Bool { self == .asciiLower || self == .lower }
        var isUppercase: Bool { self == .asciiUpper || self == .upper }
    }

    /// A writing system, as far as telling mojibake apart needs: scripts the code pages' victims
    /// use, and for anything else its 256-character block.
    enum Script: Hashable {
        case latin, greek, cyrillic, armenian, hebrew, arabic, thai, han, hangul
        /// An Indic script, by its 128-character block.
        case indic(UInt32)
        /// Any other block of 256 characters.
        case other(UInt32)
    }

    /// The kinds of U+0000–U+2FFF, worked out once: most text never leaves this range.
    private static let commonKinds: [Kind] = (0..<0x3000).map { uncachedKind(Unicode.Scalar($0) ?? "\u{FFFD}") }

    static func kind(_ scalar: Unicode.Scalar) -> Kind {
        scalar.value < 0x3000 ? commonKinds[Int(scalar.value)] : uncachedKind(scalar)
    }

    private static func uncachedKind(_ scalar: Unicode.Scalar) -> Kind {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x61...0x7A: return .asciiLower
            case 0x41...0x5A: return .asciiUpper
            case 0x30...0x39: return .asciiDigit
            case 0x09...0x0D, 0x20: return .space
            default: return .asciiOther
            }
        }
        if value < 0xA0 { return .control }
        if value == 0xFFFD { return .replacement }
        // Ordinal indicators and the micro sign act as signs, not letters.
        if value == 0xAA || value == 0xBA || value == 0xB5 { return .symbol }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return .space
        case .lowercaseLetter: return .lower
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .otherLetter, .modifierLetter, .decimalNumber: return .caseless
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .otherNumber, .letterNumber, .format:
            return .symbol
        case .control: return .control
        default: return .unassigned
        }
    }

    static func script(_ scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case ..<0x300, 0x1D00..<0x1F00: .latin
        case 0x370..<0x400, 0x1F00..<0x2000: .greek
        case 0x400..<0x530: .cyrillic
        case 0x530..<0x590: .armenian
        case 0x590..<0x600: .hebrew
        case 0x600..<0x700, 0x750..<0x780: .arabic
        case 0x900..<0xE00: .indic(scalar.value >> 7)
        case 0xE00..<0xE80: .thai
        case 0x3040..<0x3100, 0x3400..<0xA000, 0xF900..<0xFB00, 0x20000...: .han
        case 0xAC00..<0xD7B0, 0x1100..<0x1200, 0x3130..<0x3190: .hangul
        default: .other(scalar.value >> 8)
        }
    }

    /// Whether `scalar` is rare in real text but a usual result of decoding the wrong bytes: IPA and
    /// modifier letters, most of Latin Extended-B, archaic Greek and Cyrillic, private use, and signs
    /// that only mojibake puts in running text (¤ ¦ ¯ ¸ ƒ ˆ ˜).
    static func isRare(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x017F, 0x0149, 0x0138, 0xA4, 0xA6, 0xAF, 0xB8, 0x0192, 0x02C6, 0x02DC: return true
        // Vietnamese ơ ư, Romanian ș ț, the ʻokina and modifier apostrophe, Croatian digraphs, Pinyin.
        case 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x0218...0x021B, 0x02BB, 0x02BC, 0x01C4...0x01DC: return false
        case 0x0180...0x02FF, 0x0370...0x0385, 0x03CF...0x03FF, 0x0460...0x0489, 0x0500...0x052F,
            0x1D00...0x1DBF, 0xE000...0xF8FF:
            return true
        default: return false
        }
    }
}

/// Character classes the analysis needs, on Unicode scalars.
extension Unicode.Scalar {
    /// Whether this is a letter or a digit.
    ///
    /// ASCII is answered by comparison; only other scalars look up their Unicode properties.
    var isWordCharacter: Bool {
        if value < 0x80 {
            return (0x61...0x7A).contains(value | 0x20) || (0x30...0x39).contains(value)
        }
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// Whether this is a letter (Unicode's `Alphabetic` property).
    var isLetter: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value | 0x20) }
        return properties.isAlphabetic
    }

    /// Whether this is white space (including no-break spaces and line ends).
    var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }

    /// Whether this is a lower-case letter (Unicode's `Lowercase` property).
    var isLowercaseLetter: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        return properties.isLowercase
    }

    /// Whether this is an upper-case letter (Unicode's `Uppercase` property).
    var isUppercaseLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return properties.isUppercase
    }

    /// Whether this is an apostrophe, straight or curly.
    var isApostrophe: Bool {
        self == "'" || self == "\u{2019}"
    }

    /// Whether this is a mark that opens a double quotation.
    var isOpeningDoubleQuote: Bool {
        self == "\u{201C}" || self == "\u{201E}" || self == "\u{00AB}"
    }

    /// Whether this is a mark that closes a double quotation.
    var isClosingDoubleQuote: Bool {
        self == "\u{201D}" || self == "\u{00BB}"
    }

    /// Whether this is any double quotation mark, straight or curly.
    var isDoubleQuoteMark: Bool {
        self == "\"" || isOpeningDoubleQuote || isClosingDoubleQuote
    }

    /// The scalar in lower case when that is a single scalar, else itself: keeps offsets aligned.
    var lowercasedScalar: Unicode.Scalar {
        if value < 0x80 { return (0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value) | 0x20) : self }
        let mapping = properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : self
    }

    /// The scalar in upper case when that is a single scalar, else itself.
    var uppercasedScalar: Unicode.Scalar {
        if value < 0x80 { return (0x61...0x7A).contains(value) ? Unicode.Scalar(UInt8(value) & ~0x20) : self }
        let mapping = properties.uppercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : self
    }
}

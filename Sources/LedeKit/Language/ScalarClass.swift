/// Character classes the analysis needs, on Unicode scalars.
extension Unicode.Scalar {
    /// Whether this is a letter or a digit.
    var isWordCharacter: Bool {
        properties.isAlphabetic || properties.numericType != nil
    }

    /// Whether this is white space (including no-break spaces and line ends).
    var isSpace: Bool {
        properties.isWhitespace
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
        let mapping = properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : self
    }

    /// The scalar in upper case when that is a single scalar, else itself.
    var uppercasedScalar: Unicode.Scalar {
        let mapping = properties.uppercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : self
    }
}

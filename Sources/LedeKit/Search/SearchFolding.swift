import Foundation

/// How search reads characters: typographic variants as their plain form, and — unless the
/// query has accents — letters without their accents.
///
/// `'` finds ’ and ‘, `"` finds “ ” and `''`, `-` finds – and —, `...` finds …, a space finds
/// a no-break space; `erdogan` finds Erdoğan and `strasse` finds Straße.
enum SearchFolding {
    /// Typographic characters and the plain text search reads them as.
    static let typographic: [Unicode.Scalar: String] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'", "`": "'", "\u{00B4}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"", "\u{00AB}": "\"",
        "\u{00BB}": "\"",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2015}": "-", "\u{2212}": "-",
        "\u{2026}": "...",
        "\u{00A0}": " ", "\u{2007}": " ", "\u{202F}": " ", "\u{2009}": " ", "\u{200A}": " ",
    ]

    /// Letters whose plain form is more than dropping an accent.
    static let letters: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "ı": "i",
    ]

    /// The plain form of `scalar`: its typographic equivalent, else (when `accents` is
    /// false) the letter without its accents, else itself.
    static func fold(_ scalar: Unicode.Scalar, keepingAccents accents: Bool) -> String.UnicodeScalarView {
        if let plain = typographic[scalar] { return plain.unicodeScalars }
        guard !accents, !scalar.isASCII else { return String(scalar).unicodeScalars }
        if let plain = letters[scalar] { return plain.unicodeScalars }
        let stripped = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            !$0.properties.isDiacritic && $0.properties.generalCategory != .nonspacingMark
        }
        return stripped.isEmpty ? String(scalar).unicodeScalars : String.UnicodeScalarView(stripped)
    }

    /// Whether `query` has an accent that it asks to be matched (`café`, not `cafe`).
    static func hasAccents(_ query: String) -> Bool {
        query.unicodeScalars.contains { scalar in
            !scalar.isASCII && typographic[scalar] == nil
                && Array(fold(scalar, keepingAccents: false)) != [scalar]
        }
    }
}

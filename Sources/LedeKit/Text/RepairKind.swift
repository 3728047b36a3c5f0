/// What a repaired character turned out to be; raw values are stable names for JSON.
public enum RepairKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// ’ as an apostrophe: a contraction, a possessive, an elision ('90s) or a name (O’Brien).
    case apostrophe
    /// “ opening a quotation.
    case openingDoubleQuote
    /// ” closing a quotation.
    case closingDoubleQuote
    /// ‘ opening a quotation inside a quotation.
    case openingSingleQuote
    /// ’ closing a quotation inside a quotation.
    case closingSingleQuote
    /// – or —.
    case dash
    /// ….
    case ellipsis
    /// •.
    case bullet
    /// Any other sign: ‰ ′ ″ ‹ › ™ €.
    case other
    /// A character whose UTF-8 bytes had been read in a single-byte code page ("Ã©" for é, "â€™"
    /// for ’), or a C1 control that stood for a Windows-1252 character; see ``MojibakeRepair``.
    case mojibake
    /// A character written as an HTML character reference (`&amp;`, `&#8217;`, `&rsquo;`); see ``HTMLEntityRepair``.
    case htmlEntity
}

/// The character encoding a text's bytes were read in.
public enum SourceEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    /// Valid UTF-8 without a byte order mark.
    case utf8
    /// Valid UTF-8 after a leading byte order mark (EF BB BF), which is dropped.
    case utf8WithBOM
    /// UTF-16, little-endian, announced by the byte order mark FF FE.
    case utf16LE
    /// UTF-16, big-endian, announced by the byte order mark FE FF.
    case utf16BE
    /// Windows-1252: bytes that are not UTF-8 and use at least one of its characters in 0x80–0x9F.
    case windows1252
    /// ISO 8859-1: bytes that are not UTF-8 and read the same in Latin-1 as in Windows-1252.
    case latin1
}

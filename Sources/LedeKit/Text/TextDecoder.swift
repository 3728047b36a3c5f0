import Foundation

/// Reads bytes of unknown encoding as text with LF line ends in Normalization Form C.
public enum TextDecoder {
    /// Decodes `bytes`, never failing: UTF-8 when the bytes are valid UTF-8 (a leading byte
    /// order mark is dropped), UTF-16 when a byte order mark announces it, otherwise
    /// Windows-1252, which gives every byte a character.
    ///
    /// CRLF and lone CR become LF, and the text is put in Unicode Normalization Form C.
    public static func decode(_ bytes: [UInt8]) -> DecodedText {
        var (read, encoding) = read(bytes)
        let hasCarriageReturn = read.withUTF8 { $0.count > 0 && memchr($0.baseAddress!, 0x0D, $0.count) != nil }
        let text = hasCarriageReturn ? unifyingLineEnds(read) : read
        return DecodedText(
            text: NormalizationFormC.composed(text),
            encoding: encoding
        )
    }

    private static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The text `bytes` hold, as read in the first encoding that fits them.
    private static func read(_ bytes: [UInt8]) -> (String, SourceEncoding) {
        if let text = String(validating: bytes, as: UTF8.self) {
            guard bytes.starts(with: utf8ByteOrderMark) else { return (text, .utf8) }
            return (String(text.unicodeScalars.dropFirst()), .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (utf16(bytes.dropFirst(2), bigEndian: false), .utf16LE)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (utf16(bytes.dropFirst(2), bigEndian: true), .utf16BE)
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: bytes.map(Windows1252.scalar(for:)))
        let encoding: SourceEncoding = bytes.contains(where: Windows1252.differsFromLatin1) ? .windows1252 : .latin1
        return (String(scalars), encoding)
    }

    /// UTF-16 code units read from byte pairs; unpaired surrogates and an odd last byte become U+FFFD.
    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        let units = stride(from: bytes.startIndex, to: bytes.endIndex - 1, by: 2).map { index in
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        let text = String(decoding: units, as: UTF16.self)
        return bytes.count.isMultiple(of: 2) ? text : text + "\u{FFFD}"
    }

    /// `text` with every CRLF and every lone CR replaced by LF.
    private static func unifyingLineEnds(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
            } else if !(scalar == "\n" && afterCarriageReturn) {
                scalars.append(scalar)
            }
            afterCarriageReturn = scalar == "\r"
        }
        return String(scalars)
    }
}

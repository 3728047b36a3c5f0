import Foundation

/// Encodes analyses as JSON text.
public enum AnalysisJSON {
    /// The JSON of `document` (an ``AnalysisDocument``, or a part of one): pretty-printed, or on a single line (for one object per line
    /// when several files are analysed). Keys are sorted, so the same analysis always gives
    /// the same bytes.
    ///
    /// Every character that ``DisplayEscaping`` would replace on a terminal (C1 controls,
    /// bidi controls, invisible characters) is written as a `\uXXXX` escape: the same JSON
    /// value, safe to print on a terminal. C0 controls are escaped by the encoder already.
    public static func encode(_ document: some Encodable, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: escapingUnsafeCharacters(try encoder.encode(document)), as: UTF8.self)
    }

    /// The JSON of an analysis `document`, the same bytes as the generic ``encode(_:pretty:)``
    /// gives, written straight by a ``JSONWriter`` without a tree of values between.
    public static func encode(_ document: AnalysisDocument, pretty: Bool) -> String {
        var writer = JSONWriter(pretty: pretty, capacity: 2 * document.text.utf8.count + 4096)
        document.write(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Appends the escape `\uXXXX` of the scalar `value` (hexadecimal digits in lower case).
    static func appendEscape(of value: UInt32, to bytes: inout [UInt8]) {
        let hex = String(value, radix: 16)
        bytes.append(contentsOf: "\\u\(String(repeating: "0", count: 4 - hex.count))\(hex)".utf8)
    }

    /// The UTF-8 `json` with unsafe characters, which can only stand inside its strings, as
    /// `\uXXXX` escapes; one pass over the bytes, copying ASCII as it is and decoding only
    /// the characters beyond it.
    static func escapingUnsafeCharacters(_ json: Data) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(json.count)
        json.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                guard lead >= 0x7F else {
                    result.append(lead)
                    index += 1
                    continue
                }
                // The encoder writes valid UTF-8.
                let (value, length) = ValidUTF8.scalar(in: bytes, at: index)
                let end = index + length
                if let scalar = Unicode.Scalar(value), DisplayEscaping.needsEscaping(scalar) {
                    appendEscape(of: value, to: &result)
                } else {
                    result.append(contentsOf: bytes[index..<end])
                }
                index = end
            }
        }
        return result
    }
}

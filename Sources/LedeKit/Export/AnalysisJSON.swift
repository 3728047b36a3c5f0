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

    /// The UTF-8 `json` with unsafe characters, which can only stand inside its strings, as
    /// `\uXXXX` escapes; one pass over the bytes.
    static func escapingUnsafeCharacters(_ json: Data) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(json.count)
        for scalar in String(decoding: json, as: UTF8.self).unicodeScalars {
            if scalar.value >= 0x7F, DisplayEscaping.needsEscaping(scalar) {
                let hex = String(scalar.value, radix: 16)
                result.append(contentsOf: "\\u\(String(repeating: "0", count: 4 - hex.count))\(hex)".utf8)
            } else {
                result.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return result
    }
}

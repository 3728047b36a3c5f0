import Foundation

/// Encodes analyses as JSON text.
public enum AnalysisJSON {
    /// The JSON of `document`: pretty-printed, or on a single line (for one object per line
    /// when several files are analysed). Keys are sorted, so the same analysis always gives
    /// the same bytes.
    ///
    /// Every character that ``DisplayEscaping`` would replace on a terminal (C1 controls,
    /// bidi controls, invisible characters) is written as a `\uXXXX` escape: the same JSON
    /// value, safe to print on a terminal. C0 controls are escaped by the encoder already.
    public static func encode(_ document: AnalysisDocument, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return escapingUnsafeCharacters(String(decoding: try encoder.encode(document), as: UTF8.self))
    }

    /// `json` with unsafe characters, which can only stand inside its strings, as `\uXXXX`.
    static func escapingUnsafeCharacters(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && DisplayEscaping.needsEscaping($0) }) else {
            return json
        }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard scalar.value >= 0x7F, DisplayEscaping.needsEscaping(scalar) else {
                result.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: false)
            result.append(contentsOf: "\\u\(String(repeating: "0", count: 4 - hex.count))\(hex)".unicodeScalars)
        }
        return String(result)
    }
}

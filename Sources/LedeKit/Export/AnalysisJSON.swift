import Foundation

/// Encodes analyses as JSON text.
public enum AnalysisJSON {
    /// The JSON of `document`: pretty-printed, or on a single line (for one object per line
    /// when several files are analysed). Keys are sorted, so the same analysis always gives
    /// the same bytes.
    public static func encode(_ document: AnalysisDocument, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}

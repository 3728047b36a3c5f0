import Foundation

/// Encodes analyses as JSON text.
public enum AnalysisJSON {
    /// The JSON of `document`: pretty-printed, or on a single line (for one object per line
    /// when several files are analysed).
    public static func encode(_ document: AnalysisDocument, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}

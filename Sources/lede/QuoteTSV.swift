import LedeKit

/// `lede quotes --format tsv`: one line per quote, fields separated by tabs, for `cut`, `awk`
/// and spreadsheets.
///
/// A field never holds a raw tab or line break: a backslash, tab, line feed and carriage
/// return are written `\\`, `\t`, `\n` and `\r` (as PostgreSQL's text format and the IANA
/// TSV convention write them), and every other character a terminal would act on becomes its
/// visible stand-in (``DisplayEscaping``). A missing value is an empty field.
enum QuoteTSV {
    /// The first line: the fields' names.
    static let header = ["file", "start", "end", "kind", "speaker", "speaker_name", "actor", "actor_name", "text"]
        .joined(separator: "\t")

    /// The lines of `rows` from `file`, each ending with a line break.
    static func lines(_ rows: [QuoteRow], file: String) -> String {
        rows.map { row in
            [file, "\(row.range.lowerBound)", "\(row.range.upperBound)", row.kind.rawValue, row.speaker ?? "",
             row.speakerName ?? "", row.actorID ?? "", row.actorName ?? "", row.text]
                .map(field).joined(separator: "\t") + "\n"
        }.joined()
    }

    /// `value` as a field: backslash escapes for the separators, stand-ins for the rest.
    static func field(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(DisplayEscaping.replacement(for: scalar) ?? scalar)
            }
        }
        return result
    }
}

import Foundation
import LedeKit

/// The words page-hints.toml lists about a page's furniture: section names and blocks that are
/// not part of any article.
struct PageWords: Sendable {
    /// Names of a site's sections ("opinion", "editorial"), lower case.
    let sections: Set<String>
    /// Whole blocks that are the site's furniture ("advertisement", "read more"), lower case.
    let furniture: Set<String>
    /// Words that open a block saying only when the article was written ("updated"), lower case.
    let stamps: Set<String>
    /// The longest block taken as a time stamp, in bytes.
    static let stampLength = 80

    /// The bundled lists.
    static let standard: PageWords = {
        let file = PageHintsFile.lists
        return PageWords(sections: file.set("sections"), furniture: file.set("furniture"), stamps: file.set("stamps"))
    }()

    /// Whether `text` is the name of a section.
    func isSection(_ text: String) -> Bool {
        sections.contains(text.lowercased())
    }

    /// Whether the block `text` is furniture: one of the listed phrases, case and trailing
    /// punctuation aside, or a short time stamp.
    func isFurniture(_ text: String) -> Bool {
        guard text.utf8.count <= Self.stampLength else { return false }
        let lower = text.lowercased()
        let trimmed = lower.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters).union(.symbols))
        if furniture.contains(trimmed) { return true }
        guard let stamp = stamps.first(where: { lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ":") }) else { return false }
        // A time stamp goes on with a time or a date in figures ("12:24", "20.11.2019"), not a sentence.
        let rest = lower.dropFirst(stamp.count + 1).drop { $0 == " " }
        return rest.first?.isNumber == true || Self.holdsClockTime(lower.utf8)
    }

    /// Whether `bytes` hold a digit, a colon and a digit ("9:05").
    private static func holdsClockTime(_ bytes: String.UTF8View) -> Bool {
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        return zip(bytes, zip(bytes.dropFirst(), bytes.dropFirst(2))).contains { isDigit($0) && $1.0 == UInt8(ascii: ":") && isDigit($1.1) }
    }
}

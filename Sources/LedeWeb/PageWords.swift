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
    /// Phrases of a site's call to subscribe or follow ("sign up for"), lower case.
    let promotions: [String]
    /// What follows a company's name in the paragraph about it that closes a press release
    /// ("is a leading"), lower case.
    let boilerplate: [String]
    /// The `<meta>` names that give the authors, in the order they are tried.
    let bylineMeta: [String]
    /// The `<meta>` names that give the publication date, in the order they are tried.
    let publishedMeta: [String]
    /// The longest block taken as a time stamp, in bytes.
    static let stampLength = 80
    /// The longest block taken as a call to subscribe or follow, in scalars.
    static let promotionLength = 250
    /// How many of the article's last blocks are searched for a press release's closing paragraph.
    static let boilerplateReach = 4
    /// The most words a company's name is taken to have.
    static let nameWords = 4

    /// The bundled lists.
    static let standard: PageWords = {
        let file = PageHintsFile.lists
        return PageWords(
            sections: file.set("sections"), furniture: file.set("furniture"), stamps: file.set("stamps"),
            promotions: file.set("promotions").sorted(), boilerplate: file.set("boilerplate").sorted(),
            bylineMeta: file.lists["bylineMeta"] ?? [], publishedMeta: file.lists["publishedMeta"] ?? [])
    }()

    /// How many of the last blocks of `body` belong to the site or the company rather than the
    /// article: short calls to subscribe or follow, and a press release's paragraph about the
    /// company ("Acme is a leading …", or a heading "About Acme") with everything after it.
    /// The first block always stays.
    func trailingFurniture(in body: [String]) -> Int {
        var end = body.count
        while end > 1, isPromotion(body[end - 1]) { end -= 1 }
        if let start = body.indices.dropFirst().suffix(Self.boilerplateReach).first(where: { opensBoilerplate(body[$0]) }),
            start < end
        {
            end = start
        }
        return body.count - end
    }

    /// Whether `text` is short and asks the reader to subscribe or follow.
    func isPromotion(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= Self.promotionLength else { return false }
        let lower = text.lowercased()
        return promotions.contains { lower.contains($0) }
    }

    /// Whether `text` opens a press release's closing paragraph about a company: a heading
    /// "About" and a name, or a name and one of the ``boilerplate`` phrases.
    func opensBoilerplate(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        let isName = { (name: ArraySlice<Substring>) in
            !name.isEmpty && name.count <= Self.nameWords && name.allSatisfy { $0.first?.isUppercase == true }
        }
        if words.first == "About", isName(words.dropFirst()) { return true }
        let lower = text.lowercased()
        return boilerplate.contains { phrase in
            guard let range = lower.range(of: " " + phrase + " ") else { return false }
            return isName(words.prefix(lower[..<range.lowerBound].split(separator: " ").count))
        }
    }

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

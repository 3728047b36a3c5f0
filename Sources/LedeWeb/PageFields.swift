import Foundation

/// The byline, date and site name a page gives, cleaned of what pages put around them.
enum PageFields {
    /// The earliest year taken as a real publication date; earlier ones are placeholders
    /// (`0001-01-01`).
    static let earliestYear = 1990
    /// The latest year taken as a real publication date.
    static let latestYear = 2100

    /// `raw` when it starts with a plausible year (ISO 8601 and kin), else `nil`.
    static func published(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let digits = raw.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard digits.count == 4, let year = Int(String(decoding: digits, as: UTF8.self)),
            (earliestYear...latestYear).contains(year)
        else { return nil }
        return raw
    }

    /// The site's name: the first candidate that is not the name of a section, a tagline after
    /// it dropped (`HarbourLink | The islands' news`); a name written as one would say it
    /// before a handle in lower case (`harbourgazette`) or a web address, which stand only when
    /// nothing else does (an address as its host, `harbourgazette.example`).
    static func site(_ candidates: [String?], words: PageWords) -> String? {
        let names = candidates.compactMap { $0.map(withoutTagline) }.filter { !$0.isEmpty && !words.isSection($0) }
        if let name = names.first(where: { !isHandle($0) && host(of: $0) == nil }) { return name }
        return names.first.map { host(of: $0) ?? $0 }
    }

    /// The separators between a site's name and its tagline.
    private static let taglineSeparators = [" | ", " – ", " — ", " - "]

    /// `name` up to the first tagline separator in it, if a name stands before it.
    private static func withoutTagline(_ name: String) -> String {
        let cut = taglineSeparators.compactMap { name.range(of: $0)?.lowerBound }.min()
        guard let cut, cut > name.startIndex else { return name }
        return String(name[..<cut])
    }

    /// Whether `name` is a handle: one word, no capital letter (`detroitnews`).
    private static func isHandle(_ name: String) -> Bool {
        !name.contains(" ") && !name.contains { $0.isUppercase } && host(of: name) == nil
    }

    /// The host of `name` when it is a web address, without `www.`.
    private static func host(of name: String) -> String? {
        guard name.hasPrefix("http://") || name.hasPrefix("https://"), let host = URL(string: name)?.host(), !host.isEmpty else {
            return nil
        }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// The byline less a leading "By", names written in capitals title-cased (initials of two
    /// letters or fewer kept), or `nil` when it names a section or the site rather than a
    /// person, or is a user name (`admin`: no capital letter).
    static func byline(_ raw: String?, site: String?, words: PageWords) -> String? {
        guard var byline = raw else { return nil }
        if byline.lowercased().hasPrefix("by ") { byline = String(byline.dropFirst(3)).trimmingCharacters(in: .whitespaces) }
        guard byline.contains(where: \.isUppercase), !words.isSection(byline) else { return nil }
        if let site = site?.lowercased() {
            let siteWords = Set(site.split(separator: " "))
            if byline.lowercased().split(separator: " ").allSatisfy({ siteWords.contains($0) }) { return nil }
        }
        // Capitals in every name; the "and" between names may be written either way.
        let letters = byline.split(separator: " ").filter { $0.lowercased() != "and" }.flatMap(\.unicodeScalars)
            .filter { $0.properties.isAlphabetic }
        guard !letters.isEmpty, letters.allSatisfy({ $0.properties.isUppercase }) else { return byline }
        return byline.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let lower = word.lowercased()
            if lower == "and" { return lower }
            return word.filter(\.isLetter).count <= 2 ? String(word) : lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }
}

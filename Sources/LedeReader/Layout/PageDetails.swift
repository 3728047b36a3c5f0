import LedeKit

/// The line under a web page's title: its site, byline and publication date.
enum PageDetails {
    /// `site · byline · date` for `page`, escaped for the terminal, with the date cut to its day
    /// when the page writes an ISO 8601 time (`2026-03-10T09:30:00Z` or `2026-03-10 09:30:00` →
    /// `2026-03-10`); `nil` when the page says none of them (and for text).
    static func line(for page: PageMetadata) -> String? {
        let parts = [page.site, page.byline, page.published.map(day(of:))].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : DisplayEscaping.escaped(parts.joined(separator: " · "))
    }

    /// The day of an ISO 8601 date and time (what comes before its `T` or space and a digit),
    /// or `published` as the page writes it.
    private static func day(of published: String) -> String {
        let scalars = Array(published.unicodeScalars.prefix(12))
        guard scalars.count == 12, scalars[10] == "T" || scalars[10] == " ", scalars[11].properties.numericType == .decimal,
            scalars[4] == "-", scalars[7] == "-"
        else { return published }
        return String(published.prefix(10))
    }
}

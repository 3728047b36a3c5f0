import LedeKit

/// The line under a web page's title: its site, byline and publication date.
enum PageDetails {
    /// `site · byline · date` for `page`, escaped for the terminal, with the date cut to its day
    /// when the page writes an ISO 8601 time (`2026-03-10T09:30:00Z` → `2026-03-10`); `nil` when
    /// the page says none of them (and for text).
    static func line(for page: PageMetadata) -> String? {
        let date = page.published.map { published in
            published.count > 10 && published.dropFirst(10).first == "T" ? String(published.prefix(10)) : published
        }
        let parts = [page.site, page.byline, date].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : DisplayEscaping.escaped(parts.joined(separator: " · "))
    }
}

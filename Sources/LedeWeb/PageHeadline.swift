import Foundation

/// A page's headline, without the site's name that `<title>` and `og:title` often carry.
enum PageHeadline {
    /// What sites put between a headline and their name.
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " / "]
    /// The most words a site's name is taken to have when the page does not say it.
    static let siteNameWords = 4

    /// The headline: the page's first `h1` when the title holds it (the cleanest form), else the
    /// title (`og:title`, JSON-LD's, or `<title>`) with a part that names the site taken off.
    static func headline(titles: [String?], heading: String?, site: String?, words: PageWords = .standard) -> String? {
        let title = titles.lazy.compactMap { $0?.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.first { !$0.isEmpty }
        if let heading, !heading.isEmpty, title == nil || title!.contains(heading) { return heading }
        guard let title else { return nil }
        return withoutSection(withoutSite(title, site: site), words: words)
    }

    /// `title` less a leading or trailing part that names a section ("Opinion | …", "… | Editorial").
    static func withoutSection(_ title: String, words: PageWords) -> String {
        var title = title
        for separator in separators {
            if let range = title.range(of: separator), words.isSection(String(title[..<range.lowerBound])) {
                title = String(title[range.upperBound...])
            }
            if let range = title.range(of: separator, options: .backwards), words.isSection(String(title[range.upperBound...])) {
                title = String(title[..<range.lowerBound])
            }
        }
        return title
    }

    /// `title` less a leading or trailing part that is the site's name (or, when the page does not
    /// name its site, a short last part).
    static func withoutSite(_ title: String, site: String?) -> String {
        for separator in separators {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]), tail = String(title[range.upperBound...])
            if let site = site?.lowercased(), !site.isEmpty {
                if tail.lowercased().contains(site) || site.contains(tail.lowercased()) { return head }
                if let first = title.range(of: separator) {
                    let lead = String(title[..<first.lowerBound])
                    // A lead that holds the site's name among many more words is the headline.
                    if site.contains(lead.lowercased())
                        || (lead.lowercased().contains(site) && lead.split(separator: " ").count <= siteNameWords) {
                        return String(title[first.upperBound...])
                    }
                }
            } else if tail.split(separator: " ").count <= siteNameWords, head.split(separator: " ").count > tail.split(separator: " ").count {
                return head
            }
        }
        return title
    }
}

import Foundation

/// A page's headline, without the site's name that `<title>` and `og:title` often carry.
enum PageHeadline {
    /// What sites put between a headline and their name.
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " / "]
    /// The most words a site's name is taken to have when the page does not say it.
    static let siteNameWords = 4

    /// The headline: the page's first `h1` when the title holds it (the cleanest form), else the
    /// title (`og:title`, JSON-LD's, or `<title>`) with a part that names the site taken off.
    static func headline(titles: [String?], heading: String?, site: String?) -> String? {
        let title = titles.lazy.compactMap { $0?.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.first { !$0.isEmpty }
        if let heading, !heading.isEmpty, title == nil || title!.contains(heading) { return heading }
        guard let title else { return nil }
        return withoutSite(title, site: site)
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
                    if lead.lowercased().contains(site) || site.contains(lead.lowercased()) {
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

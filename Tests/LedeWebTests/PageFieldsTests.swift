import Foundation
import LedeKit
import Testing

@testable import LedeWeb

/// Bylines, dates, sites and titles cleaned of what pages put around them.
@Suite("PageFields")
struct PageFieldsTests {
    private static func metadata(head: String) throws -> PageMetadata {
        let page = "<html><head>\(head)</head><body><div><p>The ferry left the harbour an hour late because the tide was low.</p></div></body></html>"
        return try WebArticle(page: Array(page.utf8)).metadata
    }

    @Test("a placeholder or unreadable date is dropped, a real one kept")
    func dates() {
        #expect(PageFields.published("0001-01-01T00:00:00Z") == nil)
        #expect(PageFields.published("1970-01-01") == nil)
        #expect(PageFields.published("yesterday") == nil)
        #expect(PageFields.published("2019-11-20T05:24:00Z") == "2019-11-20T05:24:00Z")
    }

    @Test("a leading By goes, capitals are title-cased, sections and the site are no byline")
    func bylines() {
        let words = PageWords.standard
        #expect(PageFields.byline("By JOHN SMITH and MARY JONES", site: nil, words: words) == "John Smith and Mary Jones")
        #expect(PageFields.byline("by Ada Brennan", site: nil, words: words) == "Ada Brennan")
        #expect(PageFields.byline("Editorial", site: nil, words: words) == nil)
        #expect(PageFields.byline("Harbour", site: "Harbour Gazette", words: words) == nil)
        #expect(PageFields.byline("Ada Harbour", site: "Harbour Gazette", words: words) == "Ada Harbour")
    }

    @Test("a user name in lower case is no byline; initials in capitals stay capitals")
    func userNamesAndInitials() {
        let words = PageWords.standard
        #expect(PageFields.byline("harbouradmin", site: nil, words: words) == nil)
        #expect(PageFields.byline("AB", site: nil, words: words) == "AB")
        #expect(PageFields.byline("ADA J. BRENNAN", site: nil, words: words) == "Ada J. Brennan")
    }

    @Test("a site named like a section gives way to the next candidate")
    func site() throws {
        let metadata = try Self.metadata(head: """
            <meta property="og:site_name" content="Hosted"><meta name="application-name" content="Harbour Gazette">
            <meta name="author" content="Harbour Gazette"><meta property="article:published_time" content="0001-01-01T00:00:00Z">
            """)
        #expect(metadata.site == "Harbour Gazette")
        #expect(metadata.byline == nil)
        #expect(metadata.published == nil)
    }

    @Test("a site's name without its tagline, a name rather than a handle or an address")
    func siteNames() {
        let words = PageWords.standard
        #expect(PageFields.site(["HarbourLink | The islands' busiest news site", nil], words: words) == "HarbourLink")
        #expect(PageFields.site(["Harbour Gazette – News from the islands"], words: words) == "Harbour Gazette")
        #expect(PageFields.site(["Harbour-Gazette"], words: words) == "Harbour-Gazette")
        #expect(PageFields.site(["harbourgazette", nil, "Harbour Gazette"], words: words) == "Harbour Gazette")
        #expect(PageFields.site(["harbourgazette"], words: words) == "harbourgazette")
        #expect(PageFields.site(["https://www.harbourgazette.example/", "Harbour Gazette"], words: words) == "Harbour Gazette")
        #expect(PageFields.site(["https://www.harbourgazette.example/"], words: words) == "harbourgazette.example")
    }

    @Test("a title keeps its headline, not the section's name before or after it")
    func titles() throws {
        let trailing = try Self.metadata(head: """
            <meta property="og:title" content="The Gazette view on the ferry: a pier on the brink | Editorial">
            <meta property="og:site_name" content="The Gazette"><meta name="author" content="Editorial">
            """)
        #expect(trailing.title == "The Gazette view on the ferry: a pier on the brink")
        #expect(trailing.byline == nil)
        let leading = try Self.metadata(head: "<title>Opinion | Why the pier must be rebuilt</title>")
        #expect(leading.title == "Why the pier must be rebuilt")
    }

    @Test("blocks that are the site's furniture are left out of the text")
    func furniture() throws {
        let sentence = "The council voted on Tuesday to rebuild the old ferry pier before the summer season opens."
        let page = """
            <html><body><article><p>\(sentence)</p><p>ADVERTISEMENT</p><p>\(sentence)</p><p>Read More</p>
            <p>Subscribe</p><p>\(sentence)</p><p>Updated 9:05 am GMT, Tuesday, March 10, 2026</p>
            <p>Updated plans for the pier were shown to 40 people.</p></article></body></html>
            """
        let article = try WebArticle(page: Array(page.utf8))
        #expect(article.text.components(separatedBy: "\n\n") == [sentence, sentence, sentence,
            "Updated plans for the pier were shown to 40 people."])
    }

    @Test("a dateline that markup alone sets apart keeps a space before the text")
    func dateline() throws {
        let page = "<html><body><p><cite>Portree (Island Wire)</cite>The ferry <i>(the old one)</i>, said the council, sails again.</p></body></html>"
        let article = try WebArticle(page: Array(page.utf8))
        #expect(article.text == "Portree (Island Wire) The ferry (the old one), said the council, sails again.")
    }
}

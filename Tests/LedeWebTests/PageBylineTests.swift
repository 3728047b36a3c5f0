import LedeWeb
import Testing

/// Where pages put their bylines besides `<meta>` names: linked data by reference, microdata,
/// author links.
@Suite("Page bylines")
struct PageBylineTests {
    private static let body = "<article><p>The harbour office printed new tide tables after the survey moved the low-water mark.</p></article>"

    private static func byline(head: String = "", body: String = PageBylineTests.body) throws -> String? {
        let page = "<html><head><title>Tide tables change</title>\(head)</head><body>\(body)</body></html>"
        return try WebArticle(page: Array(page.utf8)).metadata.byline
    }

    @Test("linked data naming its author by reference to a person in its graph")
    func authorByReference() throws {
        let head = """
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "NewsArticle", "headline": "Tide tables change", "author": {"@id": "https://tides.example/#/person/7"}},
              {"@type": "Person", "@id": "https://tides.example/#/person/7", "name": "Imke Vos"}]}</script>
            """
        #expect(try Self.byline(head: head) == "Imke Vos")
    }

    @Test("linked data that escapes its apostrophes, which JSON does not allow")
    func escapedApostrophes() throws {
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "The harbour\\'s tide tables",
              "author": {"@type": "Person", "name": "Imke Vos"}}</script>
            """
        #expect(try Self.byline(head: head) == "Imke Vos")
    }

    @Test("the text of an author link, in the page's header")
    func authorLink() throws {
        let body = "<header><span>By <a rel=\"author\" href=\"/staff/ivos\">Imke Vos</a></span></header>" + Self.body
        #expect(try Self.byline(body: body) == "Imke Vos")
    }

    @Test("microdata: the name inside the author's element, not the rest of its text")
    func microdata() throws {
        let body = """
            <div itemprop="author" itemscope itemtype="https://schema.org/Person"><img src="ivos.jpg" alt="">
            <span itemprop="name">Imke Vos</span> <span>Harbour reporter</span></div>
            """ + Self.body
        #expect(try Self.byline(body: body) == "Imke Vos")
    }

    @Test("an author link with no text leaves the next one to name the author")
    func emptyAuthorLink() throws {
        let body = "<a rel=\"author\" href=\"/staff/ivos\"><img src=\"ivos.jpg\" alt=\"\"></a>"
            + "<p class=\"meta\">by <a rel=\"author\" href=\"/staff/ivos\">Imke Vos</a></p>" + Self.body
        #expect(try Self.byline(body: body) == "Imke Vos")
    }

    @Test("a meta author naming the site gives way to the page's author link")
    func siteAsAuthor() throws {
        let head = "<meta property=\"og:site_name\" content=\"Tide Watch\"><meta name=\"author\" content=\"Tide Watch\">"
        let body = "<header><a rel=\"author\" href=\"/staff/ivos\">Imke Vos</a></header>" + Self.body
        #expect(try Self.byline(head: head, body: body) == "Imke Vos")
        #expect(try Self.byline(head: head) == nil)
    }
}

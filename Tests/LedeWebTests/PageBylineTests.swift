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
}

import Foundation
import LedeWeb
import Testing

/// Pages built to hurt: they must give text, never markup run or a crash.
@Suite("Hostile pages")
struct HostilePageTests {
    @Test("escaped markup in text stays text, and scripts and javascript: links give nothing")
    func escapes() throws {
        let page = """
            <html><body><script>alert("<p>run</p>")</script>
            <p title="&quot;><script>x()</script>">The sign read &lt;script&gt;alert(1)&lt;/script&gt; &amp; nothing happened at all.</p>
            <p><a href="javascript:alert(1)">j</a> and the rest of a long sentence that is plainly the article's prose.</p>
            </body></html>
            """
        let article = try WebArticle(page: Array(page.utf8))
        #expect(article.text == """
            The sign read <script>alert(1)</script> & nothing happened at all.

            j and the rest of a long sentence that is plainly the article's prose.
            """)
    }

    /// A page `depth` elements deep with one sentence at the bottom.
    private static func nested(_ depth: Int) -> String {
        "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>At the bottom of it all there is a single sentence of prose, which is the article.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
    }

    @Test("a page nested as deep as allowed is read whole, once")
    func deepestAllowed() throws {
        // html and body are two levels, the p one more.
        let article = try WebArticle(page: Array(Self.nested(509).utf8))
        #expect(article.text.components(separatedBy: "At the bottom of it all").count == 2)
    }

    @Test("a page 100,000 tags deep, or one level too deep, is refused without a crash")
    func deepNesting() throws {
        for depth in [510, 100_000] {
            #expect(throws: PageProblem.nestedTooDeep(limit: 512)) { try WebArticle(page: Array(Self.nested(depth).utf8)) }
        }
    }

    @Test("control characters and broken markup give text, never a failure")
    func brokenMarkup() throws {
        let page = "<html><body><p>One\u{1B}[31m red</p><p><b><i>unclosed <div>tags</b> everywhere</p><table><td>cell"
        let article = try WebArticle(page: Array(page.utf8))
        // libxml2 drops the escape character, which HTML does not allow in text.
        #expect(article.text.contains("One[31m red"))
        #expect(article.text.contains("tags"))
    }

    @Test("a JSON-LD script nested too deep is skipped")
    func deepLinkedData() throws {
        let json = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let page = "<html><head><script type=\"application/ld+json\">\(json)</script></head><body><p>Text of the page.</p></body></html>"
        let article = try WebArticle(page: Array(page.utf8))
        #expect(article.text == "Text of the page.")
        #expect(article.metadata.byline == nil)
    }
}

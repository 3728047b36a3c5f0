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
        let article = try #require(WebArticle(page: Array(page.utf8)))
        #expect(article.text == """
            The sign read <script>alert(1)</script> & nothing happened at all.

            j and the rest of a long sentence that is plainly the article's prose.
            """)
    }

    @Test("a page 100,000 tags deep is read without a crash")
    func deepNesting() throws {
        let depth = 100_000
        let page = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>At the bottom of it all there is a single sentence of prose, which is the article.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let article = try #require(WebArticle(page: Array(page.utf8)))
        // libxml2 reads past its usual depth limit (LedeWeb asks it to: the walk has no recursion
        // and --max-size bounds the page), so the sentence is there, once.
        #expect(article.text.components(separatedBy: "At the bottom of it all").count == 2)
    }

    @Test("control characters and broken markup give text, never a failure")
    func brokenMarkup() throws {
        let page = "<html><body><p>One\u{1B}[31m red</p><p><b><i>unclosed <div>tags</b> everywhere</p><table><td>cell"
        let article = try #require(WebArticle(page: Array(page.utf8)))
        // libxml2 drops the escape character, which HTML does not allow in text.
        #expect(article.text.contains("One[31m red"))
        #expect(article.text.contains("tags"))
    }

    @Test("a JSON-LD script nested too deep is skipped")
    func deepLinkedData() throws {
        let json = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let page = "<html><head><script type=\"application/ld+json\">\(json)</script></head><body><p>Text of the page.</p></body></html>"
        let article = try #require(WebArticle(page: Array(page.utf8)))
        #expect(article.text == "Text of the page.")
        #expect(article.metadata.byline == nil)
    }
}

import Foundation
import Testing

extension EndToEnd {
    /// `lede analyze page.html`: the article found in a web page, with what the page says about it.
    @Suite("Web pages", .timeLimit(.minutes(1)))
    struct WebPageTests {
        /// A page of our own: an article with a quote, in a site's navigation and footer.
        static let page = """
            <!doctype html><html><head><meta charset="utf-8">
            <title>Ministers meet in Geneva | Lakeside Post</title>
            <meta property="og:site_name" content="Lakeside Post">
            <meta name="author" content="Jonas Berg">
            <meta property="article:published_time" content="2026-05-02T08:00:00Z">
            <script>var tip = "don't \\"click\\" here";</script>
            </head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Ministers meet in Geneva</h1>
            <p>Foreign ministers met in Geneva on Friday to talk about the ceasefire, their third meeting this year.</p>
            <p>\u{201C}We made progress on the corridors,\u{201D} said Lena Ortiz, who led the talks, before flying home.</p>
            </article>
            <footer><p>Lakeside Post, all rights reserved in every country where such things are reserved.</p></footer>
            </body></html>
            """

        private func json(_ arguments: [String], page: String = WebPageTests.page) throws -> [String: Any] {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(page, to: "page.html")
            let result = try runLede(["analyze", "--format", "json"] + arguments + [file.path])
            expectSuccess(result)
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        }

        @Test("the article's text, title, byline, date and site, and its quote")
        func article() throws {
            let object = try json([])
            #expect(object["text"] as? String == """
                Ministers meet in Geneva

                Foreign ministers met in Geneva on Friday to talk about the ceasefire, their third meeting this year.

                \u{201C}We made progress on the corridors,\u{201D} said Lena Ortiz, who led the talks, before flying home.
                """)
            #expect(object["title"] as? String == "Ministers meet in Geneva")
            #expect(object["byline"] as? String == "Jonas Berg")
            #expect(object["published"] as? String == "2026-05-02T08:00:00Z")
            #expect(object["site"] as? String == "Lakeside Post")
            let quotes = try #require(object["quotes"] as? [[String: Any]])
            #expect(quotes.map { $0["text"] as? String } == ["We made progress on the corridors,"])
        }

        @Test("a headline that ends like a sentence is still the page's title")
        func headlineEndingInAFullStop() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let page = WebPageTests.page.replacingOccurrences(of: "Ministers meet in Geneva", with: "Ministers meet. Nothing moves.")
            let file = try directory.write(page, to: "page.html")
            let result = try runLede(["analyze", file.path])
            expectSuccess(result)
            #expect(result.stdout.contains("  title: Ministers meet. Nothing moves.\n"), "\(result.stdout)")
            #expect(result.stdout.contains("  2 paragraphs,"), "\(result.stdout)")
        }

        @Test("--input text reads a page as text; text has no page fields")
        func inputText() throws {
            let object = try json(["--input", "text"])
            #expect((object["text"] as? String)?.hasPrefix("<!doctype html>") == true)
            #expect(object["published"] is NSNull)
            #expect(object["site"] is NSNull)
        }

        @Test("--input html reads a fragment as a page")
        func inputHTML() throws {
            let fragment = "<p>The river rose by a metre overnight, and the town closed the lower bridge.</p>"
            #expect(try json([], page: fragment)["text"] as? String == fragment)
            #expect(try json(["--input", "html"], page: fragment)["text"] as? String
                == "The river rose by a metre overnight, and the town closed the lower bridge.")
        }

        @Test("a page on standard input is found by its content, and --max-size counts the page's bytes")
        func standardInputAndSize() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            // Over 1 KiB, with a comment that is no part of the text.
            let file = try directory.write(WebPageTests.page + "<!--" + String(repeating: "-", count: 1024) + "-->", to: "page.html")
            let result = try runLede(["analyze", "-"], input: file)
            expectSuccess(result)
            #expect(result.stdout.hasPrefix("""
                -
                  title: Ministers meet in Geneva
                  site: Lakeside Post
                  byline: Jonas Berg
                  published: 2026-05-02T08:00:00Z
                """))
            #expect(!result.stdout.contains("doctype"))
            expectInputFailure(
                try runLede(["analyze", "--max-size", "1k", file.path]),
                "lede: '\(file.path)' is larger than 1 KiB; use --max-size to raise the limit")
        }
    }
}

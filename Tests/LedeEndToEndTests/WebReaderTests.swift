import Foundation
import LedeTestSupport
import Testing

extension EndToEnd {
    /// A web page, opened the three ways people have one: a saved file, piped in (`curl -s URL |
    /// lede`) and by its address. Each shows the article, its title, byline and date, its quote
    /// and speaker, and its actors.
    @Suite("Web pages in the reader", .timeLimit(.minutes(2)))
    struct WebReaderTests {
        /// A page of our own: an article naming two actors of the standard lexicon, with a quote,
        /// among a site's navigation, a script holding a quote, a share bar and a footer.
        static let page = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <title>Grain corridor talks resume | Northern Ledger</title>
            <meta property="og:site_name" content="Northern Ledger">
            <meta name="author" content="Pia Holm">
            <meta property="article:published_time" content="2026-06-14T05:30:00Z">
            <link rel="canonical" href="https://ledger.example/grain-talks">
            <script>var banner = "don't \\"miss\\" our offers";</script>
            </head><body>
            <nav><a href="/">Front page</a> <a href="/world">World</a> <a href="/markets">Markets</a></nav>
            <article><h1>Grain corridor talks resume</h1>
            <div class="share"><a href="javascript:share()">Share this story with your friends and family</a></div>
            <p>Negotiators from Russia and Iran met in Vienna on Thursday to discuss a grain corridor, the first talks in months.</p>
            <p>\u{201C}Both sides came with new maps,\u{201D} said Karin Dahl, who chaired the meeting, after six hours of talks.</p>
            <p>Shipping firms, which lost millions during the pause, said they would wait for a written agreement before sailing.</p>
            </article>
            <footer><p>Northern Ledger, printed in the north since long before any of us were born.</p></footer>
            </body></html>
            """

        /// The article's text as the analysis gives it.
        static let text = """
            Grain corridor talks resume

            Negotiators from Russia and Iran met in Vienna on Thursday to discuss a grain corridor, the first talks in months.

            \u{201C}Both sides came with new maps,\u{201D} said Karin Dahl, who chaired the meeting, after six hours of talks.

            Shipping firms, which lost millions during the pause, said they would wait for a written agreement before sailing.
            """

        /// How the page reaches Lede.
        enum Route: String, CaseIterable, CustomTestStringConvertible {
            case file, pipe, address
            var testDescription: String {
                switch self {
                case .file: "lede page.html"
                case .pipe: "cat page.html | lede"
                case .address: "lede http://127.0.0.1:PORT/page"
                }
            }
        }

        /// Runs `body` with the page served, saved and the arguments for `route`: the argument
        /// that names the page and the URL `o` shows.
        private func withPage(
            _ route: Route, _ body: (_ shellCommand: (_ arguments: [String]) throws -> String, _ url: String) async throws -> Void
        ) async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(Self.page, to: "grain-talks.html")
            let server = try LocalHTTPServer(routes: ["/grain": .page(Self.page)])
            defer { server.stop() }
            switch route {
            case .file:
                try await body({ try ledeCommand($0 + [file.path]) }, "https://ledger.example/grain-talks")
            case .pipe:
                try await body({ "cat \(shellQuoted(file.path)) | " + (try ledeCommand($0)) }, "https://ledger.example/grain-talks")
            case .address:
                try await body({ try ledeCommand($0 + [server.url("/grain")]) }, server.url("/grain"))
            }
        }

        @Test("the reader shows the article, site, byline and date, the quote's speaker and the actors", arguments: Route.allCases)
        func reader(route: Route) async throws {
            try await withPage(route) { command, url in
                try await withTmuxSession(try command([])) { session in
                    let screen = try await waitForReader(session, styled: true)
                    #expect(screen.articleLines.first?.contains("Grain corridor talks resume") == true, "title:\n\(screen)")
                    #expect(screen.articleLines.dropFirst().first?.contains("Northern Ledger · Pia Holm · 2026-06-14") == true,
                            "details:\n\(screen)")
                    #expect(screen.articleLetters.contains(Screen.letters("Negotiators from Russia and Iran met in Vienna")))
                    #expect(screen.quotesLines.first?.contains("Quotes (1)") == true, "quotes pane:\n\(screen)")
                    #expect(screen.quotesLines.joined().contains("Karin Dahl"), "speaker:\n\(screen)")
                    let russia = try #require(screen.articleAttributes(of: "Russia"), "\(screen)")
                    let iran = try #require(screen.articleAttributes(of: "Iran"), "\(screen)")
                    let plain = try #require(screen.articleAttributes(of: "Negotiators"), "\(screen)")
                    #expect(russia.foreground != .default && iran.foreground != .default && russia.foreground != iran.foreground)
                    #expect(plain.foreground == .default)
                    for furniture in ["Front page", "Share this story", "printed in the north", "offers", "doctype", "<"] {
                        #expect(!screen.text.contains(furniture), "\(furniture) on screen:\n\(screen)")
                    }
                    try session.send("o")
                    try await session.waitForStatus(containing: url)
                    try session.send("q")
                    let after = try await session.waitFor("lede to exit") { $0.text.contains("LEDE-EXIT=") }
                    #expect(after.text.contains(exitMarker(0)), "\(after)")
                }
            }
        }

        @Test("analyze gives the same article, fields, quote and actors whichever way the page comes")
        func analyze() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(Self.page, to: "grain-talks.html")
            let server = try LocalHTTPServer(routes: ["/grain": .page(Self.page)])
            defer { server.stop() }
            let runs = [
                try runLede(["analyze", "--format", "json", file.path]),
                try runLedeScript(#"cat "$1" | "$LEDE" analyze --format json -"#, [file.path]),
                try runLede(["analyze", "--format", "json", server.url("/grain")]),
            ]
            for (run, url) in zip(runs, ["https://ledger.example/grain-talks", "https://ledger.example/grain-talks", server.url("/grain")]) {
                expectSuccess(run)
                let object = try #require(try analysisObjects(run.stdout).first)
                #expect(object["text"] as? String == Self.text)
                #expect(object["title"] as? String == "Grain corridor talks resume")
                #expect(object["byline"] as? String == "Pia Holm")
                #expect(object["published"] as? String == "2026-06-14T05:30:00Z")
                #expect(object["site"] as? String == "Northern Ledger")
                #expect(object["url"] as? String == url)
                #expect(object["encoding"] as? String == "utf8")
                let quotes = try #require(object["quotes"] as? [[String: Any]])
                #expect(quotes.map { $0["speaker"] as? String } == ["Karin Dahl"])
                let actors = try #require(object["actors"] as? [[String: Any]])
                let counts = Dictionary(uniqueKeysWithValues: actors.compactMap { actor in
                    (actor["id"] as? String).map { ($0, actor["mentions"] as? Int ?? -1) }
                })
                #expect(counts["russia"] == 1 && counts["iran"] == 1 && counts["assad"] == 0, "\(counts)")
            }
        }
    }
}

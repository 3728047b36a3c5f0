import Foundation
import Testing

extension EndToEnd {
    /// A web page built to take over the terminal, through markup, entities and raw bytes: what
    /// it says reaches the screen, the JSON and the summaries escaped exactly as a text article's
    /// would, and its scripts and links never become text.
    @Suite("Hostile web pages", .timeLimit(.minutes(2)))
    struct WebHostilePageTests {
        /// Sets the terminal's title, writes its clipboard and clears the screen.
        static let escapes = "\u{1B}]0;pwned-title\u{07}\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}[2J"
        /// The same written as character references, which libxml2 reads as nothing (ESC and BEL
        /// are not allowed in HTML).
        static let entityEscapes = "&#27;]0;pwned-title&#7;&#x1b;]52;c;cHduZWQ=&#x07;&#27;[2J"

        static let page = """
            <!doctype html><html><head><meta charset="utf-8">
            <title>Dam \(entityEscapes)repairs\(escapes) begin | River Post</title>
            <meta property="og:site_name" content="River&#x9B;2J Post\u{9B}31m">
            <meta name="author" content="Eva \(escapes)Lind &#x202E;evil&#x202C;">
            <meta property="article:published_time" content="2026-02-03">
            <link rel="canonical" href="https://river.example/dam\(escapes)">
            <script>document.title = "pwned"; var q = "don't \\"say\\" this";</script>
            </head><body>
            <article><h1>Dam repairs begin</h1>
            <p onclick="steal()">Work on the dam began on Monday, and the river authority said \(entityEscapes)it would last until \u{9B}2J May.</p>
            <p>\u{201C}We will not move an &#x202E;inch&#x202C; on safety,\u{201D} said Ola Berg, the engineer in charge of the works.</p>
            <p><a href="javascript:alert(document.cookie)">Residents</a> were told the sign reading &lt;script&gt;alert(1)&lt;/script&gt; was a prank.</p>
            </article></body></html>
            """

        /// Whether `text` holds a character a terminal acts on, or one that reorders text.
        private static func holdsControls(_ text: String) -> Bool {
            text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
        }

        @Test("JSON and summaries escape what the page says; scripts and links give no text")
        func outputs() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(Self.page, to: "dam.html")
            let json = try runLede(["analyze", "--format", "json", file.path])
            expectSuccess(json)
            #expect(!Self.holdsControls(json.stdout), "raw controls in the JSON")
            let object = try #require(try analysisObjects(json.stdout).first)
            let text = try #require(object["text"] as? String)
            #expect(text.contains("the sign reading <script>alert(1)</script> was a prank"))
            #expect(text.contains("\u{201C}We will not move an \u{202E}inch\u{202C} on safety,\u{201D}"))
            for never in ["pwned\"", "document.cookie", "steal", "javascript", "\u{1B}"] {
                #expect(!text.contains(never), "\(never) in the text")
            }
            // HTML allows neither ESC nor BEL in text, so the parser drops them, raw or as references.
            let title = "Dam ]0;pwned-title]52;c;cHduZWQ=[2Jrepairs]0;pwned-title]52;c;cHduZWQ=[2J begin | River Post"
            #expect(object["title"] as? String == title)
            #expect(text.hasPrefix(title + "\n\n"))
            // What the page's attributes hold is kept, as a text article's characters are.
            #expect(object["byline"] as? String == "Eva \(Self.escapes)Lind \u{202E}evil\u{202C}")
            #expect(object["url"] as? String == "https://river.example/dam\(Self.escapes)")
            let quotes = try #require(object["quotes"] as? [[String: Any]])
            #expect(quotes.map { $0["speaker"] as? String } == ["Ola Berg"])

            let summary = try runLede(["analyze", file.path])
            expectSuccess(summary)
            #expect(!Self.holdsControls(summary.stdout), "raw controls in the summary: \(summary.stdout.debugDescription)")
            #expect(summary.stdout.contains("byline: Eva ␛]0;pwned-title␇␛]52;c;cHduZWQ=␇␛[2JLind ⇄evil⇄"), "\(summary.stdout)")
            #expect(summary.stdout.contains("site: River�2J Post�31m"), "\(summary.stdout)")
            let actors = try runLede(["actors", file.path])
            expectSuccess(actors)
            #expect(!Self.holdsControls(actors.stdout))
        }

        @Test("the reader shows the page's escapes as symbols and leaves the terminal alone")
        func reader() async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(Self.page, to: "dam.html")
            try await withTmuxSession("cat \(shellQuoted(file.path)) | " + (try ledeCommand())) { session in
                let titleBefore = try session.run(["display-message", "-p", "-t", session.target, "#{pane_title}"])
                let screen = try await waitForReader(session)
                #expect(screen.articleLines.first?.contains("Dam ]0;pwned-title]52;c;cHduZWQ=[2Jrepairs") == true, "\(screen)")
                #expect(screen.text.contains("Eva ␛]0;pwned-title␇"), "details line:\n\(screen)")
                #expect(screen.text.contains("an ⇄inch⇄ on safety"), "\(screen)")
                #expect(screen.text.contains("<script>alert(1)</script>"), "\(screen)")
                #expect(screen.quotesLines.joined().contains("Ola Berg"), "\(screen)")
                try session.send("o")
                try await session.waitForStatus(containing: "https://river.example/dam␛]0;pwned-title␇")
                let titleAfter = try session.run(["display-message", "-p", "-t", session.target, "#{pane_title}"])
                #expect(titleAfter == titleBefore && !titleAfter.contains("pwned"))
                #expect(try session.run(["list-buffers"]).isEmpty, "the page wrote the clipboard")
                try session.send("q")
                try await session.waitFor("lede to exit") { $0.text.contains(exitMarker(0)) }
            }
        }
    }
}

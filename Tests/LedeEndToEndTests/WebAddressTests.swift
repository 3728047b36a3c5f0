import Foundation
import LedeTestSupport
import Testing

extension EndToEnd {
    /// `lede URL` and `lede analyze URL`: pages fetched from a server the test starts on 127.0.0.1.
    @Suite("Web addresses", .timeLimit(.minutes(1)))
    struct WebAddressTests {
        /// A page of our own: an article with a quote, under a site's navigation.
        static let page = """
            <!doctype html><html><head><meta charset="utf-8"><title>Ferry returns to the lake | Shore News</title>
            <link rel="canonical" href="https://shore.example/ferry"></head><body>
            <nav><a href="/">Home</a> <a href="/towns">Towns</a></nav>
            <article><h1>Ferry returns to the lake</h1>
            <p>The old ferry made its first crossing in ten years on Sunday, carrying forty passengers and two bicycles.</p>
            <p>\u{201C}People waited a long time for this,\u{201D} said Marta Kovac, who runs the harbour office.</p>
            </article></body></html>
            """

        /// The article's text as the analysis gives it.
        static let text = """
            Ferry returns to the lake

            The old ferry made its first crossing in ten years on Sunday, carrying forty passengers and two bicycles.

            \u{201C}People waited a long time for this,\u{201D} said Marta Kovac, who runs the harbour office.
            """

        /// A page with no charset of its own, in KOI8-R: "Привет, мир" only reads right when the
        /// header's charset is used.
        static let koi8Page: [UInt8] = Array("<html><body><article><p>".utf8)
            + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x2C, 0x20, 0xCD, 0xC9, 0xD2]
            + Array(", said the greeting on the first line of the letter from the school.</p></article></body></html>".utf8)

        static func server() throws -> LocalHTTPServer {
            let page = LocalHTTPServer.Response.page(WebAddressTests.page)
            return try LocalHTTPServer(routes: [
                "/ferry": page,
                "/old": .redirect(to: "/older", status: 301),
                "/older": .redirect(to: "/ferry"),
                "/loop": .redirect(to: "/loop"),
                "/zipped": LocalHTTPServer.Response(
                    headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: StoredGzip.encode(page.body)),
                "/koi8": LocalHTTPServer.Response(headers: [("Content-Type", "text/html; charset=KOI8-R")], body: koi8Page),
                "/notes": .page("A note in plain text, with no markup at all.\n", type: "text/plain"),
                "/broken": LocalHTTPServer.Response(status: 500, headers: [("Content-Type", "text/html")], body: Array("<p>oops</p>".utf8)),
                "/slow": LocalHTTPServer.Response(headers: [("Content-Type", "text/html")], body: page.body, delay: 5),
                "/big": .page("<p>" + String(repeating: "All work and no play. ", count: 2000) + "</p>"),
                "/unsized": LocalHTTPServer.Response(
                    headers: [("Content-Type", "text/plain")], body: Array(String(repeating: "More and more text. ", count: 20000).utf8),
                    sendsLength: false),
                "/photo": LocalHTTPServer.Response(headers: [("Content-Type", "image/png")], body: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]),
                "/blob": LocalHTTPServer.Response(headers: [("Content-Type", "text/plain")], body: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0, 0, 1]),
            ])
        }

        private func analysis(_ arguments: [String]) throws -> [String: Any] {
            let result = try runLede(["analyze", "--format", "json"] + arguments)
            expectSuccess(result)
            return try #require(try analysisObjects(result.stdout).first)
        }

        /// Runs `lede arguments` and expects it to fail with exactly `message` on one line.
        private func expectFailure(_ arguments: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try runLede(arguments)
            #expect(result.status == 1, "exit status \(result.status)", sourceLocation: sourceLocation)
            #expect(result.stdout.isEmpty, "stdout: \(result.stdout.debugDescription)", sourceLocation: sourceLocation)
            #expect(result.stderr == "lede: \(message)\n", sourceLocation: sourceLocation)
        }

        @Test("a page is fetched, its article found, and the final URL reported")
        func fetchedPage() throws {
            let server = try Self.server()
            defer { server.stop() }
            let object = try analysis([server.url("/ferry")])
            #expect(object["text"] as? String == Self.text)
            #expect(object["title"] as? String == "Ferry returns to the lake")
            #expect(object["url"] as? String == server.url("/ferry"))
            let quotes = try #require(object["quotes"] as? [[String: Any]])
            #expect(quotes.map { $0["speaker"] as? String } == ["Marta Kovac"])
        }

        @Test("redirects are followed, and the URL is where they end")
        func redirects() throws {
            let server = try Self.server()
            defer { server.stop() }
            let object = try analysis([server.url("/old")])
            #expect(object["text"] as? String == Self.text)
            #expect(object["url"] as? String == server.url("/ferry"))
        }

        @Test("a gzip body is decoded")
        func gzip() throws {
            let server = try Self.server()
            defer { server.stop() }
            #expect(try analysis([server.url("/zipped")])["text"] as? String == Self.text)
        }

        @Test("the header's charset decodes a page that names none")
        func headerCharset() throws {
            let server = try Self.server()
            defer { server.stop() }
            let object = try analysis([server.url("/koi8")])
            let text = try #require(object["text"] as? String)
            #expect(text.hasPrefix("Привет, мир, said the greeting"))
            #expect(object["encoding"] as? String == "koi8-r")
        }

        @Test("a text/plain page is read as text, and several URLs in one run")
        func plainText() throws {
            let server = try Self.server()
            defer { server.stop() }
            let result = try runLede(["analyze", "--format", "json", server.url("/notes"), server.url("/ferry")])
            expectSuccess(result)
            let objects = try analysisObjects(result.stdout)
            #expect(objects.map { $0["text"] as? String } == ["A note in plain text, with no markup at all.\n", Self.text])
            #expect(objects.map { $0["url"] as? String } == [server.url("/notes"), server.url("/ferry")])
        }

        @Test("a saved page's canonical URL is its url")
        func canonical() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(Self.page, to: "ferry.html")
            #expect(try analysis([file.path])["url"] as? String == "https://shore.example/ferry")
        }

        @Test("lede URL with no terminal prints the article's text, and lede actors reads URLs")
        func readAndActors() throws {
            let server = try Self.server()
            defer { server.stop() }
            let read = try runLede([server.url("/ferry")])
            expectSuccess(read)
            #expect(read.stdout == Self.text)
            let actors = try runLede(["actors", server.url("/ferry")])
            expectSuccess(actors)
            #expect(actors.stdout.hasPrefix(server.url("/ferry") + "\n"))
        }

        @Test("the reader opens a URL: the article, its quote's speaker, and o shows where it was fetched")
        func reader() async throws {
            let server = try Self.server()
            defer { server.stop() }
            try await withTmuxSession(try ledeCommand([server.url("/old")])) { session in
                let screen = try await waitForReader(session)
                #expect(screen.articleLines.first?.contains("Ferry returns to the lake") == true, "title:\n\(screen)")
                #expect(screen.text.contains("The old ferry made its first crossing"))
                #expect(screen.quotesLines.joined(separator: "\n").contains("Marta Kovac"), "quotes pane:\n\(screen)")
                try session.send("o")
                let shown = try await session.waitForStatus(containing: server.url("/ferry"))
                #expect(shown.statusLine.contains(server.url("/ferry")))
            }
        }

        @Test("while a slow page is fetched one line says so and how to stop; it is gone once the page comes or fails")
        func fetchNotice() async throws {
            try await withGatedPage { page, gate in
                // A long --timeout: the notice must outlast the slowest scheduling of this test.
                try await withTmuxSession(try ledeCommand(["--timeout", "200", page])) { session in
                    let waiting = try await session.waitFor("the fetch notice") { $0.text.contains("Fetching '\(page)' (^C stops)") }
                    #expect(waiting.lines.filter { $0.contains("Fetching") }.count == 1, "\(waiting)")
                    gate.signal()
                    try await waitForReader(session)
                    try session.send("q")
                    let after = try await session.waitFor("lede to exit") { $0.text.contains(exitMarker(0)) }
                    #expect(!after.text.contains("Fetching"), "the notice was left on the screen:\n\(after)")
                }
                try await withTmuxSession(try ledeCommand(["--timeout", "1", page])) { session in
                    let after = try await session.waitFor("lede to give up") { $0.text.contains(exitMarker(1)) }
                    #expect(!after.text.contains("Fetching"), "the notice was left on the screen:\n\(after)")
                    #expect(after.lines.filter { $0.hasPrefix("lede: cannot fetch") }.count == 1, "\(after)")
                }
            }
        }

        @Test("^C while a page is fetched erases the notice and ends lede as ^C does")
        func interruptedFetch() async throws {
            try await withGatedPage { page, _ in
                // An interactive shell gives ^C to lede alone, and stays to say how it ended.
                try await withTmuxSession("bash --norc --noprofile -i") { session in
                    try session.type(shellQuoted(try LedeBinary.url().path) + " --timeout 200 " + shellQuoted(page))
                    try session.send("Enter")
                    try await session.waitFor("the fetch notice") { $0.text.contains("Fetching '\(page)' (^C stops)") }
                    try session.send("C-c")
                    // Nothing is typed until the notice is gone: the terminal would echo it,
                    // and an echoed line break, come before lede's handler runs on a busy
                    // machine, would move the line the handler erases.
                    try await session.waitFor("^C to erase the notice") { !$0.text.contains("Fetching") }
                    try session.type("echo LEDE-EXIT=$?")
                    try session.send("Enter")
                    let after = try await session.waitFor("^C to end lede") { $0.text.contains(exitMarker(130)) }
                    #expect(!after.text.contains("Fetching"), "^C left the notice on the screen:\n\(after)")
                }
            }
        }

        /// Runs `body` with the URL of a page that a local server holds back until `gate` is
        /// signalled (or the test ends).
        private func withGatedPage(_ body: (String, DispatchSemaphore) async throws -> Void) async throws {
            let gate = DispatchSemaphore(value: 0)
            let server = try LocalHTTPServer(routes: [
                "/gated": LocalHTTPServer.Response(headers: [("Content-Type", "text/html")], body: Array(Self.page.utf8), gate: gate),
            ])
            defer {
                gate.signal()
                server.stop()
            }
            try await body(server.url("/gated"), gate)
        }

        @Test("each failure is one lede: line naming the URL, with exit status 1")
        func failures() throws {
            let server = try Self.server()
            defer { server.stop() }
            try expectFailure(["analyze", server.url("/missing")],
                              "cannot fetch '\(server.url("/missing"))': the server answered HTTP 404 (Not Found)")
            try expectFailure([server.url("/broken")],
                              "cannot fetch '\(server.url("/broken"))': the server answered HTTP 500 (Internal Server Error)")
            try expectFailure(["analyze", "--timeout", "0.5", server.url("/slow")],
                              "cannot fetch '\(server.url("/slow"))': no answer within 0.5 seconds (--timeout)")
            try expectFailure(["analyze", "--max-size", "4k", server.url("/big")],
                              "'\(server.url("/big"))' is larger than 4 KiB; use --max-size to raise the limit")
            try expectFailure(["analyze", "--max-size", "4k", server.url("/unsized")],
                              "'\(server.url("/unsized"))' is larger than 4 KiB; use --max-size to raise the limit")
            try expectFailure(["analyze", server.url("/photo")],
                              "cannot fetch '\(server.url("/photo"))': the page is image/png, neither HTML nor text")
            try expectFailure(["analyze", server.url("/blob")], "'\(server.url("/blob"))' looks like a binary file, not an article")
            try expectFailure(["analyze", server.url("/loop")], "cannot fetch '\(server.url("/loop"))': more than 10 redirects")
            let secure = "https://127.0.0.1:\(server.port)/ferry"
            try expectFailure(["analyze", secure], "cannot fetch '\(secure)': the secure connection (TLS) failed")
        }

        @Test("a redirect to a file: address never reads a file of this machine")
        func redirectToFile() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let secret = "The lighthouse keeper hid the spare key under the third step."
            let file = try directory.write("<html><body><p>\(secret)</p></body></html>", to: "secret.html")
            let server = try LocalHTTPServer(routes: ["/sneaky": .redirect(to: "file://" + file.path)])
            defer { server.stop() }
            let result = try runLede(["analyze", "--format", "json", server.url("/sneaky")])
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("lede: cannot fetch '\(server.url("/sneaky"))': "))
            #expect(!result.stdout.contains("lighthouse") && !result.stderr.contains("lighthouse"))
        }

        @Test("a host that does not resolve, and a port nothing listens on")
        func unreachable() throws {
            try expectFailure(["analyze", "http://lede-test.invalid/page"],
                              "cannot fetch 'http://lede-test.invalid/page': the host name does not resolve")
            let closed = try Self.server()
            closed.stop()
            let address = closed.url("/ferry")
            try expectFailure(["analyze", address], "cannot fetch '\(address)': the connection was refused")
        }

        @Test("--timeout takes a positive number of seconds")
        func timeoutOption() throws {
            for value in ["0", "nan"] {
                let result = try runLede(["analyze", "--timeout", value, "http://lede-test.invalid/page"])
                #expect(result.status == 64)
                #expect(result.stderr == "lede: --timeout must be a positive number of seconds (see 'lede --help')\n")
            }
        }

        @Test("a URL's control characters are escaped in the message")
        func escapedAddress() throws {
            let result = try runLede(["analyze", "http://lede-test.invalid/\u{1B}[31mred"])
            #expect(result.status == 1)
            #expect(!result.stderr.contains("\u{1B}"))
            #expect(result.stderr.hasPrefix("lede: cannot fetch 'http://lede-test.invalid/"))
        }
    }
}

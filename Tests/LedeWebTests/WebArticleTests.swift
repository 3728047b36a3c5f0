import Foundation
import LedeKit
import LedeWeb
import Testing

/// The article found in a page: its paragraphs, and none of the site around it.
@Suite("WebArticle")
struct WebArticleTests {
    private static func paragraphs(_ article: WebArticle) -> [String] {
        article.text.components(separatedBy: "\n\n")
    }

    /// A page holding `paragraphs` in an `article`, one `p` each.
    private static func articlePage(_ paragraphs: [String]) -> [UInt8] {
        Array(("<html><body><article>" + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article></body></html>").utf8)
    }

    @Test("the article's paragraphs, headline first, and nothing else")
    func articleOnly() throws {
        let article = try WebArticle(page: Array(TestPages.article().utf8))
        #expect(Self.paragraphs(article) == ["Council votes to rebuild ferry pier"] + TestPages.paragraphs)
    }

    @Test("headline, byline, date and site from the page's metadata")
    func metadata() throws {
        let article = try WebArticle(page: Array(TestPages.article().utf8))
        #expect(article.metadata == PageMetadata(
            title: "Council votes to rebuild ferry pier", byline: "Ada Brennan", published: "2026-03-10T09:30:00Z",
            site: "Harbour Gazette", encoding: "utf8"))
    }

    @Test("byline and date from the other meta names pages use, the first date that starts with a year")
    func otherMetaNames() throws {
        let page = """
            <html><head><title>Tide tables change</title>
            <meta name="byl" content="By Oren Walsh">
            <meta name="pubdate" content="Tuesday morning">
            <meta name="sailthru.date" content="2026-04-02 07:15:00">
            </head><body><div><p>The harbour office printed new tide tables after the survey moved the low-water mark.</p></div></body></html>
            """
        let metadata = try WebArticle(page: Array(page.utf8)).metadata
        #expect(metadata.byline == "Oren Walsh")
        #expect(metadata.published == "2026-04-02 07:15:00")
    }

    @Test("the site's name comes off a <title> when nothing else names the headline")
    func titleWithoutSite() throws {
        let page = """
            <html><head><title>Snow closes the mountain pass - Valley News</title></head>
            <body><div><p>The pass closed at noon after a night of snow, and the police turned back every lorry.</p></div></body></html>
            """
        let article = try WebArticle(page: Array(page.utf8))
        #expect(article.metadata.title == "Snow closes the mountain pass")
        #expect(Self.paragraphs(article).first == "Snow closes the mountain pass")
    }

    @Test("a charset the page declares is the one it is read in")
    func declaredCharset() throws {
        let text = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
            + "<body><p>"
        let bytes = Array(text.utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] + Array("</p></body></html>".utf8)
        let article = try WebArticle(page: bytes)
        #expect(article.text == "Привет")
    }

    @Test("the HTTP header's charset reads a page that declares none, and yields to one it declares")
    func headerCharset() throws {
        let letters: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        let bare = Array("<html><body><p>".utf8) + letters + Array("</p></body></html>".utf8)
        #expect(try WebArticle(page: bare, charset: "windows-1251").text == "Привет")
        #expect(try WebArticle(page: bare).text == "Ïðèâåò")
        let declared = Array("<html><head><meta charset=\"windows-1251\"></head><body><p>".utf8) + letters
            + Array("</p></body></html>".utf8)
        #expect(try WebArticle(page: declared, charset: "koi8-r").text == "Привет")
    }

    @Test("the page's URL: where it was fetched from, else its canonical link, else og:url")
    func pageURL() throws {
        let canonical = TestPages.article(head: "<link rel=\"Canonical\" href=\"https://gazette.example/pier\">"
            + "<meta property=\"og:url\" content=\"https://gazette.example/og\">")
        #expect(try WebArticle(page: Array(canonical.utf8)).metadata.url == "https://gazette.example/pier")
        #expect(try WebArticle(page: Array(canonical.utf8), url: "http://127.0.0.1/pier").metadata.url
            == "http://127.0.0.1/pier")
        let openGraph = TestPages.article(head: "<link rel=\"stylesheet\" href=\"/site.css\"><meta property=\"og:url\" content=\"https://gazette.example/og\">")
        #expect(try WebArticle(page: Array(openGraph.utf8)).metadata.url == "https://gazette.example/og")
        #expect(try WebArticle(page: Array(TestPages.article().utf8)).metadata.url == nil)
    }

    @Test("without a declaration, UTF-8, and Windows-1252 when the bytes are not UTF-8")
    func undeclaredCharset() throws {
        let utf8 = try WebArticle(page: Array("<html><body><p>Café “noir”</p></body></html>".utf8))
        #expect(utf8.text == "Café “noir”")
        let legacy = Array("<html><body><p>Caf".utf8) + [0xE9, 0x20, 0x93, 0x6E, 0x6F, 0x69, 0x72, 0x94]
            + Array("</p></body></html>".utf8)
        #expect(try WebArticle(page: legacy).text == "Café “noir”")
    }

    @Test("the encoding is the one the page was read in, not its text's")
    func encoding() throws {
        let letters: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        let bare = Array("<html><body><p>".utf8) + letters + Array("</p></body></html>".utf8)
        let declared = Array("<html><head><meta charset=\"Windows-1251\"></head><body><p>".utf8) + letters
            + Array("</p></body></html>".utf8)
        let latin1 = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8) + [0xE9]
            + Array("</p></body></html>".utf8)
        let utf8 = Array("<html><head><meta charset=\"utf-8\"></head><body><p>Café</p></body></html>".utf8)
        let cases: [(page: [UInt8], header: String?, encoding: String)] = [
            (declared, nil, "windows-1251"), (bare, "koi8-r", "koi8-r"), (bare, nil, "latin1"), (latin1, nil, "windows1252"),
            (utf8, nil, "utf8"), ([0xEF, 0xBB, 0xBF] + utf8, nil, "utf8WithBOM"), (utf8, "koi8-r", "utf8"),
        ]
        for (page, header, encoding) in cases {
            #expect(try WebArticle(page: page, charset: header).metadata.encoding == encoding, "\(header ?? "no header"), \(encoding)")
        }
    }

    @Test("a UTF-16 page is read by its byte order mark")
    func utf16() throws {
        let page = "<html><body><p>Grüße aus Köln</p></body></html>"
        let bytes: [UInt8] = [0xFF, 0xFE] + page.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let article = try WebArticle(page: bytes)
        #expect(article.text == "Grüße aus Köln")
        #expect(article.metadata.encoding == "utf16LE")
    }

    @Test("a page held in a form and a wrapper named like an ad keeps its article")
    func unlikelyWrapper() throws {
        let body = TestPages.paragraphs.map { "<div>\($0)</div>" }.joined()
        let page = """
            <html><body><form id="page"><div class="page-ad-margins"><div class="wrap">
            <div class="story-text">\(body)</div>
            <div class="ad-slot"><p>Buy the new phone now, with a discount for the first hundred buyers of the month.</p></div>
            </div></div></form></body></html>
            """
        let article = try WebArticle(page: Array(page.utf8))
        #expect(Self.paragraphs(article) == TestPages.paragraphs)
    }

    @Test("a story split into blocks is read whole")
    func splitStory() throws {
        let p = TestPages.paragraphs
        let page = """
            <html><body><section class="story-body"><div class="box">
            <div class="para">\(p[0])</div>
            <div class="story-text"><div class="para">\(p[1])</div><div class="para">\(p[2])</div><h2>\(p[3])</h2><div class="para">\(p[4])</div>
            <div class="para">Work on the quay itself, its owners said, will follow once the pier is open, in a year or two.</div></div>
            </div></section></body></html>
            """
        let article = try WebArticle(page: Array(page.utf8))
        #expect(Self.paragraphs(article) == p + ["Work on the quay itself, its owners said, will follow once the pier is open, in a year or two."])
    }

    @Test("a story in parts that score alike is read whole")
    func storyInParts() throws {
        let p = TestPages.paragraphs
        let extra = [
            "The ferry company, which runs four boats a day, said it would move its landing to the north quay for the works.",
            "Shops along the harbour, some of them open for a century, hope that the new pier brings more visitors in summer.",
            "The council will publish the final drawings next month, and residents may comment on them until the autumn.",
            "A public meeting, the first of three, will be held in the town hall, and the mayor has promised to attend.",
        ]
        let paragraphs = [p[0], p[1], p[2], p[4]] + extra
        let parts = stride(from: 0, to: paragraphs.count, by: 2).map { index in
            "<section><div><div><p>\(paragraphs[index])</p><p>\(paragraphs[index + 1])</p></div></div></section>"
        }
        let page = "<html><body><article>" + parts.joined() + "</article><div class=\"sidebar\"><p>Weather</p></div></body></html>"
        let article = try WebArticle(page: Array(page.utf8))
        #expect(Self.paragraphs(article) == paragraphs)
    }

    @Test("two blocks of the story named alike are read together, whatever lies between them")
    func twinBlocks() throws {
        let p = TestPages.paragraphs
        let page = """
            <html><body><div class="chunks">
            <div class="grid"><div class="body-chunk"><p>\(p[0])</p><p>\(p[1])</p></div></div>
            <div class="grid"><div class="body-chunk"><p>\(p[2])</p><p>\(p[4])</p></div></div>
            </div><div class="sidebar"><p>Weather: rain, then sun, then more rain for the rest of the week, with wind.</p></div></body></html>
            """
        let article = try WebArticle(page: Array(page.utf8))
        #expect(Self.paragraphs(article) == [p[0], p[1], p[2], p[4]])
    }

    @Test("no-break spaces alone, headings of what was left out, and a site as its own author are left out")
    func leftovers() throws {
        let p = TestPages.paragraphs
        let page = """
            <html><head><meta property="og:site_name" content="Quay News"><meta name="author" content="quay news"></head>
            <body><article><p>\(p[0])</p><p>&nbsp;</p><h3>More stories</h3><ul><li><a href="/a">Library opens</a></li>
            <li><a href="/b">Choir wins</a></li></ul><p>\(p[1])</p><h3>Tags</h3><ul class="tags"><li><a href="/t/pier">pier</a></li></ul>
            </article></body></html>
            """
        let article = try WebArticle(page: Array(page.utf8))
        #expect(Self.paragraphs(article) == [p[0], p[1]])
        #expect(article.metadata.byline == nil)
        #expect(article.metadata.site == "Quay News")
    }

    @Test("opening paragraphs in divs named as the story's, beside the block that holds the rest, are kept")
    func leadBesideTheRest() throws {
        let p = TestPages.paragraphs
        let rest = [
            p[1], p[4],
            "The ferry company, which runs four boats a day, said it would move its landing to the north quay for the works.",
            "Shops along the harbour, some of them open for a century, hope that the new pier brings more visitors in summer.",
            "The council will publish the final drawings next month, and residents may comment on them until the autumn.",
        ]
        let divs = { (texts: [String]) in texts.map { "<div class=\"story-para\">\($0)</div>" }.joined() }
        let page = """
            <html><body><div class="page"><div class="wrap">\(divs([p[0], p[2]]))
            <div class="more-button"><div class="more-link">Read More</div></div>
            <div class="story-rest">\(divs(rest))</div></div></div></body></html>
            """
        #expect(Self.paragraphs(try WebArticle(page: Array(page.utf8))) == [p[0], p[2]] + rest)
    }

    @Test("a caption and credit set inline in a paragraph are left out, and the paragraph kept")
    func inlineCaption() throws {
        let p = TestPages.paragraphs
        let page = """
            <html><body><article><p><span class="image-box"><img src="pier.jpg"><span class="caption-source">\
            <span class="caption">The pier at dawn.</span><span class="photo-credit">Ola Berg/Harbour Press</span></span></span>\
            \(p[0])</p><p>\(p[2])</p></article></body></html>
            """
        #expect(Self.paragraphs(try WebArticle(page: Array(page.utf8))) == [p[0], p[2]])
    }

    @Test("short calls to subscribe or follow that end an article are left out, and only those")
    func promotions() throws {
        let p = TestPages.paragraphs
        let calls = [
            "Follow her on Twitter @harbourwriter for more from the quay.",
            "Get the week's harbour news in your inbox: sign up for our newsletter.",
            "Liked this report? Share it with a neighbour!",
            "Click here to order the printed tide almanac.",
        ]
        let article = [p[0], "Sign up for the rowing club, the mayor told the crowd, and the crowd laughed.", p[2]]
        #expect(Self.paragraphs(try WebArticle(page: Self.articlePage(article + calls))) == article)
        // A share bar's label is furniture wherever it stands.
        #expect(Self.paragraphs(try WebArticle(page: Self.articlePage(["Sharing is caring!"] + article))) == article)
        // A blog's like bar and the heading of its links to other posts.
        let bar = ["Like this:", "Like Loading...", "You may also like:"]
        #expect(Self.paragraphs(try WebArticle(page: Self.articlePage(article + bar))) == article)
    }

    @Test("a press release's closing paragraphs about the company are left out")
    func pressRelease() throws {
        let p = TestPages.paragraphs
        let closings = [
            [
                "Harbour Cranes Ltd is a leading maker of dock cranes, with yards in four countries.",
                "Harbour Cranes Ltd employs about 900 people.",
            ],
            ["About Harbour Cranes", "The company was founded in 1952 and builds cranes for ports of every size."],
        ]
        for closing in closings {
            #expect(Self.paragraphs(try WebArticle(page: Self.articlePage([p[0], p[1], p[2]] + closing))) == [p[0], p[1], p[2]])
        }
        // A sentence of the article that says the same of a company, early on, stays.
        let early = ["The crane maker is a leading employer in the town, the council said.", p[0], p[1], p[2], p[4]]
        #expect(Self.paragraphs(try WebArticle(page: Self.articlePage(early))) == early)
    }

    @Test("a page of short paragraphs gives them all, but not its links")
    func nothingScores() throws {
        let page = """
            <html><body><div class="top"><a href="/">Home</a> <a href="/news">News</a></div>
            <div><p>Pier to be rebuilt.</p><p>Work starts in spring.</p></div></body></html>
            """
        let article = try WebArticle(page: Array(page.utf8))
        #expect(Self.paragraphs(article) == ["Pier to be rebuilt.", "Work starts in spring."])
    }
}

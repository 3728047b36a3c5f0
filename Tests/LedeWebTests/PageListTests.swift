import LedeWeb
import Testing

/// Lists and block quotes in an article keep their form in its text: bullets, numbers, quotes.
@Suite("Page lists and block quotes")
struct PageListTests {
    private static let opening = "The ferry company published its winter timetable on Monday, with fewer crossings after dark."
    private static let closing = "The company said the summer timetable would return in April, as it does every year."

    private static func paragraphs(_ body: String) throws -> [String] {
        let page = "<html><body><article><p>\(opening)</p>\(body)<p>\(closing)</p></article></body></html>"
        let text = try WebArticle(page: Array(page.utf8)).text
        return text.components(separatedBy: "\n\n")
    }

    @Test("a bulleted list's items keep a bullet each")
    func bullets() throws {
        let body = "<ul><li>The first boat leaves at six.</li><li>The last boat leaves at nine.</li></ul>"
        #expect(try Self.paragraphs(body) == [
            Self.opening, "• The first boat leaves at six.", "• The last boat leaves at nine.", Self.closing,
        ])
    }

    @Test("a numbered list's items keep their numbers, from the list's start")
    func numbers() throws {
        let body = "<ol><li>Buy a ticket.</li><li>Board the boat.</li></ol><ol start=\"7\"><li>Leave the boat.</li></ol>"
        #expect(try Self.paragraphs(body) == [
            Self.opening, "1. Buy a ticket.", "2. Board the boat.", "7. Leave the boat.", Self.closing,
        ])
    }

    @Test("an item holding paragraphs takes the marker on its first")
    func itemWithParagraphs() throws {
        let body = "<ol><li><p>Check the weather.</p><p>Storms stop the crossings.</p></li><li><p>Arrive early.</p></li></ol>"
        #expect(try Self.paragraphs(body) == [
            Self.opening, "1. Check the weather.", "Storms stop the crossings.", "2. Arrive early.", Self.closing,
        ])
    }

    @Test("an embedded post stays, in a wrapper named like a share bar, as a quoted paragraph")
    func embeddedPost() throws {
        let body = """
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">The night ferry is gone for good, and nobody \
            asked the islanders <a href="https://t.example/x">pic.example/abc</a></p>&mdash; Island Voice (@islandvoice) \
            <a href="https://t.example/status/1">March 3, 2026</a></blockquote></div>
            """
        let paragraphs = try Self.paragraphs(body)
        #expect(paragraphs.count == 4)
        #expect(paragraphs[1].hasPrefix("\u{201C}The night ferry is gone for good, and nobody asked the islanders"))
        #expect(paragraphs[1].hasSuffix("\u{201D}"))
        #expect(paragraphs[2] == "\u{2014} Island Voice (@islandvoice) March 3, 2026")
    }

    @Test("a credit after a block quote stays, though it is all a link: [Source], — Source")
    func creditAfterABlockQuote() throws {
        let body = """
            <blockquote><p>The new boats are quiet, quick and always late.</p></blockquote>\
            <p><strong>[</strong><a href="https://review.example/boats"><strong>Harbour Weekly</strong></a><strong>]</strong></p>\
            <blockquote><p>A fine crossing, if you can find the pier.</p></blockquote>\
            <p>&mdash; <a href="https://review.example/pier">Island Review</a></p>\
            <p><a href="https://example.com/more">More reviews</a></p>
            """
        #expect(try Self.paragraphs(body) == [
            Self.opening, "\u{201C}The new boats are quiet, quick and always late.\u{201D}", "[Harbour Weekly]",
            "\u{201C}A fine crossing, if you can find the pier.\u{201D}", "\u{2014} Island Review", Self.closing,
        ])
    }
}

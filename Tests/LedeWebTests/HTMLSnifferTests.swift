import LedeWeb
import Testing

/// HTML is told from text by its first bytes.
@Suite("HTMLSniffer")
struct HTMLSnifferTests {
    @Test("pages are HTML", arguments: [
        "<!DOCTYPE html><html><body>x</body></html>",
        "\u{FEFF}  \n<!doctype HTML>\n<title>t</title>",
        "<html lang=\"en\">",
        "<!-- saved from the web --><html><body>x</body></html>",
        "<meta charset=\"utf-8\"><title>x</title><body><p>x",
        "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">",
    ])
    func pages(_ page: String) {
        #expect(HTMLSniffer.isHTML(Array(page.utf8)))
    }

    @Test("text is not, even with markup in it", arguments: [
        "The council met on Tuesday. <b>Bold</b> claims were made.",
        "<b>Breaking</b>: the council met on Tuesday.",
        "<title> is what the HTML element is called, a reporter wrote.",
        "",
        "   \n",
    ])
    func text(_ text: String) {
        #expect(!HTMLSniffer.isHTML(Array(text.utf8)))
    }

    @Test("a UTF-16 page is HTML")
    func utf16() {
        let bytes: [UInt8] = [0xFF, 0xFE] + "<!DOCTYPE html><html>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(HTMLSniffer.isHTML(bytes))
    }
}

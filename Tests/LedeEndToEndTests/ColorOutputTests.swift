import Foundation
import LedeTestSupport
import Testing

extension EndToEnd {
    /// `lede FILE --color=…` printed for a pipe: the repaired text with the theme's colours as
    /// SGR escapes, only when asked; the article's own escapes shown, never obeyed.
    @Suite("Coloured printed text", .timeLimit(.minutes(1)))
    struct ColorOutputTests {
        /// Every SGR escape of `text` removed.
        static func withoutSGR(_ text: String) -> String {
            text.replacing(/\x1B\[[0-9;]*m/, with: "")
        }

        @Test("--color=always colours the article; the text under the escapes is the plain text")
        func alwaysColours() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(OwnArticle.text, to: "article.txt")
            let coloured = try runLede([article.path, "--color=always"])
            #expect(coloured.status == 0, "stderr: \(coloured.stderr)")
            #expect(Self.withoutSGR(coloured.stdout) == OwnArticle.text)
            // The title bold and underlined (the default theme), the quotation in the quote style.
            #expect(coloured.stdout.hasPrefix("\u{1B}[1;4m\(OwnArticle.title)\u{1B}[0m\n"), "\(coloured.stdout.debugDescription)")
            #expect(coloured.stdout.contains("\u{1B}[3m\"\(OwnArticle.quote)\"\u{1B}[0m"), "\(coloured.stdout.debugDescription)")
            // always wins over NO_COLOR, as the flag asks explicitly.
            let noColor = try runLede([article.path, "--color=always"], setting: ["NO_COLOR": "1"])
            #expect(noColor.stdout == coloured.stdout)
            // 24-bit colour where COLORTERM promises it (the dark theme's colours are #rrggbb).
            let direct = try runLede([article.path, "--color=always", "--theme", "dark"], setting: ["COLORTERM": "truecolor"])
            #expect(direct.stdout.contains("38;2;"), "\(direct.stdout.debugDescription)")
            #expect(Self.withoutSGR(direct.stdout) == OwnArticle.text)
        }

        @Test("--color=never and auto on a pipe print the text as it is")
        func neverAndAutoArePlain() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(OwnArticle.text, to: "article.txt")
            for options in [["--color=never"], ["--color=auto"], ["--color", "auto"], []] {
                let result = try runLede([article.path] + options, setting: ["NO_COLOR": ""])
                #expect(result.status == 0 && result.stdout == OwnArticle.text, "\(options): \(result.stdout.debugDescription)")
            }
            let bad = try runLede([article.path, "--color=sometimes"])
            #expect(bad.status == 64 && bad.stderr.contains("sometimes"), "\(bad.stderr)")
        }

        @Test("An article's own escapes are shown as symbols in coloured output")
        func articleEscapesAreShown() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let hostile = "Ferry Plan\n\nThe crew \u{1B}]0;owned\u{07} sailed \u{1B}[31mearly on \u{202E}Monday.\n"
            let article = try directory.write(hostile, to: "hostile.txt")
            let result = try runLede([article.path, "--color=always"])
            let text = Self.withoutSGR(result.stdout)
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(text.debugDescription)")
            #expect(text.contains("␛]0;owned␇ sailed ␛[31mearly on ⇄Monday."), "\(text.debugDescription)")
        }
    }
}

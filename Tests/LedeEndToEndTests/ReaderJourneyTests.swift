import Foundation
import Testing

extension EndToEnd {
    /// One session as a reader has it, on a long article of our own: an incremental regex search
    /// and a typographic one, quotes walked from the middle, the pane focused and filtered, a
    /// copy, an actor's mentions, a mark and the way back, and quitting — the screen checked at
    /// each step.
    @Suite("A reader's session", .timeLimit(.minutes(2)))
    struct ReaderJourneyTests {
        /// A long article: forty paragraphs of council news, with quotes from three people and
        /// mentions of Russia and the United States, the dashes and quotation marks curly.
        static let article: String = {
            let speakers = ["Ana Ruiz, the mayor", "Tom Okafor, a council engineer", "Lena Ortiz, an economist"]
            var paragraphs = ["Harbour Council Weighs a Costly Bridge Plan"]
            for n in 1...40 {
                let speaker = speakers[n % 3]
                let name = String(speaker.prefix { $0 != "," })
                switch n % 4 {
                case 0:
                    paragraphs.append("“Section \(n) of the plan is ready for a vote,” said \(speaker). The council met again on Tuesday.")
                case 1:
                    paragraphs.append("Delegates from Moscow and Washington watched the debate – some of them for the \(n)th time – and said little.")
                case 2:
                    paragraphs.append("\(name) called item \(n) “a careful compromise” and asked for more time to study the costs.")
                default:
                    paragraphs.append("Paragraph \(n) of the report describes the harbour’s old piers, the tides and the ferry timetable in detail.")
                }
            }
            return paragraphs.joined(separator: "\n\n") + "\n"
        }()

        @Test("search, quotes, the pane, a copy, an actor, a mark, and quit")
        func session() async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(Self.article, to: "harbour.txt")
            try await withTmuxSession(try ledeCommand([file.path]), width: 120, height: 35) { session in
                try session.run(["set-option", "-s", "set-clipboard", "on"])
                let opened = try await waitForReader(session)
                #expect(opened.text.contains("Harbour Council Weighs a Costly Bridge Plan"))

                // An incremental regex search: the view moves while typing, Enter keeps it.
                try session.send("/")
                try session.type("\\vSection 3[0-9]")
                let typing = try await session.waitFor("the view to reach the match while typing") {
                    $0.statusLine.hasPrefix("/\\vSection 3[0-9]") && $0.text.contains("Section 32 of the plan")
                }
                #expect(typing.statusLine.hasSuffix("1/2"), "two sections in the thirties: \(typing.statusLine)")
                try session.send("Enter")
                try await session.waitForStatus(containing: "/\\vSection 3[0-9] 1/")

                // A typographic query: a hyphen finds the en dashes.
                try session.send("/")
                try session.type("- some of them")
                try session.send("Enter")
                try await session.waitForStatus(containing: "/- some of them")

                // Quotes from the middle: the next one is below the reading position, not the first.
                try session.send("50%")
                try await session.waitFor("the middle") { ($0.position?.first ?? 0) > 20 }
                try session.send("]")
                let quote = try await session.waitForStatus(containing: "quote ")
                #expect(!quote.statusLine.contains("quote 1/"), "] went back to the first quote:\n\(quote)")

                // The pane: focused, a selection moved, filtered to one speaker.
                try session.send("Tab")
                try await session.waitFor("the pane's focus") { $0.text.contains("j k Enter Esc") }
                try session.send("j")
                try session.send("Escape")
                try session.send("l")
                try session.type("okafor")
                try session.send("Enter")
                // Waits for the whole filtered pane: a capture can land while ncurses is still
                // drawing it, with the new title above the old entries.
                try await session.waitFor("the pane to list only Okafor's quotes") {
                    $0.text.contains("Quotes of okafor") && $0.quotesLines.joined().contains("Tom Okafor")
                        && !$0.quotesLines.joined().contains("Ana Ruiz")
                }

                // A copy of the current quote.
                try session.send("]")
                try await session.waitForStatus(containing: "Tom Okafor")
                try session.send("c")
                try await session.waitForStatus(containing: "Copied the quote")
                #expect(try session.run(["show-buffer"]).contains("— Tom Okafor"))

                // An actor's mentions: choose Russia (the first actor this article mentions), walk
                // to a mention.
                try session.send("@")
                try await session.waitForStatus(containing: "Actor Russia")
                try session.send("}")
                try await session.waitForStatus(containing: "Russia: mention")

                // A mark, a jump away and back.
                try session.send("m")
                try session.send("a")
                let marked = try await session.waitForStatus(containing: "Marked a")
                try session.send("g")
                try await session.waitFor("the top") { $0.position?.first == 1 }
                try session.send("'")
                try session.send("a")
                try await session.waitFor("the mark") { $0.position?.first == marked.position?.first }

                try session.send("q")
                try await session.waitFor("lede to quit") { $0.text.contains(exitMarker(0)) }
            }
        }
    }
}

import Foundation
import Testing

extension EndToEnd {
    /// The reader resized through every layout in a real terminal: the quotes pane beside the
    /// article, under it, left out, a terminal too small to read in, and back; and text whose
    /// width is hard to measure never moves the pane border.
    @Suite("Layouts", .timeLimit(.minutes(1)))
    struct LayoutSessionTests {
        /// Columns `text` takes by `wcwidth` (the table ncurses moves the cursor by), for the
        /// characters these tests show: combining marks (keycap's too), joiners and variation
        /// selectors none,
        /// regional indicators one each, other emoji two.
        static func columns(_ text: some StringProtocol) -> Int {
            text.unicodeScalars.reduce(0) { total, scalar in
                switch scalar.value {
                case 0x300...0x36F, 0x200D, 0x20D0...0x20FF, 0xFE00...0xFE0F: total
                case 0x1F1E6...0x1F1FF: total + 1
                case 0x1F300...: total + 2
                default: total + 1
                }
            }
        }

        /// The display column of the pane border on each body row that has one.
        static func borderColumns(_ screen: Screen) -> [Int] {
            screen.bodyLines.compactMap { line in line.firstIndex(of: Screen.divider).map { columns(line[..<$0]) } }
        }

        @Test("160×45 → 120×35 → 80×24 → 60×20 → 40×12 → 15×6 → 120×35")
        func resizeThroughTheLayouts() async throws {
            try await withTmuxSession(try ledeCommand(), width: 160, height: 45) { session in
                let widest = try await waitForReader(session)
                #expect(Set(Self.borderColumns(widest)).count == 1 && Self.borderColumns(widest).count == 44, "\(widest)")
                // The reading width: 100 columns of text, centred in the 111-column article pane.
                #expect(widest.articleLines.first?.hasPrefix("     Refugee Crisis") == true, "\(widest)")

                try session.resize(width: 120, height: 35)
                let wide = try await session.waitFor("the panes side by side at 120×35") { screen in
                    screen.lines.count == 35 && Self.borderColumns(screen).count == 34 && Set(Self.borderColumns(screen)) == [83]
                }
                #expect(wide.articleLines.first?.hasPrefix(" Refugee Crisis") == true, "\(wide)")

                // Three fifths of the rows above the status line for the article, a rule, the rest
                // for the quotes.
                for (width, height, articleRows) in [(80, 24, 13), (60, 20, 11)] {
                    try session.resize(width: width, height: height)
                    let split = try await session.waitFor("the quotes pane under the article at \(width)×\(height)") { screen in
                        screen.lines.count == height && screen.splitRow == articleRows && screen.position != nil
                    }
                    // The resize says where the pane went where the line has room, after the file
                    // name and the position, which it never pushes out.
                    #expect(split.statusLine.contains(" syria-assad.txt  │  lines "), "\(split)")
                    #expect(split.statusLine.contains("quotes pane below") == (width == 80), "\(split)")
                    #expect(split.quotesLines.first?.hasPrefix(" Quotes (5)") == true, "\(split)")
                    #expect(Self.borderColumns(split).isEmpty, "\(split)")
                    #expect(split.lines.allSatisfy { Self.columns($0) <= width }, "\(split)")
                }

                try session.resize(width: 40, height: 12)
                let narrow = try await session.waitFor("the article alone at 40×12") { screen in
                    screen.lines.count == 12 && screen.splitRow == nil && Self.borderColumns(screen).isEmpty
                        && screen.position != nil
                }
                #expect(narrow.statusLine.contains("│  5 quotes"), "\(narrow)")
                #expect(narrow.articleLines.first?.contains("Refugee Crisis") == true, "\(narrow)")
                // No room for the pane: P says so and keeps it for a larger terminal.
                try session.send("P")
                try await session.waitForStatus(containing: "Too narrow")

                try session.resize(width: 15, height: 6)
                try await session.waitFor("the too-small notice") { $0.text.contains("Too small") }

                try session.resize(width: 120, height: 35)
                let again = try await session.waitFor("the panes side by side again") { screen in
                    screen.lines.count == 35 && Set(Self.borderColumns(screen)) == [83]
                }
                #expect(!again.text.contains("Too small"))
                #expect(again.quotesLines.first?.contains("Quotes (5)") == true, "\(again)")
            }
        }

        /// Wide, joined and combining characters and tabs, in our own words.
        static let hardArticle = """
            Joined Characters Test

            A family 👨‍👩‍👧 walked past a flag 🇫🇷 and a heart ❤️ near the cafe\u{301}, then a\tb\tc.

            Another family 👩‍👩‍👦‍👦 came along the same quiet road, waving 👋🏿 and pressing 1️⃣.

            “We counted every column,” said Ada Lane.

            """

        @Test("a ZWJ family, a flag, VS16, a skin tone and a keycap leave the border in place, scrolled or not")
        func joinedEmojiKeepTheBorder() async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(Self.hardArticle, to: "joined.txt")
            try await withTmuxSession(try ledeCommand([file.path]), width: 100, height: 8) { session in
                let first = try await waitForReader(session)
                let columns = Self.borderColumns(first)
                #expect(columns.count == 7 && Set(columns) == [69], "\(first)\n\(columns)")
                #expect(first.text.contains("👨👩👧") && first.text.contains("👋🏿") && first.text.contains("1⃣"), "\(first)")
                #expect(!first.text.unicodeScalars.contains { $0.value == 0x200D || $0.value == 0xFE0F })
                // Scrolled by a line and back: nothing of the old rows is left behind.
                try session.send("j")
                let scrolled = try await session.waitFor("the article scrolled") { $0.position?.first == 2 }
                #expect(Set(Self.borderColumns(scrolled)) == Set(columns), "\(scrolled)")
                try session.send("k")
                let back = try await session.waitFor("the article back at the top") { $0.position?.first == 1 }
                #expect(back.lines == first.lines, "\(back)")
            }
        }

        @Test("--width sets the reading width, centred in the article pane")
        func readingWidth() async throws {
            try await withTmuxSession(try ledeCommand(["--width", "40"]), width: 120, height: 35) { session in
                let screen = try await waitForReader(session)
                // The article pane is 83 columns: 81 inside its margins, 40 of them text, from column 21.
                let text = screen.articleLines.filter { !$0.allSatisfy(\.isWhitespace) }
                #expect(!text.isEmpty)
                for line in text {
                    #expect(line.prefix(21).allSatisfy { $0 == " " } && line.trimmingCharacters(in: .whitespaces).count <= 40, "\(line)")
                }
            }
        }

        @Test("--width under 20 is refused")
        func tooNarrowAReadingWidth() throws {
            let result = try runLede(["--width", "5", "--sample"])
            #expect(result.status == 64)
            #expect(result.stderr.contains("--width is 0 (the pane's width) or at least 20 columns"), "\(result.stderr)")
        }
    }
}

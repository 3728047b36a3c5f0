import Testing

extension EndToEnd {
    /// `lede` with no file, on a terminal: the built-in sample opens, repaired and coloured.
    @Suite("Opening the sample", .timeLimit(.minutes(1)))
    struct OpeningScreenTests {
        @Test("shows the repaired title and article, with no mojibake")
        func showsRepairedArticle() async throws {
            try await withTmuxSession(try ledeCommand()) { session in
                let screen = try await waitForReader(session)
                #expect(screen.lines.count == 35)
                #expect(screen.articleLines.first?.contains("Refugee Crisis") == true, "title on the first row:\n\(screen)")
                #expect(!screen.text.contains("â"), "a damaged character is on screen:\n\(screen)")
                // The repairs are there: curly apostrophes and quotation marks.
                #expect(screen.text.contains("Assad’s"))
                #expect(screen.text.contains("“counterproductive”"))
                #expect(screen.statusLine.contains("syria-assad.txt"))
                #expect(screen.statusLine.contains("5 quotes"))
            }
        }

        @Test("lists the quotes and their speakers in the quotes pane")
        func listsQuotes() async throws {
            try await withTmuxSession(try ledeCommand()) { session in
                let screen = try await waitForReader(session)
                let pane = screen.quotesLines.joined(separator: "\n")
                #expect(screen.quotesLines.first?.contains("Quotes (5)") == true, "quotes pane title:\n\(screen)")
                for speaker in ["Sergei Lavrov", "A Syrian military official", "Andrew Tabler"] {
                    #expect(pane.contains(speaker), "\(speaker) missing from the quotes pane:\n\(screen)")
                }
                #expect(!screen.articleLines.joined().contains("Quotes (5)"))
            }
        }

        @Test("colours the actors' words, and only them")
        func coloursActors() async throws {
            try await withTmuxSession(try ledeCommand()) { session in
                let screen = try await waitForReader(session, styled: true)
                let moscow = try #require(screen.articleAttributes(of: "Moscow"), "Moscow not in the article pane:\n\(screen)")
                let kerry = try #require(screen.articleAttributes(of: "Kerry"), "Kerry not in the article pane:\n\(screen)")
                let us = try #require(screen.articleAttributes(of: "US secretary"), "US not in the article pane:\n\(screen)")
                #expect(moscow.foreground != .default, "Moscow is drawn plain: \(moscow)")
                #expect(kerry.foreground != .default, "Kerry is drawn plain: \(kerry)")
                #expect(us.foreground != .default, "US is drawn plain: \(us)")
                // Different actors, different colours; the same actor, the same colour.
                #expect(moscow.foreground != kerry.foreground)
                #expect(kerry.foreground == us.foreground)
                // Every character of the mention is coloured, not just the first.
                let word = try #require(screen.articleCharacters(of: "Moscow").first)
                #expect(word.allSatisfy { $0.attributes.foreground == moscow.foreground })
                // Ordinary words stay in the terminal's colours.
                let plain = try #require(screen.articleAttributes(of: "experts"))
                #expect(plain.foreground == .default && plain.background == .default, "'experts' is coloured: \(plain)")
            }
        }
    }
}

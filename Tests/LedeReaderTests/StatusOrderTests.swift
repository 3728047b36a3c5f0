import LedeKit
@testable import LedeReader
import LedeTestSupport
import Testing

/// The status line narrowing in its stated order: the file name (shortened in the middle,
/// then dropped), the position, the speaker, the quote; the search counter stays longest.
@Suite struct StatusOrderTests {
    static let analysis = Analyzer().analyze(bytes: SampleArticle.bytes)
    static let longName = "a-rather-long-report-about-the-talks-2026-03.txt"

    /// The status line at `width`, after a search and a step to a quote.
    func status(width: Int) -> String {
        var reader = Reader(analysis: Self.analysis, fileName: Self.longName, width: width, height: 24)
        for key in "/assad".map({ Key.character($0) }) + [.enter, .character("]")] { reader.handle(.key(key)) }
        reader.handle(.key(.character("]")))
        return reader.render().text.components(separatedBy: "\n").last ?? ""
    }

    @Test func partsGiveWayInTheStatedOrder() {
        var sawShortName = false, sawNoName = false, sawNoPosition = false, sawNoSpeaker = false
        for width in stride(from: 160, through: 12, by: -1) {
            let line = status(width: width)
            let hasName = line.contains(Self.longName)
            let hasShortName = line.contains("…") && line.contains("a-rather") && line.contains(".txt")
            let hasPosition = line.contains("lines ")
            let hasQuote = line.contains("quote ")
            let hasSpeaker = line.contains("quote ") && line.contains(":")
            let hasCounter = line.range(of: #"\d/\d"#, options: .regularExpression) != nil
            if hasShortName { sawShortName = true }
            if !hasName, !hasShortName { sawNoName = true }
            if !hasPosition { sawNoPosition = true }
            if !hasSpeaker { sawNoSpeaker = true }
            // Nothing outlives a part that outranks it.
            if hasName || hasShortName { #expect(hasPosition && hasSpeaker, "\(width): \(line)") }
            if hasPosition { #expect(hasQuote, "\(width): \(line)") }
            if hasQuote { #expect(hasCounter, "\(width): \(line)") }
            #expect(hasCounter || width < 20, "the search counter stays at \(width): \(line)")
        }
        #expect(sawShortName && sawNoName && sawNoPosition && sawNoSpeaker)
    }

    @Test(arguments: [
        ("short.txt", 16, "short.txt"),
        ("a-rather-long-report.txt", 16, "a-rather…ort.txt"),
        ("abcdefghij", 5, "ab…ij"),
        ("漢字漢字漢字漢字.txt", 10, "漢字….txt"),
    ])
    func fileNamesAreShortenedInTheMiddle(name: String, width: Int, expected: String) {
        let shortened = StatusLine.shortenedInTheMiddle(name, to: width)
        #expect(DisplayWidth.total(shortened) <= width)
        #expect(shortened == expected)
    }

    @Test func theEndOfTheArticleSaysSoAsLessDoes() {
        var reader = Reader(analysis: Self.analysis, fileName: "sample.txt", width: 120, height: 24)
        reader.handle(.key(.character("G")))
        let status = reader.render().text.components(separatedBy: "\n").last ?? ""
        #expect(status.range(of: #"lines \d+–(\d+) of \1 \(END\)"#, options: .regularExpression) != nil, "\(status)")
        reader.handle(.key(.character("k")))
        let above = reader.render().text.components(separatedBy: "\n").last ?? ""
        #expect(!above.contains("END"), "\(above)")
        // Narrowed to its percentage, the position still says it.
        let narrow = (20...60).map { width -> String in
            var reader = Reader(analysis: Self.analysis, fileName: "sample.txt", width: width, height: 24)
            reader.handle(.key(.character("G")))
            return reader.render().text.components(separatedBy: "\n").last ?? ""
        }
        #expect(narrow.contains { $0.contains("END") && !$0.contains("lines") })
        #expect(!narrow.contains { $0.contains("100%") })
    }

    @Test func oneQuoteIsOneQuote() {
        let text = "A short note\n\n“We will wait,” said Maria Keller. Nothing else was said."
        let reader = Reader(analysis: Analyzer().analyze(bytes: Array(text.utf8)), fileName: "note.txt", width: 120, height: 20)
        let status = reader.render().text.components(separatedBy: "\n").last ?? ""
        #expect(status.contains("1 quote "), "\(status)")
        #expect(!status.contains("1 quotes"), "\(status)")
        #expect(status.contains("all 3 lines"), "\(status)")
    }

    /// Narrower than the position and the quote count need, the position is shortened to its
    /// percentage before it is dropped, as `less` shows it.
    @Test func thePositionIsShortenedToAPercentageBeforeItGoes() {
        var reader = Reader(analysis: Self.analysis, fileName: "sample.txt", width: 30, height: 8)
        let total = reader.layout.lines.count
        let line = reader.render().text.components(separatedBy: "\n").last ?? ""
        #expect(line.hasPrefix(" \(7 * 100 / total)%  │  5 quotes"), "\(line)")
        reader.handle(.resize(width: 60, height: 8))
        let wide = reader.render().text.components(separatedBy: "\n").last ?? ""
        #expect(wide.contains("lines 1–7 of "), "\(wide)")
    }
}

import LedeKit
import Testing

/// A chunked article names its speakers as the article analysed whole does: a later chunk
/// knows the names the chunks before it wrote (``Analysis/names``).
@Suite struct ChunkedNamesTests {
    /// Two chunks written for this test: the first introduces people in full, the second
    /// quotes them by surname or by the description beside their name only.
    static let chunks = [
        """
        Marta Kowalczyk, the mayor of Brindle, opened the new library on Tuesday.

        The town's harbour master, Tomas Reyes, inspected the pier the same morning.

        Ines Moreau, a spokeswoman for the ferry line, said sailings would resume.
        """,
        """
        “Every child here will have a card,” Kowalczyk said.

        “The pier will hold through the winter,” Reyes told reporters.

        “The first boat leaves at six,” the spokeswoman said.
        """,
    ]

    /// The chunks analysed one after the other, each knowing what the ones before built.
    static func joined(carrying: Bool = true) -> Analysis {
        let analyzer = Analyzer()
        var joined = analyzer.analyze(bytes: Array(chunks[0].utf8))
        let next = analyzer.analyze(
            bytes: Array(chunks[1].utf8), people: joined.people.actorByName, names: carrying ? joined.names : KnownNames())
        joined.append(next)
        return joined
    }

    @Test func aSurnameInALaterChunkHasTheFullNameAnEarlierOneWrote() {
        let speakers = Self.joined().quotes.map { $0.attribution?.speakerName }
        #expect(speakers == ["Marta Kowalczyk", "Tomas Reyes", "Ines Moreau"])
    }

    @Test func theChunkedSpeakersAreTheWholeArticles() {
        let whole = Analyzer().analyze(bytes: Array(Self.chunks.joined(separator: "\n\n").utf8))
        let joined = Self.joined()
        #expect(joined.article.text == whole.article.text)
        #expect(joined.quotes.map { $0.attribution?.speakerName } == whole.quotes.map { $0.attribution?.speakerName })
        #expect(joined.quotes.map(\.range) == whole.quotes.map(\.range))
    }

    /// Without the names carried, the later chunk knows only the surnames.
    @Test func withoutTheNamesALaterChunkKnowsOnlyTheSurname() {
        let speakers = Self.joined(carrying: false).quotes.map { $0.attribution?.speakerName }
        #expect(speakers == ["Kowalczyk", "Reyes", "the spokeswoman"])
    }
}

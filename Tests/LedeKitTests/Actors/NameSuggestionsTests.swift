import LedeKit
import Testing

/// Suggesting names the lexicon lacks.
@Suite struct NameSuggestionsTests {
    @Test func frequentNamesOutsideTheLexiconAreSuggested() {
        let text = """
            Headline about the region

            Hassan Nasrallah spoke in Beirut on Monday. Moscow said nothing.

            Nasrallah’s speech was long. In Beirut, crowds gathered while Nasrallah spoke again.

            Putin stayed silent, as did Lavrov.
            """
        let analysis = Analyzer().analyze(bytes: Array(text.utf8))
        let suggestions = NameSuggestions.suggestions(in: [analysis], minimumCount: 2)
        #expect(suggestions.map(\.name) == ["Hassan Nasrallah", "Beirut"])
        #expect(suggestions.map(\.count) == [3, 2])
        #expect(!suggestions.contains { ["Moscow", "Putin", "Lavrov", "In", "Monday"].contains($0.name) })
    }

    @Test func aSurnameCountsForItsMostFrequentFullNameAndMentionedNamesAreLeftOut() {
        let text = """
            Anna Weller opened the session. Weller spoke for an hour, and Weller’s aides took notes.

            Tom Weller, her cousin, said little. Anna Weller closed it.

            Mark Oduya and Ruth Oduya came late. Oduya left first.

            Ana Cross waved at Ross. Ross waved back at Ana Cross and Ana.

            Karim Rouhani met Rouhani twice, and Karim Rouhani said so.
            """
        let analysis = Analyzer().analyze(bytes: Array(text.utf8))
        let suggestions = NameSuggestions.suggestions(in: [analysis], minimumCount: 1)
        // `Weller` twice (once possessive) goes to `Anna Weller`, seen more often than `Tom
        // Weller`; `Oduya` to `Mark Oduya`, seen as often as `Ruth Oduya` but first; `Ross` is
        // not the last word of `Ana Cross`, and `Ana` is not its last word. `Karim Rouhani`
        // overlaps the mention `Rouhani`, so neither it nor `Karim` is suggested.
        #expect(suggestions.map(\.name) == ["Anna Weller", "Ana Cross", "Mark Oduya", "Ross", "Ana", "Ruth Oduya", "Tom Weller"])
        #expect(suggestions.map(\.count) == [4, 2, 2, 2, 1, 1, 1])
    }

    @Test func eachArticleHidesOnlyItsOwnMentions() {
        // The second article's names sit at the offsets of the first one's mentions.
        let first = Analyzer().analyze(bytes: Array("Rouhani spoke twice, and Rouhani left.".utf8))
        let second = Analyzer().analyze(bytes: Array("Okafor spoke twice, and Okafor left.".utf8))
        let suggestions = NameSuggestions.suggestions(in: [first, second], minimumCount: 1)
        #expect(suggestions.map(\.name) == ["Okafor"])
        #expect(suggestions.map(\.count) == [2])
    }

    @Test func wordsThatOnlyOpenSentencesAreNoNames() {
        let text = """
            Crowds wait in Dayton

            You could feel it. You could hear it, and you knew. Okay, the speaker said, thank you.

            Thank you all. Well, that’s done. We’re here. We’re staying. I’m sure.

            That’s all. That’s it. To Dayton we came, and to Dayton we go back. Your town.

            Your turn. Okay. Rosa Delgado spoke. Delgado waved.
            """
        let analysis = Analyzer().analyze(bytes: Array(text.utf8))
        let names = NameSuggestions.suggestions(in: [analysis], minimumCount: 2).map(\.name)
        // `To Dayton` opens a sentence with a preposition, so it counts as `Dayton`; the other
        // capitalised words start sentences and are pronouns, contractions, interjections, or
        // words the text also writes in lower case.
        #expect(names == ["Dayton", "Rosa Delgado"])
    }

    @Test func aNameThatAlsoOpensSentencesStays() {
        let text = """
            Harbour news

            Brook spoke first. Brook spoke again, and a brook ran past. Officials thanked Brook.

            Ellen Hart arrived. Hart stayed.
            """
        let analysis = Analyzer().analyze(bytes: Array(text.utf8))
        let names = NameSuggestions.suggestions(in: [analysis], minimumCount: 2).map(\.name)
        // `brook` in lower case, but `Brook` is also written capitalised inside a sentence.
        #expect(names == ["Brook", "Ellen Hart"])
    }

    @Test func aWordCountsOnlyForAPersonsNameThatItEnds() {
        let text = """
            Primary night

            Every Republican in Ohio voted. A Republican won. Delaware Republican leaders cheered.

            Maria Lund spoke. Lund thanked Republican donors.

            The Maria Lund Supporters Club met. The Club voted, and the Club dined.
            """
        let analysis = Analyzer().analyze(bytes: Array(text.utf8))
        let suggestions = NameSuggestions.suggestions(in: [analysis], minimumCount: 1)
        let counts = Dictionary(uniqueKeysWithValues: suggestions.map { ($0.name, $0.count) })
        #expect(counts["Maria Lund"] == 2)
        #expect(counts["Republican"] == 3)
        #expect(counts["Club"] == 2)
        #expect(counts["Maria Lund Supporters Club"] == 1)
        #expect(counts["Delaware Republican"] == 1)
    }
}

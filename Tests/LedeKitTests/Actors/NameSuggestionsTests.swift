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
}

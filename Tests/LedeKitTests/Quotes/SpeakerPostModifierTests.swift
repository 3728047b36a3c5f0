import Testing

@testable import LedeKit

/// The speaker's whole noun phrase: the prepositional phrases after its head that belong to
/// it, and the words after it that do not.
@Suite struct SpeakerPostModifierTests {
    /// The words of `text` that `SpeakerPostModifier` takes as a post-modifier.
    func modifier(_ text: String) -> String {
        let tokens = Tokenizer.tokens(in: Array(text.unicodeScalars))
        return tokens.prefix(SpeakerPostModifier.length(of: tokens[...])).map(\.text).joined(separator: " ")
    }

    @Test func prepositionalPhrasesBelongToThePhrase() {
        #expect(modifier("to the mayor, who asked") == "to the mayor")
        #expect(modifier("with knowledge of the council’s plans, speaking privately") == "with knowledge of the council’s plans")
        #expect(modifier("close to both Hendersons.") == "close to both Hendersons")
        #expect(modifier("in the northern valley from 1998 said") == "in the northern valley from 1998")
    }

    @Test func timesVerbsAndInfinitivesDoNot() {
        #expect(modifier("on Tuesday that") == "")
        #expect(modifier("in the report last year") == "in the report")
        #expect(modifier("to be honest") == "")
        #expect(modifier("in the hall warned") == "in the hall")
        #expect(modifier("said the plan") == "")
        #expect(modifier("in the report makes clear") == "in the report")
    }

    /// The quotations of `body` under a title line, as (speaker, speakerName).
    func speakers(_ body: String) -> [(speaker: String?, name: String?)] {
        let analysis = Analyzer(ranking: false).analyze(bytes: Array("Harbour plans\n\n\(body)".utf8))
        return analysis.quotes.map { ($0.attribution?.speaker, $0.attribution?.speakerName) }
    }

    @Test func aDescribedSpeakerIsShownAndNamedWhole() {
        let found = speakers("“The harbour will not wait,” said a longtime adviser to the governor. “Nor will we.”")
        #expect(found.count == 2)
        #expect(found[0].speaker == "a longtime adviser to the governor")
        #expect(found[0].name == "a longtime adviser to the governor")
        #expect(found[1].speaker == "a longtime adviser to the governor")
        // A later `the adviser` is known by the description's head noun.
        let later = speakers("“The harbour will not wait,” said a longtime adviser to the governor. Later the adviser added: “The money is there.”")
        #expect(later.last?.name == "a longtime adviser to the governor")
        let before = speakers("A person close to the harbour board said the dredging was “long overdue.”")
        #expect(before.first?.speaker == "A person close to the harbour board")
    }

    @Test func aNamedSpeakerKeepsItsName() {
        let found = speakers("“The harbour will not wait,” said Maria Lindqvist in a statement.")
        #expect(found.first?.speaker == "Maria Lindqvist")
        #expect(found.first?.name == "Maria Lindqvist")
    }
}

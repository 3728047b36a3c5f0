@testable import LedeKit
import Testing

/// The sieves that read an attribution naming its cue outright, tried first for every quotation.
@Suite struct ExplicitCueSieveTests {
    @Test func invertedVerbTakesTheSubjectAfterTheVerb() {
        let found = SieveProbe.find(InvertedVerbSieve(), in: "“The bridge will hold,” said Omar Haddad, the city engineer.")
        #expect(found == .init(speaker: "Omar Haddad", cue: "said", carried: false))
    }

    @Test func verbsOfMemoryAndComplaintAreSpeechVerbs() {
        let remembered = SieveProbe.find(InvertedVerbSieve(), in: "“The river froze that winter,” remembered Ruth Calder, 91.")
        #expect(remembered == .init(speaker: "Ruth Calder", cue: "remembered", carried: false))
        let bemoaned = SieveProbe.find(InvertedVerbSieve(), in: "“Nobody reads anymore,” bemoaned Ivo Brandt, a bookseller.")
        #expect(bemoaned == .init(speaker: "Ivo Brandt", cue: "bemoaned", carried: false))
        let riffed = SieveProbe.find(SubjectThenVerbSieve(), in: "“Ask the goat,” the comedian riffed on stage.")
        #expect(riffed == .init(speaker: "the comedian", cue: "riffed", carried: false))
    }

    @Test func invertedVerbRefusesAPhraseThatIsTheSubjectOfWhatWasSaid() {
        #expect(SieveProbe.find(InvertedVerbSieve(), in: "“Not yet,” said the report would be late.") == nil)
        #expect(SieveProbe.find(InvertedVerbSieve(), in: "“We are ready,” the mayor said.") == nil)
    }

    @Test func accordingToAfterTheQuotation() {
        let found = SieveProbe.find(AccordingToSieve(side: .after), in: "“Prices will rise,” according to Lena Ortiz, an economist.")
        #expect(found == .init(speaker: "Lena Ortiz", cue: "according to", carried: false))
    }

    @Test func accordingToBeforeTheQuotation() {
        let text = "According to the harbor master, the ships were “badly overloaded” that night."
        #expect(SieveProbe.find(AccordingToSieve(side: .before), in: text)?.speaker == "the harbor master")
        #expect(SieveProbe.find(AccordingToSieve(side: .after), in: text) == nil)
    }

    @Test func sievesOfOneTypeHaveTheirOwnNames() {
        #expect(AccordingToSieve(side: .after).name == "according-to-after")
        #expect(AccordingToSieve(side: .before).name == "according-to-before")
    }

    @Test func invertedAfterCommaLaterInTheSentence() {
        let text = "“Trade is slow” in the winter months, said Piet Janssen, who runs the market."
        #expect(SieveProbe.find(InvertedAfterCommaSieve(), in: text) == .init(speaker: "Piet Janssen", cue: "said", carried: false))
    }

    @Test func invertedAfterCommaSkipsTheListenerOfTold() {
        let text = "“Trade is slow” in the winter months, told Channel Four on Monday."
        #expect(SieveProbe.find(InvertedAfterCommaSieve(), in: text) == nil)
    }

    @Test func closingClauseAttributesTheSentence() {
        let closing = "The plan was “dead on arrival” and would be withdrawn, the Interior Ministry reported."
        #expect(SieveProbe.find(ClosingClauseSieve(), in: closing) == .init(speaker: "the Interior Ministry", cue: "reported", carried: false))
    }

    @Test func closingClauseNeedsAPhraseThatCanBeASpeaker() {
        let runsOn = "The plan was “dead on arrival” and would be withdrawn, the Interior Ministry reported on a long list."
        #expect(SieveProbe.find(ClosingClauseSieve(), in: runsOn) == nil, "a clause that runs on after its verb")
        let unnamed = "The plan was “dead on arrival” and would be withdrawn, the numbers showed."
        #expect(SieveProbe.find(ClosingClauseSieve(), in: unnamed) == nil, "no name, no pronoun")
    }

    @Test func aPartialQuotationEndingInACommaOpensTheClosingClause() {
        // The verb before the quotation is someone else's: the clause after it governs it.
        let text = "The guards pushed the marchers back, calling them “a rabble,” Lena Voss said."
        #expect(SieveProbe.find(ClosingClauseSieve(), in: text) == .init(speaker: "Lena Voss", cue: "said", carried: false))
        let noComma = "The guards pushed the marchers back, calling them “a rabble” as Lena Voss watched."
        #expect(SieveProbe.find(ClosingClauseSieve(), in: noComma) == nil)
        let colon = "The guards called them “a rabble,” Lena Voss said: “They were only students.”"
        #expect(SieveProbe.find(ClosingClauseSieve(), in: colon) == nil, "the verb introduces the next quotation")
        let runsOn = "The guards called them “a rabble,” Lena Voss said of the night, and left."
        #expect(SieveProbe.find(ClosingClauseSieve(), in: runsOn) == nil, "the clause runs on after its verb")
    }

    @Test func aClosingClauseMayNameWhereItWasSaid() {
        let text = "The guards called them “a rabble,” she said in an interview."
        #expect(SieveProbe.find(ClosingClauseSieve(), in: text)?.speaker == "she")
        let statement = "The plan was “dead on arrival” and would be withdrawn, the Interior Ministry said in a statement Tuesday."
        #expect(SieveProbe.find(ClosingClauseSieve(), in: statement)?.speaker == "the Interior Ministry")
        let object = "The guards called them “a rabble,” she said in a hall."
        #expect(SieveProbe.find(ClosingClauseSieve(), in: object) == nil, "a hall is no channel")
    }

    @Test func aParticipleAfterTheClosingVerbIsSetAside() {
        let text = "The ferry “would never sail again,” Captain Ruiz recalled, adding that the port was shut."
        #expect(SieveProbe.find(ClosingClauseSieve(), in: text) == .init(speaker: "Captain Ruiz", cue: "recalled", carried: false))
    }

    @Test func closingClauseAllowsAWordOfTimeAfterItsVerb() {
        let text = "The plan was “dead on arrival” and would be withdrawn, the Interior Ministry reported Tuesday."
        #expect(SieveProbe.find(ClosingClauseSieve(), in: text)?.speaker == "the Interior Ministry")
    }
}

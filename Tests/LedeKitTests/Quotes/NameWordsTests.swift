import LedeKit
import Testing

/// Words that open a sentence are no part of a name (`PersonNames.nameWords`).
@Suite struct NameWordsTests {
    /// The speaker names of the quotes of `body`, under a title line.
    func names(_ body: String) -> [String?] {
        Analyzer().analyze(bytes: Array("Headline\n\n\(body)".utf8)).quotes.map { $0.attribution?.speakerName }
    }

    @Test func aConjunctionBeforeANameIsNoPerson() {
        let found = names("Former governor Jeb Walker spoke on Monday. If Clinton is elected, he said, “she will be in court.”")
        #expect(found == ["Jeb Walker"])
    }

    @Test func anOpeningAdverbIsDroppedFromTheSpeaker() {
        let found = names("Anna Ruiz testified first. “Nothing was hidden,” Though Ruiz said later.")
        #expect(found.first == "Anna Ruiz")
    }

    @Test func aPartyOrJobBeforeAGivenNameIsDropped() {
        let found = names("""
            Democrat Maria Alvarez and Pastor Kevin Walsh met on Monday. “We agree,” Alvarez said. “On most things,” Walsh said.
            """)
        #expect(found == ["Maria Alvarez", "Kevin Walsh"])
    }

    @Test func aNameThatOpensWithAGivenNameStaysWhole() {
        let found = names("Mary Jane Rourke spoke first. “We agree,” Rourke said.")
        #expect(found == ["Mary Jane Rourke"])
    }

    @Test func aHeadlineRunAfterAGivenNameEndsAtTheSurname() {
        let found = names("""
            Harbor Widow Rosa Delgado Thanks Mayor Amid Storm Cleanup.

            Rosa Delgado, whose husband drowned in the storm, spoke to reporters on Friday.

            “He came when it mattered,” she said.
            """)
        #expect(found == ["Rosa Delgado"])
    }

    @Test func aTitleBeforeALaterGivenNameIsDropped() {
        let found = names("Clark County Sheriff Tom Reyes spoke on Monday. “We are ready,” Reyes said.")
        #expect(found == ["Tom Reyes"])
    }
}

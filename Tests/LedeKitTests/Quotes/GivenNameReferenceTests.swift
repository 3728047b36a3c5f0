@testable import LedeKit
import Testing

/// A person the article calls by their given name after writing their full name (`Dale Ford`,
/// then `Dale said`) is that person, when nobody else has that given name or surname.
@Suite struct GivenNameReferenceTests {
    @Test func aGivenNameAloneIsThePersonIntroducedWithIt() {
        let found = speakerNames("""
            Dale Ford, his younger brother, still lives in the family house. “He was kind to everyone,” Dale said.
            """)
        #expect(found == ["Dale Ford"])
    }

    @Test func aGivenNameTwoPeopleShareStaysAsWritten() {
        let found = speakerNames("""
            Dale Ford and Dale Okafor both worked at the mill. “It was hard work,” Dale said.
            """)
        #expect(found == ["Dale"])
    }

    @Test func aSurnameComesBeforeAGivenName() {
        let found = speakerNames("""
            Scott Walker spoke first at the hall. Tim Scott listened from the front row. “We agree on this,” Scott said.
            """)
        #expect(found == ["Tim Scott"])
    }

    @Test func aPronounAfterAGivenNameTakesThePerson() {
        let found = speakerNames("""
            Dale Ford still lives in the family house. Tom Reyes bought the mill next door. Reyes ran it for ten \
            years. Dale left the mill in 1990. “I miss it,” he said.
            """)
        #expect(found == ["Dale Ford"])
    }
}

@testable import LedeKit
import Testing

/// A lone surname that two people of the article share names the one a reader would take: the
/// one a gendered title agrees with, else the one written in full in the same sentence or the
/// one before, else the first the article introduced.
@Suite struct SharedSurnameTests {
    @Test func aSurnameRightAfterTheSecondPersonIsThem() {
        let found = speakerNames("""
            Hillary Clinton spoke first in the school gym. Then Bill Clinton took the stage. “We will win this state,” \
            Clinton said.
            """)
        #expect(found == ["Bill Clinton"])
    }

    @Test func aSurnameFarFromTheSecondPersonIsTheFirst() {
        let found = speakerNames("""
            Hillary Clinton spoke first in the school gym. Bill Clinton sat in the front row. The crowd cheered for an \
            hour. Volunteers handed out signs at the door. “We will win this state,” Clinton said.
            """)
        #expect(found == ["Hillary Clinton"])
    }

    @Test func aGenderedTitlePicksThePersonOfThatGender() {
        let found = speakerNames("""
            Jane Doe and John Doe run the farm outside town. “It was a dry year,” Mr. Doe said. “We lost the corn,” \
            Mrs. Doe said.
            """)
        #expect(found == ["John Doe", "Jane Doe"])
    }

    @Test func aSurnameOnlyOnePersonHasIsTheirs() {
        let found = speakerNames("""
            Jane Doe runs the farm outside town. Tom Reyes sold her the land. “It was a dry year,” Doe said.
            """)
        #expect(found == ["Jane Doe"])
    }

    @Test func aPersonNamedInAnAppositiveIsNoNearerSubject() {
        let found = speakerNames("""
            Chris Murphy spoke on the floor for hours. He paid tribute to a teacher, Anne Marie Murphy, who died at \
            the school. “It takes courage,” Murphy said.
            """)
        #expect(found == ["Chris Murphy"])
    }
}

import LedeKit
import Testing

/// `the senator` resolved to the person the article titles so (``TitleHolderSieve``).
@Suite struct TitleHolderTests {
    /// The speaker names of the quotes of `body`, under `title`.
    func names(_ body: String, title: String = "Headline") -> [String?] {
        Analyzer().analyze(bytes: Array("\(title)\n\n\(body)".utf8)).quotes.map { $0.attribution?.speakerName }
    }

    @Test func theSenatorIsTheOnePersonTitledSenator() {
        let found = names("""
            Sen. Ada Brennan defended her bill on Tuesday in Boston.

            “I apologize to nobody for that,” the senator said.
            """)
        #expect(found == ["Ada Brennan"])
    }

    @Test func aHeadlineTitleIsItsHolder() {
        let found = names("Justice Ruth Ellison said she regretted the remarks.", title: "Justice: ‘I regret it’")
        #expect(found.first == "Ruth Ellison")
    }

    @Test func amongSeveralHoldersTheMostSalientBeforeIt() {
        let found = names("""
            Sen. Ada Brennan and Sen. Carl Ruiz met on Monday. Later Sen. Carl Ruiz spoke to reporters in the hall.

            “We are close,” the senator said.
            """)
        #expect(found == ["Carl Ruiz"])
    }

    @Test func aPremierOrCouncillorIsTitledLikeASenator() {
        let found = names("""
            Premier Dana Whitfield toured the flooded valley on Saturday. She called the damage “staggering.”

            Councillor Ben Okafor met residents the same day. “The levee held,” the councillor said.
            """)
        #expect(found == ["Dana Whitfield", "Ben Okafor"])
    }

    @Test func theFormerGovernorIsWhoWasTitledSo() {
        let found = names("""
            Gov. Mark Dellinger is trailing in the polls. Former Gov. Ann Walsh endorsed his rival last week.

            “He stopped listening years ago,” the former governor said. “I am behind, not beaten,” the governor said.
            """)
        #expect(found == ["Ann Walsh", "Mark Dellinger"])
    }

    @Test func theVermontSenatorIsTheSenatorPlacedInVermont() {
        let found = names("""
            Sen. Claire Moss (D-Mo.) and Sen. Ben Hart (I-Vt.) met on Monday. Florida Sen. Rita Cruz joined them later.

            “We are close,” the Vermont senator said. “Not yet,” the Florida senator said. “Maybe,” the Texas senator said.
            """)
        // No senator is placed in Texas: the phrase stays as written rather than name a wrong one.
        #expect(found == ["Ben Hart", "Rita Cruz", "the Texas senator"])
    }

    @Test func aGivenNameThatIsAStateIsNoPlace() {
        let found = names("""
            Sen. Paul Ames (R-Ga.) and Sen. Georgia Lane (R-Ohio) met on Monday. Later Sen. Georgia Lane spoke in the hall.

            “We are close,” the Georgia senator said.
            """)
        #expect(found == ["Paul Ames"])
    }
}

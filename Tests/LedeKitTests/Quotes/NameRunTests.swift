import LedeKit
import Testing

/// A run of capitalised words stops where no name goes on (`PersonNames.nameRun`): at a
/// small word of a headline in title case, or a day of the week.
@Suite struct NameRunTests {
    /// The speaker names of the quotes of `text`.
    func names(_ text: String) -> [String?] {
        Analyzer().analyze(bytes: Array(text.utf8)).quotes.map { $0.attribution?.speakerName }
    }

    @Test func aTitleCaseHeadlineIsNoFullName() {
        let found = names("""
            Council Takes Aim At Dorsey

            The council voted against the plan on Monday. “This is wrong,” Dorsey said. Paul Dorsey is the mayor.
            """)
        #expect(found == ["Paul Dorsey"])
    }

    @Test func aDayAfterASurnameIsNoPartOfIt() {
        let found = names("""
            Headline

            Keturah Ellison, a nurse, wrote a book about that year. Ellison Sunday night recounted how she met \
            Tom Reyes. “I was alone,” she said.
            """)
        #expect(found == ["Keturah Ellison"])
    }

    @Test func aHeadlineVerbIsNoPartOfAName() {
        let found = names("""
            Mayor Tells Paul Dorsey: Resign

            The mayor spoke at city hall on Monday. “I will not resign,” Dorsey said.
            """)
        #expect(found == ["Paul Dorsey"])
    }

    @Test func anAdjectiveInAHeadlineIsNoGivenName() {
        let found = names("""
            Unflappable Dorsey faces the council

            The mayor spoke at city hall on Monday. “I will not resign,” Dorsey said. Paul Dorsey took questions.
            """)
        #expect(found == ["Paul Dorsey"])
    }

    @Test func aHeadlineRunEndingInASurnameIsThePerson() {
        let found = names("""
            Voters Are Leaving Dorsey

            The mayor spoke at city hall on Monday. “I will not resign,” Dorsey said. Paul Dorsey took questions.
            """)
        #expect(found == ["Paul Dorsey"])
    }

    @Test func aHeadlineRunIsNoFullNameWhenTheArticleWritesNone() {
        let found = names("""
            Voters Are Following Dorsey to Nowhere

            The mayor spoke at city hall on Monday. “I will not resign,” Dorsey said.
            """)
        #expect(found == ["Dorsey"])
    }

    @Test func aNameWithAGivenNameInATitleCaseLineStaysWhole() {
        let found = names("""
            Why Voters Keep Backing Paul Dorsey

            The mayor spoke at city hall on Monday. “I will not resign,” Dorsey said.
            """)
        #expect(found == ["Paul Dorsey"])
    }
}

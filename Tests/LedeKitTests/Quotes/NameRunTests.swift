import LedeKit
import Testing

/// A run of capitalised words stops where no name goes on (`PersonNames.nameRun`): at a
/// small word of a headline in title case, or a day of the week.
@Suite struct NameRunTests {
    @Test func aTitleCaseHeadlineIsNoFullName() {
        let found = speakerNames("""
            Council Takes Aim At Dorsey

            The council voted against the plan on Monday. “This is wrong,” Dorsey said. Paul Dorsey is the mayor.
            """)
        #expect(found == ["Paul Dorsey"])
    }

    @Test func aDayAfterASurnameIsNoPartOfIt() {
        let found = speakerNames("""
            Headline

            Keturah Ellison, a nurse, wrote a book about that year. Ellison Sunday night recounted how she met \
            Tom Reyes. “I was alone,” she said.
            """)
        #expect(found == ["Keturah Ellison"])
    }

    @Test func aHeadlineVerbIsNoPartOfAName() {
        let found = speakerNames("""
            Mayor Tells Paul Dorsey: Resign

            The mayor spoke at city hall on Monday. “I will not resign,” Dorsey said.
            """)
        #expect(found == ["Paul Dorsey"])
    }

    @Test func anAdjectiveInAHeadlineIsNoGivenName() {
        let found = speakerNames("""
            Unflappable Dorsey faces the council

            The mayor spoke at city hall on Monday. “I will not resign,” Dorsey said. Paul Dorsey took questions.
            """)
        #expect(found == ["Paul Dorsey"])
    }

    @Test func aHeadlineRunEndingInASurnameIsThePerson() {
        let found = speakerNames("""
            Voters Are Leaving Dorsey

            The mayor spoke at city hall on Monday. “I will not resign,” Dorsey said. Paul Dorsey took questions.
            """)
        #expect(found == ["Paul Dorsey"])
    }

    @Test func aHeadlineRunIsNoFullNameWhenTheArticleWritesNone() {
        let found = speakerNames("""
            Voters Are Following Dorsey to Nowhere

            The mayor spoke at city hall on Monday. “I will not resign,” Dorsey said.
            """)
        #expect(found == ["Dorsey"])
    }

    @Test func aNameWithAGivenNameInATitleCaseLineStaysWhole() {
        let found = speakerNames("""
            Why Voters Keep Backing Paul Dorsey

            The mayor spoke at city hall on Monday. “I will not resign,” Dorsey said.
            """)
        #expect(found == ["Paul Dorsey"])
    }
}

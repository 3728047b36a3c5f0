@testable import LedeKit
import Testing

/// The bundled name and title lists that gender agreement reads.
@Suite struct GenderLexiconTests {
    @Test(arguments: ["given-names.txt", "gendered-words.txt"])
    func genderedListHasNoDuplicatesAndBothSections(file: String) {
        let entries = GenderLexicon.entries(in: Resources.text(named: file)).map(\.0)
        #expect(Set(entries).count == entries.count)
        #expect(Set(GenderLexicon.entries(in: Resources.text(named: file)).map(\.1)) == Set(Gender.allCases))
    }

    @Test func titleRolesHaveNoDuplicates() {
        let titles = TitleRoles.lines(in: Resources.text(named: "title-roles.txt")).map { $0[0] }
        #expect(Set(titles).count == titles.count)
        #expect(TitleRoles.bundled.roles["sen."] == ["senator", "lawmaker"])
    }

    @Test func givenNamesTellTheGender() {
        #expect(GenderLexicon.bundled.givenNames["nicole"] == .female)
        #expect(GenderLexicon.bundled.givenNames["khizr"] == .male)
        #expect(GenderLexicon.bundled.words["spokeswoman"] == .female)
    }
}

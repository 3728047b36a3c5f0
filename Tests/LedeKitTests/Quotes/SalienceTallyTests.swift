@testable import LedeKit
import Testing

/// The most salient person before a pronoun, the same on every run.
@Suite struct SalienceTallyTests {
    @Test func theMostPointsWin() {
        var tally = SalienceTally()
        tally.add("Ana Ruiz", role: .subject, sentencesBack: 1, at: 10)
        tally.add("Tom Okafor", role: .subject, sentencesBack: 0, at: 40)
        #expect(tally.mostSalient == "Tom Okafor")
    }

    @Test func aTieGoesToTheLatestThenToTheFirstName() {
        // Two names counted at one place (a run that reads as both) tie on everything but the
        // name; whatever order the tally's dictionaries keep, the answer is the same.
        for _ in 0..<20 {
            var tally = SalienceTally()
            tally.add("Zoe Lind", role: .subject, sentencesBack: 0, at: 30)
            tally.add("Ana Ruiz", role: .subject, sentencesBack: 0, at: 30)
            #expect(tally.mostSalient == "Ana Ruiz")
        }
    }
}

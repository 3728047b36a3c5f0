import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// The legend of actors, their highlighting, and walking one actor's mentions.
@Suite struct ActorLegendTests {
    static let analysis = Analyzer().analyze(bytes: SampleArticle.bytes)

    func reader() -> Reader {
        Reader(analysis: Self.analysis, fileName: "sample.txt", width: 100, height: 20)
    }

    func press(_ text: String, on reader: inout Reader) {
        for character in text { reader.handle(.key(.character(character))) }
    }

    /// Whether a cell of the article pane is styled as the actor `id`.
    func highlights(_ reader: Reader, _ id: String) -> Bool {
        let frame = reader.render()
        return (0..<frame.height).contains { row in
            (0..<reader.geometry.article.width).contains { column in
                frame[column, row].style.roles.contains { if case .actor(id, _) = $0 { true } else { false } }
            }
        }
    }

    @Test func theLegendListsEachActorWithItsCounts() {
        var reader = reader()
        press("A", on: &reader)
        #expect(reader.state.mode == .legend)
        let text = reader.render().text
        #expect(text.contains("1 ■ Assad  8 mentions, 2 quotes"), "\(text)")
        #expect(text.contains("2 ■ Russia  9 mentions, 1 quote"), "\(text)")
        reader.handle(.key(.escape))
        #expect(reader.state.mode == .reading)
    }

    @Test func aDigitInTheLegendTurnsAnActorsHighlightingOffAndOn() {
        var reader = reader()
        #expect(highlights(reader, "russia"))
        press("A2", on: &reader)
        #expect(reader.state.hiddenActors == ["russia"])
        #expect(!highlights(reader, "russia"))
        #expect(highlights(reader, "assad"))
        #expect(reader.render().text.contains("Russia  9 mentions, 1 quote  (off)"))
        press("2", on: &reader)
        #expect(reader.state.hiddenActors.isEmpty)
        press("9", on: &reader)
        #expect(reader.state.message == "There is no actor 9")
    }

    @Test func digitsOutsideTheLegendAreCounts() {
        var reader = reader()
        press("2j", on: &reader)
        #expect(reader.state.hiddenActors.isEmpty)
        #expect(reader.state.top == 2)
    }

    @Test func atChoosesAnActorAndBracesWalkItsMentions() {
        var reader = reader()
        press("@@", on: &reader)
        #expect(reader.state.currentActor == 1)
        let russia = reader.mentions(of: 1)
        #expect(russia.count == 9)
        press("}", on: &reader)
        #expect(reader.state.currentMention == russia[0])
        press("}}", on: &reader)
        #expect(reader.state.currentMention == russia[2])
        #expect(reader.state.message == "Russia: mention 3/9")
        press("{", on: &reader)
        #expect(reader.state.currentMention == russia[1])
        press("8}", on: &reader)
        #expect(reader.state.currentMention == russia[0], "eight steps from the second of nine wrap around to the first")
        #expect(reader.state.message == "Russia: mention 1/9 (wrapped around)")
    }
}

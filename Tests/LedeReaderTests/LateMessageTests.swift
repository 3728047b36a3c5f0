import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// The reader's side of work run in the background: a key press returns at once with the
/// work it asks for, and what the work reports may come late, out of order, or after the
/// person has moved on; only the answer to the latest request counts.
@Suite struct LateMessageTests {
    func reader() -> Reader {
        Reader(analysis: TestArticles.briefingAnalysis, fileName: "briefing.txt", width: 80, height: 8)
    }

    /// The work `effects` ask for, not yet run.
    func work(_ effects: [ReaderEffect]) -> [ReaderWork] {
        effects.compactMap { if case .work(let work) = $0 { work } else { nil } }
    }

    /// Types `text` into the open prompt, keeping the work each key asks for.
    func type(_ text: String, on reader: inout Reader) -> [ReaderWork] {
        text.flatMap { work(reader.update(.key(.character($0)))) }
    }

    @Test func aKeyPressDoesNotWaitForTheSearch() {
        var reader = reader()
        _ = reader.update(.key(.character("/")))
        let pending = type("talks", on: &reader)
        #expect(pending.count == 5 && pending.allSatisfy { $0.kind == .search })
        #expect(reader.state.search == nil, "nothing is found before the work reports")
        #expect(reader.state.pendingSearch != nil)
        // The frame can be drawn meanwhile, with the prompt as typed.
        #expect(reader.render().text.components(separatedBy: "\n").last?.hasPrefix("/talks") == true)
        reader.receive(pending.last!.run())
        #expect(reader.state.search?.query == "talks" && reader.state.search?.matches.isEmpty == false)
        #expect(reader.state.pendingSearch == nil)
    }

    @Test func whileTheAnswerIsOnItsWayThePromptShowsNoEarlierCount() throws {
        var reader = reader()
        _ = reader.update(.key(.character("/")))
        let first = type("talks", on: &reader)
        reader.receive(first.last!.run())
        let status = { reader.render().text.components(separatedBy: "\n").last ?? "" }
        let count = try #require(reader.state.search?.matches.count)
        #expect(status().hasSuffix("1/\(count)"), "\(status())")
        let second = type("x", on: &reader)
        #expect(!status().contains("/\(count)"), "no count of “talks” for “talksx”: \(status())")
        #expect(status().hasSuffix("…"), "\(status())")
        reader.receive(second.last!.run())
        #expect(reader.state.search?.query == "talksx")
    }

    @Test func answersArrivingInReverseOrderLeaveTheLatest() {
        var reader = reader()
        _ = reader.update(.key(.character("/")))
        let pending = type("mood", on: &reader)
        for work in pending.reversed() { reader.receive(work.run()) }
        #expect(reader.state.search?.query == "mood")
        let topAfterLatest = reader.state.top
        #expect(reader.state.top > 0, "the view moved to the match")
        // An older answer arriving after the newest changes nothing.
        reader.receive(pending[0].run())
        #expect(reader.state.search?.query == "mood" && reader.state.top == topAfterLatest)
    }

    @Test func previewsArrivingAfterEnterAreDropped() {
        var reader = reader()
        _ = reader.update(.key(.character("/")))
        let previews = type("autumn", on: &reader)
        let committed = work(reader.update(.key(.enter)))
        #expect(committed.count == 1)
        #expect(reader.state.mode == .reading, "Enter closes the prompt at once")
        reader.receive(committed[0].run())
        let search = reader.state.search
        #expect(search?.query == "autumn" && search?.current != nil)
        for preview in previews { reader.receive(preview.run()) }
        #expect(reader.state.search == search, "late previews do not replace the search run")
        #expect(reader.state.searchHistory.last == "autumn")
    }

    @Test func anAnswerArrivingAfterEscapeIsDropped() {
        var reader = reader()
        let top = 2
        for _ in 0..<top { reader.handle(.key(.character("j"))) }
        _ = reader.update(.key(.character("/")))
        let pending = type("winter", on: &reader)
        _ = reader.update(.key(.escape))
        #expect(reader.state.mode == .reading)
        for work in pending { reader.receive(work.run()) }
        #expect(reader.state.search == nil, "Esc left no search behind")
        #expect(reader.state.top == top, "the view stayed where the prompt opened")
    }

    @Test func aCommittedSearchStillLandsWhenItsAnswerComesLate() {
        var reader = reader()
        _ = reader.update(.key(.character("/")))
        _ = type("Tehran", on: &reader)
        let committed = work(reader.update(.key(.enter)))
        // A key pressed while the search runs is not lost…
        reader.handle(.key(.character("r")))
        #expect(reader.state.showsRepairs)
        // …and the answer, when it comes, shows the match and counts it.
        reader.receive(committed[0].run())
        #expect(reader.state.search?.current == 0)
        #expect(reader.render().text.components(separatedBy: "\n").last?.contains("1/1") == true)
    }
}

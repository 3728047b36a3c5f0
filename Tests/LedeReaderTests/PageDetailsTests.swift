import Foundation
import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// A web page's site, byline and date, on the line under its title.
@Suite struct PageDetailsTests {
    private func frame(page: PageMetadata) -> Frame {
        var analysis = TestArticles.briefingAnalysis
        analysis.page = page
        return Reader(analysis: analysis, fileName: "page.html", width: 100, height: 16).render()
    }

    @Test func siteBylineAndDayFollowTheTitle() {
        let frame = frame(page: PageMetadata(byline: "Ada Brennan", published: "2026-03-10T09:30:00Z", site: "Harbour Gazette"))
        #expect(frame.text(ofRow: 0).hasPrefix(" Talks in Geneva stall"))
        #expect(frame.text(ofRow: 1).hasPrefix(" Harbour Gazette · Ada Brennan · 2026-03-10"))
        #expect(frame[1, 1].style.contains(.paneNote))
    }

    @Test func aDateWithItsTimeAfterASpaceIsCutToItsDay() {
        let frame = frame(page: PageMetadata(published: "2026-03-10 09:30:00", site: "Harbour Gazette"))
        #expect(frame.text(ofRow: 1).hasPrefix(" Harbour Gazette · 2026-03-10 "))
        #expect(!frame.text(ofRow: 1).contains("09:30"))
    }

    @Test func aDateThatIsNotISOIsShownAsThePageWritesIt() {
        let frame = frame(page: PageMetadata(published: "March 10, 2026 9:30 a.m.", site: "Harbour Gazette"))
        #expect(frame.text(ofRow: 1).hasPrefix(" Harbour Gazette · March 10, 2026 9:30 a.m. "))
    }

    @Test func controlCharactersInThePageAreEscaped() {
        let frame = frame(page: PageMetadata(site: "Evil\u{1B}[2J Site"))
        #expect(frame.text(ofRow: 1).hasPrefix(" Evil␛[2J Site"))
    }

    @Test func oShowsTheURLInTheStatusLine() {
        var analysis = TestArticles.briefingAnalysis
        analysis.page = PageMetadata(site: "Harbour Gazette", url: "https://harbour.example/talks-stall")
        var reader = Reader(analysis: analysis, fileName: "talks-stall", width: 100, height: 16)
        #expect(reader.update(.key(.character("o"))).isEmpty)
        #expect(reader.state.message == "https://harbour.example/talks-stall")
        #expect(reader.render().text(ofRow: 15).contains("https://harbour.example/talks-stall"))
    }

    @Test func theURLsControlCharactersAreEscaped() {
        var analysis = TestArticles.briefingAnalysis
        analysis.page = PageMetadata(url: "https://evil.example/\u{1B}[2J")
        var reader = Reader(analysis: analysis, fileName: "page.html", width: 100, height: 16)
        _ = reader.update(.key(.character("o")))
        #expect(reader.render().text(ofRow: 15).contains("https://evil.example/␛[2J"))
    }

    @Test func textHasNoDetailsLine() {
        let frame = frame(page: PageMetadata())
        // The article pane's part of the row (the quotes pane is to its right).
        #expect(frame.text(ofRow: 1).prefix(60).trimmingCharacters(in: .whitespaces).isEmpty)
    }
}

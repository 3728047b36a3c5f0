import Foundation
import Testing

extension EndToEnd {
    /// A 100 MB article opens at once, like `less`: the first screen shows while the rest is
    /// analysed in the background, keys work meanwhile, and `q` quits cleanly. (How fast the first
    /// frame comes is measured by the benchmarks, not asserted here.)
    @Suite("A 100 MB file", .timeLimit(.minutes(3)))
    struct LargeFileTests {
        /// About 1 kB of news-like text written for this test: paragraphs, actors and a quote.
        static func block(_ number: Int) -> String {
            """
            Harbour council, session \(number)

            The council met again on Tuesday to vote on the harbour plan, and officials in Moscow and Washington said they would watch the talks closely before the winter.

            “The plan is working, and the ferries will run on time,” said Jane Doe, the council's chair, after the session ended late in the evening.

            Residents along the quay said the new berths had brought more traffic than anyone expected, and several shops had already changed their opening hours.

            A spokesman for the ferry company said the timetable would be published next month, once the last of the inspections was finished.


            """
        }

        /// Writes about `megabytes` MB to `name` in `directory`: the first megabyte of numbered
        /// ``block(_:)``s, then that megabyte again and again (written whole, so that the test
        /// spends its time in the reader, not in making the file).
        static func write(megabytes: Int, to name: String, in directory: TemporaryDirectory) throws -> URL {
            let url = directory.url.appendingPathComponent(name)
            FileManager.default.createFile(atPath: url.path, contents: nil)
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            var megabyte = ""
            var number = 1
            while megabyte.utf8.count < 1_000_000 {
                megabyte += block(number)
                number += 1
            }
            let data = Data(megabyte.utf8)
            for _ in 0..<megabytes { try handle.write(contentsOf: data) }
            return url
        }

        @Test("shows its first screen, scrolls and quits while the rest is analysed")
        func opensAtOnce() async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try Self.write(megabytes: 100, to: "large.txt", in: directory)
            // At the lowest priority: its background analysis would otherwise take a core from the
            // tests running beside it for as long as the session lasts.
            try await withTmuxSession("nice -n 19 env " + (try ledeCommand(["--max-size", "200M", file.path]))) { session in
                let screen = try await session.waitFor("the reader to open", timeout: .seconds(30)) { $0.position != nil }
                #expect(screen.articleLines.first?.contains("Harbour council, session 1") == true, "\(screen)")
                #expect(screen.statusLine.contains("analysing"), "the status line says how far the analysis is:\n\(screen)")
                #expect(screen.text.contains("Jane Doe"))
                try session.send("j")
                let scrolled = try await session.waitFor("a line down") { $0.position?.first == 2 }
                #expect(scrolled.statusLine.contains("large.txt"))
                try session.send("G")
                let end = try await session.waitForStatus(containing: "end so far")
                #expect((end.position?.first ?? 0) > 2, "\(end)")
                try session.send("g")
                _ = try await session.waitFor("the top again") { $0.position?.first == 1 }
                try session.send("q")
                let exited = try await session.waitFor("lede to exit") { $0.text.contains("LEDE-EXIT=") }
                #expect(exited.text.contains("LEDE-EXIT=0"), "\(exited)")
            }
        }
    }
}

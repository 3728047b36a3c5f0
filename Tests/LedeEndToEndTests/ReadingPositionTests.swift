import Foundation
import LedeTestSupport
import Testing

extension EndToEnd {
    /// Reopening a file opens it where it was left, from `$XDG_STATE_HOME/lede/positions`.
    @Suite("Reading positions", .serialized, .timeLimit(.minutes(2)))
    struct ReadingPositionTests {
        /// Opens `article`, runs `body` on the reader, then quits it and waits for lede to exit.
        private func session(
            _ arguments: [String], state: URL, _ body: (TmuxSession) async throws -> Void
        ) async throws {
            try await withTmuxSession(try ledeCommand(arguments, stateHome: state)) { session in
                try await body(session)
                try session.send("q")
                let exited = try await session.waitFor("lede to exit") { $0.text.contains("LEDE-EXIT=") }
                #expect(exited.text.contains(exitMarker(0)), "\(exited)")
            }
        }

        @Test("A file reopens where it was left; --no-remember and a changed file open at the top")
        func reopensWhereLeft() async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(Fixtures.sampleRepairedText, to: "long.txt")
            let state = directory.url.appendingPathComponent("state")
            var left = 0
            try await session([article.path], state: state) { session in
                try await waitForReader(session)
                try session.send("Space")
                let paged = try await session.waitFor("Space to scroll a page") { ($0.position?.first ?? 0) > 1 }
                left = try #require(paged.position).first
            }
            let positions = try String(contentsOf: state.appendingPathComponent("lede/positions"), encoding: .utf8)
            #expect(positions.split(separator: "\n").count == 1, "\(positions)")
            #expect(!positions.contains("long.txt"), "a file name in the state: \(positions)")

            try await session([article.path], state: state) { session in
                let screen = try await session.waitForStatus(containing: "Back where you left off")
                #expect(screen.position?.first == left, "\(screen)")
                // '' goes back to the start.
                try session.send("'")
                try session.send("'")
                try await session.waitFor("'' to go to the start") { $0.position?.first == 1 }
                // Left at the top this time.
            }
            try await session([article.path], state: state) { session in
                let screen = try await waitForReader(session)
                #expect(screen.position?.first == 1 && !screen.statusLine.contains("Back where"), "\(screen)")
                try session.send("Space")
                try await session.waitFor("Space to scroll a page") { $0.position?.first == left }
            }
            try await session([article.path, "--no-remember"], state: state) { session in
                let screen = try await waitForReader(session)
                #expect(screen.position?.first == 1 && !screen.statusLine.contains("Back where"), "\(screen)")
            }
            // The same path with other content is another article.
            _ = try directory.write(Fixtures.sampleRepairedText + "\nOne more line of our own.\n", to: "long.txt")
            try await session([article.path], state: state) { session in
                let screen = try await waitForReader(session)
                #expect(screen.position?.first == 1 && !screen.statusLine.contains("Back where"), "\(screen)")
            }
        }

        @Test("The positions file keeps the most recent 500 articles")
        func positionsAreBounded() async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(Fixtures.sampleRepairedText, to: "long.txt")
            let state = directory.url.appendingPathComponent("state")
            let file = state.appendingPathComponent("lede/positions")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let old = (0..<500).map { String(format: "%016x-%016x 10 0 -\n", 0, $0) }
            try (old.joined() + "a broken line\n").write(to: file, atomically: true, encoding: .utf8)
            try await session([article.path], state: state) { session in
                try await waitForReader(session)
                try session.send("Space")
                try await session.waitFor("Space to scroll a page") { ($0.position?.first ?? 0) > 1 }
            }
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map { String($0) + "\n" }
            #expect(lines.count == 500)
            #expect(lines.first == old[1], "the oldest entry was not the one dropped: \(lines.first ?? "")")
            #expect(lines.last?.hasPrefix(String(format: "%016x-", 0)) == false, "\(lines.last ?? "")")
            #expect(!lines.contains("a broken line\n"))
        }

        /// Starts `run` in `session`, scrolls a page, and returns the first line then shown.
        private func scrolledRun(in session: TmuxSession, run: WatchedRun) async throws -> Int {
            try await run.start(in: session)
            try await waitForReader(session)
            try session.send("Space")
            let paged = try await session.waitFor("Space to scroll a page") { ($0.position?.first ?? 0) > 1 }
            return try #require(paged.position).first
        }

        /// Waits up to ten seconds for the positions file under `state` to hold a line.
        private func savedPositions(in state: URL) async throws -> [Substring] {
            let file = state.appendingPathComponent("lede/positions")
            for _ in 0..<200 {
                if let text = try? String(contentsOf: file, encoding: .utf8), !text.isEmpty { return text.split(separator: "\n") }
                try await Task.sleep(for: .milliseconds(50))
            }
            return []
        }

        /// How lede is ended from outside: by a signal, or by its terminal going away.
        enum Ending: CustomTestStringConvertible, Sendable {
            case signal(Int32)
            case closedTerminal

            var testDescription: String {
                switch self {
                case .signal(let number): "signal \(number)"
                case .closedTerminal: "tmux kill-session"
                }
            }
        }

        @Test("A place is kept when lede is ended by a signal or its terminal goes away",
              arguments: [Ending.signal(SIGHUP), .signal(SIGTERM), .closedTerminal])
        func keptWhenEndedFromOutside(ending: Ending) async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(Fixtures.sampleRepairedText, to: "long.txt")
            let state = directory.url.appendingPathComponent("state")
            let run = try WatchedRun()
            defer { run.remove() }
            var left = 0
            try await withTmuxSession(try run.command([article.path], environment: ["XDG_STATE_HOME": state.path])) { session in
                left = try await scrolledRun(in: session, run: run)
                switch ending {
                case .signal(let number):
                    try run.send(number)
                    try await run.expectRestored(session, status: 128 + number)
                case .closedTerminal:
                    session.kill()
                }
            }
            #expect(try await savedPositions(in: state).count == 1)
            try await withTmuxSession(try ledeCommand([article.path], stateHome: state)) { session in
                let screen = try await session.waitForStatus(containing: "Back where you left off")
                #expect(screen.position?.first == left, "\(screen)")
            }
        }
    }
}

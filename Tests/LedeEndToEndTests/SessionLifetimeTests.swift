import Foundation
import Testing

extension EndToEnd {
    /// A tmux session started by a test ends by itself after ``TmuxSession/lifetime``, so a test
    /// cancelled by its time limit leaves neither a server nor a reader running.
    @Suite("Session lifetime", .timeLimit(.minutes(1)))
    struct SessionLifetimeTests {
        @Test("the reader and its tmux server end after the pane's lifetime, without kill-server")
        func readerEndsWithItsPane() async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            // A name no other process has in its arguments, to find this reader among them.
            let file = try directory.write(OwnArticle.text, to: "lifetime-\(UUID().uuidString).txt")
            // Long enough for the reader to start on a loaded machine; the test does not wait
            // for its screen, only for its process.
            let session = try TmuxSession(try ledeCommand([file.path]), width: 80, height: 24, lifetime: .seconds(8))
            defer { session.kill() }
            let clock = ContinuousClock()
            let started = clock.now + .seconds(8)
            while clock.now < started, try readers(of: file) == 0 {
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(try readers(of: file) > 0, "no reader found for \(file.lastPathComponent)")

            let deadline = clock.now + .seconds(40)
            while clock.now < deadline, try session.isRunning || readers(of: file) > 0 {
                try await Task.sleep(for: .milliseconds(200))
            }
            #expect(!session.isRunning, "the tmux server outlived its pane's lifetime")
            #expect(try readers(of: file) == 0, "the reader outlived its pane's lifetime")
        }

        /// How many running processes have `file`'s path in their arguments.
        private func readers(of file: URL) throws -> Int {
            let result = try runProcess(URL(fileURLWithPath: "/usr/bin/pgrep"), ["-f", "-c", "--", file.lastPathComponent])
            return Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }
    }
}

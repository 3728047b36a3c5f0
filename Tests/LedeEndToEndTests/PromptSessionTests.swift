import Foundation
import Testing

extension EndToEnd {
    /// The prompt as a person uses it: ^C closes it without ending Lede, and searches are kept
    /// for the next run.
    @Suite("The prompt", .timeLimit(.minutes(1)))
    struct PromptSessionTests {
        @Test("^C closes the prompt; ^C while reading quits with status 0 and gives ^C back to the shell")
        func controlC() async throws {
            let command = "stty -a | grep -o 'intr = [^;]*'; " + (try ledeCommand()) .replacing("; sleep 60", with: "; stty -a | grep -o 'intr = [^;]*' | sed 's/^/AFTER /'; sleep 60")
            try await withTmuxSession(command) { session in
                try await waitForReader(session)
                try session.send("/")
                try session.type("Kerr")
                try await session.waitFor("the prompt") { $0.statusLine.hasPrefix("/Kerr") }
                try session.send("C-c")
                let closed = try await session.waitFor("^C to close the prompt") { $0.position != nil }
                #expect(!closed.statusLine.hasPrefix("/"))
                try session.send("j")
                try await session.waitFor("j to scroll: Lede is still running") { $0.position?.first == 2 }
                try session.send("C-c")
                let shell = try await session.waitFor("Lede to quit and the shell to show its modes") { $0.text.contains("AFTER intr") }
                #expect(shell.text.contains(exitMarker(0)), "\(shell)")
                #expect(shell.text.contains("AFTER intr = ^C"), "the shell's interrupt key is back:\n\(shell)")
            }
        }

        @Test("a search is kept for the next run, and ↑ in the prompt brings it back")
        func historyAcrossRuns() async throws {
            let state = try TemporaryDirectory()
            defer { state.remove() }
            try await withTmuxSession(try ledeCommand(stateHome: state.url)) { session in
                try await waitForReader(session)
                try session.send("/")
                try session.type("Lavrov")
                try session.send("Enter")
                try await session.waitForStatus(containing: "/Lavrov")
                try session.send("q")
                try await session.waitFor("Lede to quit") { $0.text.contains(exitMarker(0)) }
            }
            let file = state.url.appending(path: "lede/search-history")
            #expect(try String(contentsOf: file, encoding: .utf8) == "Lavrov\n")
            try await withTmuxSession(try ledeCommand(stateHome: state.url)) { session in
                try await waitForReader(session)
                try session.send("/")
                try session.send("Up")
                try await session.waitFor("↑ to bring back the search") { $0.statusLine.hasPrefix("/Lavrov") }
            }
        }
    }
}

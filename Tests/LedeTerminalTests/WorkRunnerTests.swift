import Dispatch
import LedeReader
import Synchronization
import Testing

@testable import LedeTerminal

/// Work runs off the key loop; superseded work is skipped or its message dropped.
@Suite struct WorkRunnerTests {
    /// Counts wake-ups.
    final class Wakes: Sendable {
        let count = Atomic(0)
    }

    /// The flags of `messages`, for `.copied` messages.
    private func flags(_ messages: [ReaderMessage]) -> [Bool] {
        messages.compactMap { if case .copied(let flag) = $0 { flag } else { nil } }
    }

    @Test func workRunsInTheBackgroundAndWakesTheLoop() {
        let wakes = Wakes()
        let runner = WorkRunner(wake: { wakes.count.add(1, ordering: .relaxed) })
        let gate = DispatchSemaphore(value: 0)
        runner.start(ReaderWork(.search) {
            gate.wait()
            return .copied(true)
        })
        // start returned while the work is still waiting: nothing blocked.
        #expect(runner.takeFinished().isEmpty)
        gate.signal()
        runner.waitUntilIdle()
        #expect(flags(runner.takeFinished()) == [true])
        #expect(wakes.count.load(ordering: .relaxed) == 1)
        #expect(runner.takeFinished().isEmpty, "a message is taken once")
    }

    @Test func newerWorkOfAKindSupersedesOlder() {
        let wakes = Wakes()
        let runner = WorkRunner(wake: { wakes.count.add(1, ordering: .relaxed) })
        let gate = DispatchSemaphore(value: 0)
        let started = DispatchSemaphore(value: 0)
        let ran = Atomic(0)
        // The first is running when the others start; the second never begins.
        runner.start(ReaderWork(.search) {
            started.signal()
            gate.wait()
            ran.add(1, ordering: .relaxed)
            return .copied(false)
        })
        started.wait()
        runner.start(ReaderWork(.search) {
            ran.add(10, ordering: .relaxed)
            return .copied(false)
        })
        runner.start(ReaderWork(.search) {
            ran.add(100, ordering: .relaxed)
            return .copied(true)
        })
        gate.signal()
        runner.waitUntilIdle()
        #expect(ran.load(ordering: .relaxed) == 101, "the first ran (it had begun), the second was skipped")
        #expect(flags(runner.takeFinished()) == [true], "only the newest search reports")
        #expect(wakes.count.load(ordering: .relaxed) == 1)
    }
}

extension ProcessStateTests {
    /// The runner wakes the key loop through the self-pipe that signals use (process-wide,
    /// so among the serialized tests).
    @Suite struct WorkRunnerWakeTests {
        private func flags(_ messages: [ReaderMessage]) -> [Bool] {
            messages.compactMap { if case .copied(let flag) = $0 { flag } else { nil } }
        }

        @Test func theWakeUpGoesThroughTheSelfPipe() {
            #expect(SignalPipe.open())
            defer { SignalPipe.close() }
            _ = SignalPipe.drain()
            let runner = WorkRunner()
            runner.start(ReaderWork(.search) { .copied(true) })
            #expect(KeyboardWait.wait(keyboard: -1) == .signal)
            #expect(SignalPipe.drain() == [SignalPipe.workFinished])
            #expect(flags(runner.takeFinished()) == [true])
        }
    }
}

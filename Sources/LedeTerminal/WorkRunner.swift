import Dispatch
import LedeReader
import Synchronization

/// Runs the reader's work (``ReaderWork``) off the key loop's thread, as Bubble Tea runs a
/// `Cmd`: a key press returns at once and the frame is drawn, and what the work reports
/// comes back later through ``takeFinished()``, after a wake-up of the key loop.
///
/// Work runs one at a time, in the order started, but for the background analysis of a large
/// article and its layout after a resize, which run on queues of their own so that a search
/// never waits for them. Each start of a kind is numbered (its
/// generation): work superseded by a newer start of its kind is skipped if it has not begun,
/// and what it reports is dropped if it has, so a burst of keys costs one search, not one
/// per key. (The reader drops answers to older requests too; this only saves the work.)
public final class WorkRunner: Sendable {
    /// What the runner keeps between threads.
    private struct Ledger {
        /// The number of the last start.
        var lastGeneration = 0
        /// The generation of the newest start of each kind.
        var newest: [ReaderWork.Kind: Int] = [:]
        /// What finished, current work reported, oldest first.
        var finished: [ReaderMessage] = []
    }

    private let queue = DispatchQueue(label: "lede.work")
    /// Where the background analysis runs.
    private let analysisQueue = DispatchQueue(label: "lede.analysis", qos: .utility)
    /// Where a large article is laid out anew after a resize.
    private let layoutQueue = DispatchQueue(label: "lede.layout")
    private let ledger = Mutex(Ledger())
    /// Called on the work's thread when a message is ready.
    private let wake: @Sendable () -> Void

    /// A runner that wakes the key loop of a ``TerminalScreen`` (through its self-pipe) when
    /// a message is ready.
    public convenience init() {
        self.init(wake: { SignalPipe.post(SignalPipe.workFinished) })
    }

    /// A runner that calls `wake`, on the work's thread, when a message is ready.
    init(wake: @escaping @Sendable () -> Void) {
        self.wake = wake
    }

    /// Starts `work` in the background.
    public func start(_ work: ReaderWork) {
        let generation = ledger.withLock { ledger in
            ledger.lastGeneration += 1
            ledger.newest[work.kind] = ledger.lastGeneration
            return ledger.lastGeneration
        }
        let target = switch work.kind {
        case .analysis: analysisQueue
        case .layout: layoutQueue
        case .search: queue
        }
        target.async { [self] in
            guard isNewest(generation, of: work.kind) else { return }
            let message = work.run()
            let kept = ledger.withLock { ledger in
                guard ledger.newest[work.kind] == generation else { return false }
                ledger.finished.append(message)
                return true
            }
            if kept { wake() }
        }
    }

    /// The messages of work finished since the last call, oldest first.
    public func takeFinished() -> [ReaderMessage] {
        ledger.withLock { ledger in
            defer { ledger.finished = [] }
            return ledger.finished
        }
    }

    /// Waits until every work started so far has run or been skipped (for tests).
    func waitUntilIdle() {
        queue.sync {}
        analysisQueue.sync {}
        layoutQueue.sync {}
    }

    private func isNewest(_ generation: Int, of kind: ReaderWork.Kind) -> Bool {
        ledger.withLock { $0.newest[kind] == generation }
    }
}

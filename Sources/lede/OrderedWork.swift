import Dispatch
import Synchronization

/// Work on a sequence of items run on several threads, its results handed on in the items'
/// order: `lede analyze --jobs N` over files or JSON lines.
///
/// The items are taken in windows of a few per job, so that a long input is streamed (at most
/// one window of results is held) and the output order never depends on which job finishes first.
struct OrderedWork<Item: Sendable, Output: Sendable>: Sendable {
    /// How many threads work at once.
    let jobs: Int
    /// The work on one item; it runs on any of the threads.
    let work: @Sendable (Item) -> Output

    /// How many items a window holds for each job.
    static var itemsPerJob: Int { 4 }

    /// Runs `work` on every item of `items` and hands each result to `emit`, in order; an
    /// error that `emit` throws ends the run (after the window it is in).
    func run(_ items: some Sequence<Item>, emit: (Output) throws -> Void) rethrows {
        var iterator = items.makeIterator()
        let windowSize = max(1, jobs) * Self.itemsPerJob
        while true {
            var window: [Item] = []
            while window.count < windowSize, let item = iterator.next() { window.append(item) }
            if window.isEmpty { return }
            for result in results(of: window) { try emit(result) }
            if window.count < windowSize { return }
        }
    }

    /// The results of `window`, in its order, worked on by up to `jobs` threads.
    private func results(of window: [Item]) -> [Output] {
        let threads = min(max(1, jobs), window.count)
        guard threads > 1 else { return window.map(work) }
        let slots = Slots<Output>(count: window.count)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            // Thread t takes items t, t + threads, …
            for index in stride(from: thread, to: window.count, by: threads) {
                slots.put(work(window[index]), at: index)
            }
        }
        return slots.values
    }
}

/// The results of one window, filled in by several threads.
private final class Slots<Output: Sendable>: Sendable {
    private let slots: Mutex<[Output?]>

    init(count: Int) {
        slots = Mutex([Output?](repeating: nil, count: count))
    }

    func put(_ output: Output, at index: Int) {
        slots.withLock { $0[index] = output }
    }

    /// Every slot's result; all must have been put.
    var values: [Output] {
        slots.withLock { $0.map { $0! } }
    }
}

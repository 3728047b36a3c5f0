import Glibc
import Synchronization

/// A pipe that signal handlers write to, so that a wait for keys with `poll` wakes for a
/// signal too (the self-pipe trick); background work (``WorkRunner``) writes to it too.
///
/// A flag set by a handler is missed when the signal arrives between the last look at the
/// flag and the start of the wait; a byte in the pipe is not. Each byte is the number of the
/// signal that wrote it.
enum SignalPipe {
    /// The byte ``WorkRunner`` writes when work has a message: no signal has number 0.
    static let workFinished: Int32 = 0

    /// Creates the pipe, both ends non-blocking and closed on `exec`; does nothing if it is
    /// open already. Returns whether it is open.
    @discardableResult
    static func open() -> Bool {
        if readEnd.load(ordering: .acquiring) >= 0 { return true }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return false }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, fcntl(end, F_GETFD) | FD_CLOEXEC)
        }
        writeEnd.store(ends[1], ordering: .releasing)
        readEnd.store(ends[0], ordering: .releasing)
        return true
    }

    /// Closes the pipe. Call once no handler can write to it any more.
    static func close() {
        let read = readEnd.exchange(-1, ordering: .acquiringAndReleasing)
        let write = writeEnd.exchange(-1, ordering: .acquiringAndReleasing)
        if read >= 0 { Glibc.close(read) }
        if write >= 0 { Glibc.close(write) }
    }

    /// The end to wait on, or -1 when the pipe is not open (`poll` skips negative
    /// descriptors).
    static var readDescriptor: Int32 {
        readEnd.load(ordering: .acquiring)
    }

    /// Records that `signal` arrived. Async-signal-safe: one `write`, which drops the byte
    /// when the pipe is full (the reader is woken by the bytes already there); `errno` is
    /// left as it was.
    static func post(_ signal: Int32) {
        let descriptor = writeEnd.load(ordering: .acquiring)
        guard descriptor >= 0 else { return }
        let savedErrno = errno
        var byte = UInt8(truncatingIfNeeded: signal)
        _ = write(descriptor, &byte, 1)
        errno = savedErrno
    }

    /// Empties the pipe without waiting: the signals posted since the last call, oldest first.
    static func drain() -> [Int32] {
        let descriptor = readEnd.load(ordering: .acquiring)
        guard descriptor >= 0 else { return [] }
        var signals: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                signals += buffer.prefix(count).map(Int32.init)
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return signals
            }
        }
    }
}

/// The pipe's read end, -1 when closed.
private let readEnd = Atomic<Int32>(-1)
/// The pipe's write end, -1 when closed.
private let writeEnd = Atomic<Int32>(-1)

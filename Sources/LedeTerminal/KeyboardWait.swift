import Glibc

/// Waits with `poll` for the keyboard or a signal, so that a signal that arrives while Lede
/// waits for a key is dealt with at once.
///
/// Blocked in ncurses' own read, Lede would notice some signals only at the next key: the
/// read is restarted after ncurses' `SIGTSTP` handler returns, so a terminal resized while
/// Lede was stopped would show the old frame, clipped, until a key was pressed. `poll` is
/// never restarted, and ``SignalPipe`` wakes it for a signal that came just before it began.
enum KeyboardWait {
    /// What ended a wait.
    enum Outcome: Equatable {
        /// The keyboard has input, or has ended: a read will tell which.
        case input
        /// A signal arrived.
        case signal
        /// `poll` failed for another reason: the caller should wait in its read instead.
        case failed
    }

    /// Waits, without a time limit, until `keyboard` can be read or a signal arrives.
    static func wait(keyboard: Int32) -> Outcome {
        var descriptors = [
            pollfd(fd: SignalPipe.readDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: keyboard, events: Int16(POLLIN), revents: 0),
        ]
        guard poll(&descriptors, nfds_t(descriptors.count), -1) >= 0 else {
            return errno == EINTR ? .signal : .failed
        }
        return descriptors[0].revents != 0 ? .signal : .input
    }
}

import CNcursesw
import Glibc
import Synchronization

/// Restores the terminal when the process dies of a signal, so that a crash or a `kill`
/// does not leave the shell on the alternate screen with the cursor hidden.
///
/// Crash signals (`SIGILL`, `SIGTRAP`, `SIGABRT`, `SIGSEGV`, `SIGBUS`, `SIGFPE`) call `endwin`,
/// put the previous handler back (Swift's backtracer, or the default) and raise the signal
/// again. `SIGTERM`, `SIGHUP` and `SIGINT` call `endwin` and exit with status 128 + signal.
/// `endwin` is not async-signal-safe; it is the accepted compromise, since the process is
/// ending anyway. Install after `newterm`, which sets up ncurses' own handlers.
enum SignalHandlers {
    /// Installs the handlers, remembering the ones they replace; does nothing if they are
    /// already installed.
    static func install() {
        guard !installed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        for signal in crashSignals { replace(signal, with: restoreTerminalAndRaise) }
        for signal in terminationSignals { replace(signal, with: restoreTerminalAndExit) }
    }

    /// Puts back the handlers that ``install()`` replaced.
    static func uninstall() {
        guard installed.exchange(false, ordering: .acquiringAndReleasing) else { return }
        for signal in crashSignals + terminationSignals {
            sigaction(signal, previousActions + Int(signal), nil)
        }
    }

    /// Installs `handler` for `signal`, saving the current action in `previousActions`.
    private static func replace(_ signal: Int32, with handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_ONSTACK
        sigaction(signal, &action, previousActions + Int(signal))
    }
}

/// Signals that mean the program crashed.
private let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

/// Signals that ask the program to end.
private let terminationSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT]

/// Whether Lede's handlers are in place.
private let installed = Atomic<Bool>(false)

/// The actions Lede's handlers replaced, indexed by signal number (all handled signals are
/// below 32). Written only by `install`, before the handlers can run.
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<sigaction> = {
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 32)
    actions.initialize(repeating: sigaction(), count: 32)
    return actions
}()

/// Crash handler: restore the terminal, then let the previous handler deal with the signal.
private func restoreTerminalAndRaise(_ signal: Int32) {
    endwin()
    sigaction(signal, previousActions + Int(signal), nil)
    raise(signal)
}

/// Termination handler: restore the terminal and exit as a shell reports a killed process.
private func restoreTerminalAndExit(_ signal: Int32) {
    endwin()
    _exit(128 + signal)
}

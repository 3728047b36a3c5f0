import CNcursesw
import Glibc
import Synchronization

/// What Lede does on signals while ncurses has the terminal: give the terminal back before
/// the process ends, whatever ends it, and wake the key loop when the terminal may have
/// changed.
///
/// - Termination (`SIGTERM`, `SIGHUP`, `SIGINT`, `SIGQUIT`): noted in ``endingSignal`` and
///   passed to the key loop through ``SignalPipe``, so that the loop ends and Lede saves what
///   it keeps (the reading position) from the main thread before it gives the terminal back
///   and exits with status 128 + signal, as a shell reports a killed process. A second one,
///   or one while no loop can hear it, does not wait: `endwin`, then that exit at once.
///   `SIGQUIT` is one of them: the Swift runtime would otherwise print a crash report over
///   the screen and carry on.
/// - Crashes (`SIGILL`, `SIGTRAP`, `SIGABRT`, `SIGSEGV`, `SIGBUS`, `SIGFPE`): `endwin`, then the
///   handler that was there before (the Swift runtime's backtracer, or none) with the
///   original signal information, then death by the signal's default action. The backtracer
///   is interactive when standard input and output were terminals at startup, and would then
///   wait 30 s for a key; standard input is first replaced by a pipe holding one key, which
///   answers its prompt at once (on `/dev/null` it fails and says so). Its setting is read
///   from `SWIFT_BACKTRACE` when the process starts, too early for Lede to change. The
///   prompt line it leaves is cleared.
/// - `SIGWINCH` and `SIGCONT`: a byte in ``SignalPipe`` for the key loop, then the handler
///   that was there before (ncurses' own, which notes a resize). `SIGCONT` is also passed to
///   ncurses' `SIGWINCH` handler: while Lede was stopped the shell had the terminal and got
///   any `SIGWINCH`, so the size may have changed unseen.
///
/// `endwin` is not async-signal-safe; it is the accepted compromise, since the process is
/// ending anyway. Install after `newterm`, which sets up ncurses' own handlers.
enum SignalHandlers {
    /// Installs the handlers, remembering the ones they replace, for the terminal written to
    /// through `terminal`; does nothing if they are already installed.
    static func install(terminal: Int32) {
        guard !installed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        terminalDescriptor.store(terminal, ordering: .releasing)
        pendingTermination.store(0, ordering: .releasing)
        prepareLineClearing()
        SignalPipe.open()
        for signal in crashSignals { replace(signal, with: restoreTerminalAndCrash) }
        for signal in terminationSignals { replace(signal, with: askToEnd) }
        // As ncurses has it, a resize interrupts what it can; a continue need not.
        replace(SIGWINCH, with: wakeKeyLoop)
        replace(SIGCONT, with: wakeKeyLoop, restarting: true)
    }

    /// The termination signal that asked Lede to end, once one has; the key loop then ends.
    static var endingSignal: Int32? {
        let signal = pendingTermination.load(ordering: .acquiring)
        return signal == 0 ? nil : signal
    }

    /// Puts back the handlers that ``install(terminal:)`` replaced.
    static func uninstall() {
        guard installed.exchange(false, ordering: .acquiringAndReleasing) else { return }
        for signal in crashSignals + terminationSignals + wakeSignals {
            sigaction(signal, previousActions + Int(signal), nil)
        }
        SignalPipe.close()
    }

    /// Installs `handler` for `signal`, saving the current action in `previousActions`;
    /// `restarting` lets system calls it interrupts carry on (`poll` is never restarted).
    private static func replace(
        _ signal: Int32, with handler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void,
        restarting: Bool = false
    ) {
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_SIGINFO | SA_ONSTACK | (restarting ? SA_RESTART : 0)
        sigaction(signal, &action, previousActions + Int(signal))
    }

    /// Looks up the terminal's clear-to-end-of-line sequence now, while it is safe to.
    private static func prepareLineClearing() {
        let clear = lede_string_capability("el").map { Array(String(cString: $0).utf8) } ?? []
        let sequence = [UInt8(ascii: "\r")] + clear.prefix(clearLineCapacity - 1)
        for (index, byte) in sequence.enumerated() { clearLineSequence[index] = byte }
        clearLineLength.store(sequence.count, ordering: .releasing)
    }
}

/// Signals that mean the program crashed.
private let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

/// Signals that ask the program to end.
private let terminationSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]

/// Signals after which the terminal may need drawing again.
private let wakeSignals: [Int32] = [SIGWINCH, SIGCONT]

/// The termination signal received, 0 before any.
private let pendingTermination = Atomic<Int32>(0)

/// Whether Lede's handlers are in place.
private let installed = Atomic<Bool>(false)

/// Where the terminal is written, for the line clearing after a crash report.
private let terminalDescriptor = Atomic<Int32>(-1)

/// Room for `\r` and the terminal's clear-to-end-of-line sequence.
private let clearLineCapacity = 64
/// `\r` and the terminal's clear-to-end-of-line sequence, looked up at installation.
nonisolated(unsafe) private let clearLineSequence: UnsafeMutablePointer<UInt8> = {
    let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: clearLineCapacity)
    bytes.initialize(repeating: 0, count: clearLineCapacity)
    return bytes
}()
/// How many bytes of `clearLineSequence` are in use.
private let clearLineLength = Atomic<Int>(0)

/// The actions Lede's handlers replaced, indexed by signal number (all handled signals are
/// below 32). Written only by `install`, before the handlers can run.
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<sigaction> = {
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 32)
    actions.initialize(repeating: sigaction(), count: 32)
    return actions
}()

/// Runs the action that Lede's handler for `signal` replaced, if it is a function, as if
/// the kernel had run it for `signal` with `info` and `context`.
private func runPreviousHandler(
    of handled: Int32, for signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
) {
    let previous = previousActions[Int(handled)]
    if previous.sa_flags & SA_SIGINFO != 0 {
        previous.__sigaction_handler.sa_sigaction?(signal, info, context)
    } else if let handler = previous.__sigaction_handler.sa_handler,
        unsafeBitCast(handler, to: Int.self) != unsafeBitCast(SIG_IGN, to: Int.self)
    {
        handler(signal)
    }
}

/// Crash handler: restore the terminal, let the previous handler report the crash without
/// waiting for a key, then die of the signal.
private func restoreTerminalAndCrash(
    _ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
) {
    endwin()
    answerBacktracerPrompt()
    runPreviousHandler(of: signal, for: signal, info, context)
    let terminal = terminalDescriptor.load(ordering: .acquiring)
    if terminal >= 0 { _ = write(terminal, clearLineSequence, clearLineLength.load(ordering: .acquiring)) }
    // The Swift runtime's handler returns, expecting a fault to happen again; a signal sent
    // with kill or raise would then be survived. The default action, pending until this
    // handler returns, ends the process either way.
    var action = sigaction()
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)
    raise(signal)
}

/// Puts a pipe holding one key (`q`, "any other key to quit") on standard input, so that the
/// Swift backtracer's interactive prompt is answered at once. Async-signal-safe.
private func answerBacktracerPrompt() {
    // A tuple, not an array: nothing here may allocate.
    var ends: (read: Int32, write: Int32) = (-1, -1)
    let created = withUnsafeMutableBytes(of: &ends) { pipe($0.baseAddress!.assumingMemoryBound(to: Int32.self)) }
    if created == 0 {
        var key = UInt8(ascii: "q")
        _ = write(ends.write, &key, 1)
        close(ends.write)
        dup2(ends.read, STDIN_FILENO)
        close(ends.read)
    } else {
        let null = open("/dev/null", O_RDONLY)
        if null >= 0 {
            dup2(null, STDIN_FILENO)
            close(null)
        }
    }
}

/// Termination handler: note the signal and wake the key loop, which ends; a second signal,
/// or one with no loop to wake, restores the terminal and exits as a shell reports a killed
/// process. Async-signal-safe but for `endwin`, as in the other handlers.
private func askToEnd(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    let savedErrno = errno
    if pendingTermination.exchange(signal, ordering: .acquiringAndReleasing) != 0 || SignalPipe.readDescriptor < 0 {
        endwin()
        _exit(128 + signal)
    }
    SignalPipe.post(signal)
    errno = savedErrno
}

/// `SIGWINCH` and `SIGCONT` handler: wake the key loop, then tell ncurses.
private func wakeKeyLoop(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    let savedErrno = errno
    SignalPipe.post(signal)
    if signal == SIGCONT { runPreviousHandler(of: SIGWINCH, for: SIGWINCH, nil, nil) }
    runPreviousHandler(of: signal, for: signal, info, context)
    errno = savedErrno
}

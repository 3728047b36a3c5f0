import CNcursesw
import Glibc

/// ^C as a key: while Lede runs, the terminal's interrupt character is turned off, so that ^C
/// reaches the reader (it closes a prompt, or quits) instead of killing Lede with `SIGINT`.
///
/// Only ^C changes: ^Z still stops Lede and ^\ still ends it. ncurses keeps the change as
/// its program mode (restored after a stop) and gives the shell its own modes back at
/// `endwin`. A `SIGINT` sent from elsewhere still ends Lede cleanly.
enum InterruptKey {
    /// Turns the interrupt character of the terminal `descriptor` off; does nothing when it
    /// is no terminal.
    static func takeOver(_ descriptor: Int32) {
        var modes = termios()
        // The value that turns a special character off (`_POSIX_VDISABLE`), asked of the system.
        let disabled = fpathconf(descriptor, Int32(_PC_VDISABLE))
        guard disabled >= 0, tcgetattr(descriptor, &modes) == 0 else { return }
        withUnsafeMutableBytes(of: &modes.c_cc) { characters in
            characters[Int(VINTR)] = UInt8(truncatingIfNeeded: disabled)
        }
        guard tcsetattr(descriptor, TCSANOW, &modes) == 0 else { return }
        def_prog_mode()
    }
}

import ArgumentParser
import Foundation
import LedeKit

/// A failure reported to the person as one line on standard error, with exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// Prints the message as one `lede: …` line, escaped (``DisplayEscaping``) since it may
    /// name a file or quote a lexicon, and returns the exit code to leave with.
    static func report(_ error: any Error) -> ExitCode {
        StandardError.writeLine("lede: \(error)")
        return ExitCode(1)
    }
}

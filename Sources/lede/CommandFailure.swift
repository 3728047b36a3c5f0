import ArgumentParser
import Foundation

/// A failure reported to the person as one line on standard error, with exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// Prints the message as `lede: …` and returns the exit code to leave with.
    static func report(_ error: any Error) -> ExitCode {
        FileHandle.standardError.write(Data("lede: \(error)\n".utf8))
        return ExitCode(1)
    }
}

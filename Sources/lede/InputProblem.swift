import Foundation
import LedeKit
import LedeWeb

/// Why an article could not be read, whatever its source; ``message(about:)`` says it plainly.
enum InputProblem: Error, Equatable {
    /// A step of reading that the system refused.
    enum Step: String, Sendable {
        case open, read
    }

    /// open(2), fstat(2) or read(2) failed with `errno` `code`.
    case system(Step, code: Int32)
    /// The input holds no bytes at all.
    case empty
    /// The input holds only blank space (and perhaps a byte-order mark).
    case blank
    /// The input is a web page in which no article text was found.
    case noArticle
    /// The input goes on past the limit.
    case tooLarge(limit: ByteSize)
    /// The input starts like a binary file (``BinaryContent``).
    case binary
    /// A web page could not be fetched.
    case fetch(FetchProblem)
    /// A web page's elements nest deeper than `limit`.
    case nestedTooDeep(limit: Int)

    /// The one-line message for this problem with the input called `subject` (an escaped,
    /// quoted file name or `standard input`), without the `lede: ` prefix.
    func message(about subject: String) -> String {
        switch self {
        case .system(let step, let code): "cannot \(step.rawValue) \(subject): \(ReadFailure.reason(code))"
        case .empty: "\(subject) is empty: nothing to read"
        case .blank: "\(subject) holds only blank space: nothing to read"
        case .noArticle: "\(subject) is a web page with no article text in it: nothing to read"
        case .tooLarge(let limit): "\(subject) is larger than \(limit); use --max-size to raise the limit"
        case .binary: "\(subject) looks like a binary file, not an article"
        case .fetch(let problem): "cannot fetch \(subject): \(problem.reason)"
        case .nestedTooDeep(let limit):
            "\(subject) nests its HTML elements more than \(limit) deep, as no article does; --input text reads it as text"
        }
    }
}

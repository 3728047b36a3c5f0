import Foundation
import LedeKit

/// Where an article comes from: a file, standard input, or the built-in sample.
enum ArticleInput {
    case file(String)
    case standardInput
    case sample

    /// The input for the optional FILE argument: `-` or piped input means standard input;
    /// nothing at all on a terminal means the sample.
    init(path: String?) {
        switch path {
        case "-": self = .standardInput
        case let path?: self = .file(path)
        case nil: self = isatty(STDIN_FILENO) == 1 ? .sample : .standardInput
        }
    }

    /// The name shown for the article.
    var displayName: String {
        switch self {
        case .file(let path): (path as NSString).lastPathComponent
        case .standardInput: "(standard input)"
        case .sample: SampleArticle.fileName
        }
    }

    /// The article's bytes, or a failure that says plainly what is wrong.
    func read() throws(CommandFailure) -> [UInt8] {
        switch self {
        case .sample:
            return SampleArticle.bytes
        case .standardInput:
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        case .file(let path):
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CommandFailure("cannot open '\(path)': no such file")
            }
            guard !isDirectory.boolValue else { throw CommandFailure("cannot open '\(path)': it is a directory") }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure("cannot read '\(path)': permission denied or not a regular file")
            }
            return [UInt8](data)
        }
    }
}

import Foundation
import LedeKit
import LedeWeb

/// Where an article comes from: a file, a web page, standard input, or the built-in sample.
enum ArticleInput {
    /// A file, named by its path's bytes as given, which need not be UTF-8.
    case file(path: [UInt8])
    /// A web page, by its `http://` or `https://` address as given.
    case web(address: String)
    case standardInput
    case sample

    /// The input for the optional FILE argument: `-` or piped input means standard input;
    /// nothing at all on a terminal means the sample.
    init(path: String?) {
        switch path {
        case "-": self = .standardInput
        case let path? where PageFetcher.isWebAddress(path): self = .web(address: path)
        case let path?: self = .file(path: ArgumentBytes.original(of: path))
        case nil: self = isatty(STDIN_FILENO) == 1 ? .sample : .standardInput
        }
    }

    /// What names the article for remembering where it was left: a file's absolute path
    /// (its own path when that cannot be resolved) or a web address; `nil` for standard
    /// input and the sample.
    var source: [UInt8]? {
        switch self {
        case .file(let path):
            guard let resolved = realpath(path.map { CChar(bitPattern: $0) } + [0], nil) else { return path }
            defer { free(resolved) }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self), count: strlen(resolved)))
        case .web(let address): return Array(address.utf8)
        case .standardInput, .sample: return nil
        }
    }

    /// The inputs for several FILE arguments, in their order.
    static func inputs(for paths: [String]) -> [ArticleInput] {
        zip(paths, ArgumentBytes.originals(of: paths)).map { path, bytes in
            path == "-" ? .standardInput : PageFetcher.isWebAddress(path) ? .web(address: path) : .file(path: bytes)
        }
    }

    /// The name shown for the article: the file's name, escaped.
    var displayName: String {
        switch self {
        case .file(let path):
            let name = path.reversed().drop { $0 == UInt8(ascii: "/") }.prefix { $0 != UInt8(ascii: "/") }.reversed()
            return DisplayEscaping.escaped(bytes: name.isEmpty ? path : Array(name))
        case .web(let address): return DisplayEscaping.escaped(bytes: ArgumentBytes.original(of: address))
        case .standardInput: return "(standard input)"
        case .sample: return SampleArticle.fileName
        }
    }

    /// How a message names the input: the path quoted and escaped, or `standard input`.
    var subject: String {
        switch self {
        case .file(let path): "'\(DisplayEscaping.escaped(bytes: path))'"
        case .web(let address): "'\(DisplayEscaping.escaped(bytes: ArgumentBytes.original(of: address)))'"
        case .standardInput: "standard input"
        case .sample: "the built-in sample"
        }
    }

    /// The article's bytes, no more than `limit`, or a failure that says plainly what is wrong;
    /// a web page is given `timeout` seconds to answer.
    func read(limit: ByteSize, timeout: Double = FetchOption.defaultTimeout) throws(CommandFailure) -> InputContent {
        do throws(InputProblem) {
            if case .web(let address) = self {
                let noticed = FetchNotice.show(fetching: subject)
                defer { if noticed { FetchNotice.clear() } }
                return try fetch(address, limit: limit, timeout: timeout)
            }
            return InputContent(bytes: try readBytes(limit: limit))
        } catch {
            throw CommandFailure(error.message(about: subject))
        }
    }

    /// The page at `address`, refused when it looks binary like a file would be.
    private func fetch(_ address: String, limit: ByteSize, timeout: Double) throws(InputProblem) -> InputContent {
        let page: FetchedPage
        do throws(FetchProblem) {
            page = try PageFetcher(timeout: timeout, limit: limit.bytes).fetch(address)
        } catch .tooLarge {
            throw .tooLarge(limit: limit)
        } catch {
            throw .fetch(error)
        }
        if BinaryContent.looksBinary(page.bytes) { throw .binary }
        return InputContent(bytes: page.bytes, charset: page.charset, url: page.url, isHTML: page.isHTML)
    }

    private func readBytes(limit: ByteSize) throws(InputProblem) -> [UInt8] {
        switch self {
        case .sample:
            return SampleArticle.bytes
        case .web:
            preconditionFailure("a web page is fetched, not read")
        case .standardInput:
            return try ArticleInput.read(STDIN_FILENO, limit: limit, failing: .read)
        case .file(let path):
            // Read-only, and a terminal never becomes Lede's controlling terminal.
            let descriptor = (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer {
                open($0.baseAddress!, O_RDONLY | O_NOCTTY | O_CLOEXEC)
            }
            guard descriptor >= 0 else { throw .system(.open, code: errno) }
            defer { close(descriptor) }
            return try ArticleInput.read(descriptor, limit: limit, failing: .open)
        }
    }

    /// The file mapped into memory, when it is a regular file of at least `minimum` bytes and
    /// no more than `limit`; `nil` otherwise, or when it cannot be opened or mapped.
    func mapped(from minimum: Int, limit: ByteSize) -> MappedFile? {
        guard case .file(let path) = self else { return nil }
        let cPath = path.map { CChar(bitPattern: $0) } + [0]
        // Looked at before it is opened: opening a named pipe waits for its writer, and the
        // pipe is then read as usual, opened again.
        var named = stat()
        guard cPath.withUnsafeBufferPointer({ stat($0.baseAddress!, &named) }) == 0, named.st_mode & S_IFMT == S_IFREG,
            Int(named.st_size) >= minimum
        else { return nil }
        let descriptor = cPath.withUnsafeBufferPointer {
            open($0.baseAddress!, O_RDONLY | O_NOCTTY | O_CLOEXEC)
        }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        guard size >= minimum, size <= limit.bytes else { return nil }
        return MappedFile(descriptor: descriptor, count: size)
    }

    /// The bytes of open `descriptor`, which must not be a directory (that fails at `step`).
    private static func read(_ descriptor: Int32, limit: ByteSize, failing step: InputProblem.Step) throws(InputProblem)
        -> [UInt8]
    {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .system(.read, code: errno) }
        let type = status.st_mode & S_IFMT
        guard type != S_IFDIR else { throw .system(step, code: EISDIR) }
        let size = type == S_IFREG ? Int(status.st_size) : nil
        return try DescriptorReader(descriptor: descriptor, limit: limit).readAll(expectedSize: size)
    }
}

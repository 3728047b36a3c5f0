/// Why a page could not be fetched; ``reason`` says it plainly.
public enum FetchProblem: Error, Equatable, Sendable {
    /// The host name does not resolve.
    case unknownHost
    /// Nothing accepts connections at the host and port.
    case refused
    /// The TLS handshake or the server's certificate failed.
    case secureConnection
    /// The server sent nothing for `seconds`, or the whole fetch took longer.
    case timedOut(seconds: Double)
    /// The server answered with an HTTP error status.
    case status(Int)
    /// The body goes on past `limit` bytes.
    case tooLarge(limit: Int)
    /// The response's media type is neither HTML nor text.
    case notText(mediaType: String)
    /// More redirects than ``PageFetcher/maxRedirects`` in a row.
    case tooManyRedirects(Int)
    /// Any other failure, as the system describes it.
    case other(String)

    /// What went wrong, to follow `cannot fetch 'URL': ` (too large has its own message: the
    /// caller knows how the limit was set).
    public var reason: String {
        switch self {
        case .unknownHost: "the host name does not resolve"
        case .refused: "the connection was refused"
        case .secureConnection: "the secure connection (TLS) failed"
        case .timedOut(let seconds): "no answer within \(Self.seconds(seconds)) (--timeout)"
        case .status(let code): "the server answered HTTP \(code)\(Self.statusNames[code].map { " (\($0))" } ?? "")"
        case .tooLarge(let limit): "the page is larger than \(limit) bytes"
        case .notText(let type): "the page is \(type), neither HTML nor text"
        case .tooManyRedirects(let count): "more than \(count) redirects"
        case .other(let description): description
        }
    }

    /// The reason phrases of the statuses a reader meets most.
    static let statusNames: [Int: String] = [
        400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 410: "Gone",
        429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
        504: "Gateway Timeout",
    ]

    private static func seconds(_ value: Double) -> String {
        let whole = value.rounded() == value ? String(Int(value)) : String(value)
        return value == 1 ? "1 second" : "\(whole) seconds"
    }
}

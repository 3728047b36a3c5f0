import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches one web page over HTTP or HTTPS, within a size limit and a timeout.
///
/// Redirects are followed up to ``maxRedirects``; a gzip or deflate body is decoded by
/// URLSession; the body is read as it arrives and the fetch stops as soon as it passes the
/// limit, so a page that never ends costs no more than the limit.
public struct PageFetcher: Sendable {
    /// How many redirects in a row are followed, as browsers and curl bound them.
    public static let maxRedirects = 10
    /// The media types read as pages besides `text/…`.
    static let htmlTypes: Set<String> = ["application/xhtml+xml"]

    /// Seconds to wait for the server to answer or to send more; the whole fetch gets ten times as long.
    public var timeout: Double
    /// The most bytes of body read.
    public var limit: Int

    /// A fetcher that waits `timeout` seconds and reads at most `limit` bytes.
    public init(timeout: Double, limit: Int) {
        self.timeout = timeout
        self.limit = limit
    }

    /// Whether `argument` names a web page to fetch rather than a file: it starts with
    /// `http://` or `https://`, in any case.
    public static func isWebAddress(_ argument: String) -> Bool {
        let lowered = argument.prefix(8).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// The page at `address`, or why there is none.
    public func fetch(_ address: String) throws(FetchProblem) -> FetchedPage {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host != nil
        else { throw .other("not a web address") }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("text/html, text/plain;q=0.9, */*;q=0.1", forHTTPHeaderField: "Accept")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 10
        configuration.urlCache = nil
        let receiver = PageReceiver(limit: limit, timeout: timeout)
        let session = URLSession(configuration: configuration, delegate: receiver, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        session.dataTask(with: request).resume()
        return try receiver.wait()
    }
}

/// The delegate that receives one fetch: it checks the response, gathers the body within the
/// limit, and hands the outcome to the thread waiting in ``wait()``.
private final class PageReceiver: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let limit: Int
    private let timeout: Double
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    // Guarded by `lock`.
    private var body: [UInt8] = []
    private var problem: FetchProblem?
    private var page: FetchedPage?
    private var redirects = 0

    init(limit: Int, timeout: Double) {
        self.limit = limit
        self.timeout = timeout
    }

    /// Blocks until the fetch ends; the page, or the first problem met.
    func wait() throws(FetchProblem) -> FetchedPage {
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        if let problem { throw problem }
        guard var page else { throw .other("no response") }
        page.bytes = body
        return page
    }

    private func fail(_ found: FetchProblem, _ task: URLSessionTask) {
        lock.lock()
        if problem == nil { problem = found }
        lock.unlock()
        task.cancel()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        lock.lock()
        redirects += 1
        let tooMany = redirects > PageFetcher.maxRedirects
        lock.unlock()
        if tooMany {
            completionHandler(nil)
            fail(.tooManyRedirects(PageFetcher.maxRedirects), task)
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let http = response as? HTTPURLResponse
        let mediaType = response.mimeType?.lowercased()
        let found: FetchProblem? =
            if let status = http?.statusCode, status >= 400 { .status(status) }
            else if let mediaType, !mediaType.hasPrefix("text/"), !PageFetcher.htmlTypes.contains(mediaType) { .notText(mediaType: mediaType) }
            else if response.expectedContentLength > Int64(limit) { .tooLarge(limit: limit) }
            else { nil }
        if let found {
            completionHandler(.cancel)
            fail(found, dataTask)
            return
        }
        lock.lock()
        page = FetchedPage(bytes: [], url: (response.url ?? dataTask.originalRequest?.url)?.absoluteString ?? "",
                           charset: response.textEncodingName?.lowercased(), mediaType: mediaType)
        lock.unlock()
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        let over = body.count + data.count > limit
        if !over { body.append(contentsOf: data) }
        lock.unlock()
        if over { fail(.tooLarge(limit: limit), dataTask) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.lock()
        if problem == nil, let error { problem = Self.problem(for: error, timeout: timeout) }
        lock.unlock()
        done.signal()
    }

    /// Words in a failure's description that say the TLS layer failed.
    private static let tlsWords = ["ssl", "tls", "certificate"]

    /// The problem a URLSession error stands for.
    private static func problem(for error: any Error, timeout: Double) -> FetchProblem {
        guard let error = error as? URLError else { return .other(error.localizedDescription) }
        switch error.code {
        case .cannotFindHost, .dnsLookupFailed: return .unknownHost
        case .cannotConnectToHost: return .refused
        case .timedOut: return .timedOut(seconds: timeout)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
             .clientCertificateRequired:
            return .secureConnection
        case .httpTooManyRedirects: return .tooManyRedirects(PageFetcher.maxRedirects)
        // swift-corelibs-foundation passes most of curl's TLS failures on with no code of
        // their own, only OpenSSL's words.
        case .unknown where tlsWords.contains(where: error.localizedDescription.lowercased().contains):
            return .secureConnection
        default: return .other(error.localizedDescription)
        }
    }
}

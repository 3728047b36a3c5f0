import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests that fetch pages: it answers each path with a
/// response set in advance and closes the connection. Never reachable from outside the machine.
public final class LocalHTTPServer: @unchecked Sendable {
    /// What the server answers for one path.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        /// Seconds to wait before answering.
        public var delay: Double
        /// Whether the head gives the body's length; without it, the closed connection ends the body.
        public var sendsLength: Bool
        /// When set, the answer waits until the test signals it: a fetch that lasts exactly as
        /// long as the test needs, however slowly the test itself is scheduled.
        public var gate: DispatchSemaphore?

        public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = [], delay: Double = 0,
                    sendsLength: Bool = true, gate: DispatchSemaphore? = nil) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.sendsLength = sendsLength
            self.gate = gate
        }

        /// A 200 page of `type` holding `text` as UTF-8.
        public static func page(_ text: String, type: String = "text/html; charset=utf-8") -> Response {
            Response(headers: [("Content-Type", type)], body: Array(text.utf8))
        }

        /// A redirect to `location`.
        public static func redirect(to location: String, status: Int = 302) -> Response {
            Response(status: status, headers: [("Location", location)])
        }
    }

    /// The port the server listens on.
    public let port: UInt16
    private let listener: Int32
    private let routes: [String: Response]

    /// The address of `path` on this server.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Starts a server answering `routes` (by request path; 404 for the rest).
    public init(routes: [String: Response]) throws {
        self.routes = routes
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard bound == 0, named == 0, listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        listener = descriptor
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// Stops listening; connections being answered finish on their own.
    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            Thread { [self] in answer(connection) }.start()
        }
    }

    /// Reads one request's head and writes the route's response.
    private func answer(_ connection: Int32) {
        defer { close(connection) }
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.ends(with: "\r\n\r\n"), request.count < 65536 {
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { return }
            request += buffer[..<count]
            // Not HTTP (a TLS handshake, say): refuse it at once, as a plain server does.
            guard let first = request.first, first >= 65, first <= 90 else {
                _ = "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n".utf8CString.withUnsafeBytes { sendQuietly(connection, $0.baseAddress, $0.count - 1) }
                return
            }
        }
        let line = String(decoding: request.prefix { $0 != 0x0D }, as: UTF8.self).split(separator: " ")
        let path = line.count > 1 ? String(line[1]) : "/"
        let response = routes[path] ?? Response(status: 404, headers: [("Content-Type", "text/html")], body: Array("<p>no such page</p>".utf8))
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        response.gate?.wait()
        var head = "HTTP/1.1 \(response.status) Status\r\nConnection: close\r\n"
        if response.sendsLength { head += "Content-Length: \(response.body.count)\r\n" }
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        let bytes = Array((head + "\r\n").utf8) + response.body
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { sendQuietly(connection, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            sent += count
        }
    }
}

/// Sends on a socket whose client may have gone: a client that stops reading (Lede refusing
/// a page too large) makes `send` fail with EPIPE, where `write` would raise SIGPIPE and end
/// the whole test process.
private func sendQuietly(_ connection: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    send(connection, bytes, count, Int32(MSG_NOSIGNAL))
}

extension Array where Element == UInt8 {
    fileprivate func ends(with text: String) -> Bool {
        let tail = Array(text.utf8)
        return count >= tail.count && Array(suffix(tail.count)) == tail
    }
}

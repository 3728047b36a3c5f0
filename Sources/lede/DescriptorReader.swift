import Foundation

/// Reads an open file descriptor to its end with read(2): a file, a pipe, a FIFO, a terminal
/// or a device alike, as a stream, within a size limit.
struct DescriptorReader {
    let descriptor: Int32
    /// The most bytes the input may hold.
    let limit: ByteSize

    /// How much one read(2) asks for.
    private static let chunkSize = 64 * 1024

    /// Every byte up to the end of the input. Stops as soon as the start looks binary or the
    /// input passes the limit; `expectedSize`, a regular file's size, refuses a file that is too
    /// large without reading more than its start.
    func readAll(expectedSize: Int? = nil) throws(InputProblem) -> [UInt8] {
        var bytes: [UInt8] = []
        if let expectedSize { bytes.reserveCapacity(min(expectedSize, limit.bytes) + 1) }
        var ended = try read(into: &bytes, upTo: BinaryContent.sniffLength)
        if BinaryContent.looksBinary(bytes) { throw .binary }
        if let expectedSize, expectedSize > limit.bytes { throw .tooLarge(limit: limit) }
        if !ended { ended = try read(into: &bytes, upTo: min(limit.bytes, Int.max - 1) + 1) }
        if bytes.count > limit.bytes { throw .tooLarge(limit: limit) }
        return bytes
    }

    /// Appends to `bytes` until it holds `count` bytes or the input ends; returns whether the
    /// input ended. Never reads again after the end: on a terminal that would wait for more.
    private func read(into bytes: inout [UInt8], upTo count: Int) throws(InputProblem) -> Bool {
        var chunk = [UInt8](repeating: 0, count: DescriptorReader.chunkSize)
        while bytes.count < count {
            let wanted = min(chunk.count, count - bytes.count)
            let got = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, wanted) }
            if got > 0 {
                bytes.append(contentsOf: chunk[..<got])
            } else if got == 0 {
                return true
            } else {
                switch errno {
                case EINTR: continue
                case EAGAIN, EWOULDBLOCK: waitForInput()
                default: throw .system(.read, code: errno)
                }
            }
        }
        return false
    }

    /// Waits until a descriptor left in non-blocking mode (by whoever shared it) has input.
    private func waitForInput() {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&entry, 1, -1)
    }
}

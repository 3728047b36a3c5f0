import Foundation

/// A regular file's bytes mapped into memory read-only (`mmap`): nothing is read until a page
/// is touched, so a reader can show the start of a 100 MB file without reading the rest first,
/// and the kernel can drop pages it has read (they are the file's, not the process's).
///
/// The mapping is private and read-only; a file truncated while it is mapped makes a touch
/// past its new end fail (SIGBUS), as it does for `less` on a changing file read by `mmap`.
public final class MappedFile: Sendable {
    /// Where the bytes start (`nil` for an empty mapping).
    private nonisolated(unsafe) let base: UnsafeRawPointer?
    /// The number of bytes.
    public let count: Int

    /// Maps the first `count` bytes of the open file `descriptor` (the descriptor may be
    /// closed afterwards); `nil` when the system refuses.
    public init?(descriptor: Int32, count: Int) {
        guard count > 0 else { return nil }
        guard let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        base = UnsafeRawPointer(address)
        self.count = count
    }

    deinit {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), count) }
    }

    /// Lets the pages that lie wholly within `range` go from memory (`madvise`,
    /// `MADV_DONTNEED`): they are the file's, so a later touch reads them again. For bytes read
    /// once, as a chunk that has been analysed.
    public func release(_ range: Range<Int>) {
        guard let base else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (range.lowerBound + page - 1) / page * page
        let end = min(count, range.upperBound) / page * page
        guard start < end else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }

    /// Calls `body` with the bytes (valid only during the call).
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base?.assumingMemoryBound(to: UInt8.self), count: count))
    }
}

import Glibc

/// Writes bytes to a file descriptor with `write(2)`, all of them, retrying after a signal:
/// the terminal a screen draws on, or the command line's standard output and error.
public enum DescriptorWriter {
    /// Writes `bytes` to `descriptor`; returns `nil` when all were written, else the `errno`
    /// that stopped it (`EPIPE`, `ENOSPC`, `EBADF`…).
    public static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBufferPointer { write($0, to: descriptor) }
    }

    /// Writes all of `bytes` to `descriptor`, as ``write(_:to:)-([UInt8],_)`` does.
    public static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}

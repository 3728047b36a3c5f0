import Glibc

/// A temporary file that bytes are written to and then read back once, in order: a part of
/// the output that comes after parts not known yet, kept out of memory. The file has no name
/// and is gone once closed (`tmpfile`).
final class SpillFile {
    /// The open file.
    private let file: UnsafeMutablePointer<FILE>
    /// Whether anything was written.
    private(set) var isEmpty = true

    /// A new empty file; `nil` when none can be made (the reason in `errno`).
    init?() {
        guard let file = tmpfile() else { return nil }
        self.file = file
    }

    deinit { fclose(file) }

    /// Writes `bytes` at the end; false when the file system refuses them.
    func append(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return true }
        isEmpty = false
        return bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) } == bytes.count
    }

    /// Hands every byte written, from the start, to `output`, a block at a time; false when
    /// the file cannot be read back.
    func readBack(_ output: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        guard fflush(file) == 0 else { return false }
        rewind(file)
        var block = [UInt8](repeating: 0, count: Self.blockSize)
        while true {
            let count = block.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, $0.count, file) }
            if count > 0 { block.withUnsafeBufferPointer { output(UnsafeBufferPointer(rebasing: $0[..<count])) } }
            if count < Self.blockSize { return ferror(file) == 0 }
        }
    }

    /// The bytes read back at a time.
    private static let blockSize = 1 << 20
}

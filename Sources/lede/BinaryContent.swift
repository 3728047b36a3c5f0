/// Whether bytes are a binary file (an image, a program, an archive) rather than text.
enum BinaryContent {
    /// How many leading bytes decide, as for git and grep.
    static let sniffLength = 8 * 1024

    /// Whether `bytes`, the start of an input, look binary: a NUL byte in the first
    /// ``sniffLength`` bytes, unless a UTF-16 byte order mark announces text, whose ASCII
    /// characters all have a NUL byte.
    static func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
        let start = bytes.prefix(sniffLength)
        if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) { return false }
        return start.contains(0)
    }
}

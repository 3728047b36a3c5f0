import ArgumentParser

/// The `--max-size SIZE` option shared by the commands that read articles.
struct SizeLimitOption: ParsableArguments {
    /// The default limit: far beyond any article (a long novel is a few MB), and about as much
    /// text as Lede analyses in seconds and holds in a few hundred MB of memory.
    static let defaultLimit = ByteSize(bytes: 16 << 20)

    @Option(
        name: .customLong("max-size"),
        help: ArgumentHelp(
            "Refuse an article larger than this: a number of bytes, or with k, M or G (1k is 1024 bytes).",
            valueName: "SIZE"))
    var maxSize: ByteSize = SizeLimitOption.defaultLimit

    /// The largest limit: the reader counts an article's characters and lines in 32 bits.
    static let largestLimit = ByteSize(bytes: 4095 << 20)

    func validate() throws {
        if maxSize.bytes > Self.largestLimit.bytes {
            throw ValidationError("--max-size can be at most 4095M: Lede counts an article's characters in 32 bits")
        }
    }
}

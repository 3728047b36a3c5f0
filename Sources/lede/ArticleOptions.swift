import ArgumentParser
import LedeKit
import LedeWeb

/// The options of every command that reads articles: the actor lexicon, the size limit, what
/// the input is, and how long to wait for a URL.
struct ArticleOptions: ParsableArguments {
    @OptionGroup var lexicon: LexiconOption

    @OptionGroup var sizeLimit: SizeLimitOption

    @OptionGroup var inputFormat: InputFormatOption

    @OptionGroup var fetching: FetchOption

    /// The bytes of `input`, within the size limit and, for a URL, the timeout.
    func read(_ input: ArticleInput) throws(CommandFailure) -> InputContent {
        try input.read(limit: sizeLimit.maxSize, timeout: fetching.timeout)
    }

    /// A large text file mapped into memory (``MappedFile``) for the reader or `lede analyze`,
    /// which then read only the chunks they analyse: `nil` for a file smaller than `minimum`,
    /// anything but a regular file, a page (`--input html`, or HTML by its first bytes), or a
    /// file that ``read(_:)`` would refuse (too large, binary), which is read as usual and
    /// says why.
    func mappedText(_ input: ArticleInput, from minimum: Int = Self.mappingSize) -> MappedFile? {
        guard inputFormat.format != .html, let file = input.mapped(from: minimum, limit: sizeLimit.maxSize) else { return nil }
        let start = file.withBytes { Array($0.prefix(BinaryContent.sniffLength)) }
        guard !BinaryContent.looksBinary(start), inputFormat.format == .text || !HTMLSniffer.isHTML(start) else { return nil }
        return file
    }

    /// The chunks `lede analyze` and `lede quotes` read a large text file in, one at a time:
    /// `nil` for a file under two chunks, or one ``mappedText(_:from:)`` does not map.
    func listingChunks(_ input: ArticleInput) -> ArticleChunks? {
        mappedText(input, from: 2 * Self.listingChunkSize).map {
            ArticleChunks($0, firstSize: Self.listingChunkSize, laterSize: Self.listingChunkSize)
        }
    }

    /// The size of the chunks a large file is analysed and listed in (``listingChunks(_:)``).
    static let listingChunkSize = 1 << 20

    /// The smallest file the reader maps rather than reads: a few chunks.
    static let mappingSize = 4 * ArticleChunks.laterSize
}

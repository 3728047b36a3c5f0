import ArgumentParser
import LedeKit

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
}

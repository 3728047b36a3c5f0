/// A direct quotation in an article, with who said it.
public struct Quote: Hashable, Sendable {
    /// Whether a quotation is a whole utterance or a few words inside reported speech.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A quoted sentence or more (`“Our ties are always developing…,” the official said.`).
        case full
        /// Quoted words inside the writer's own sentence (`slammed it as “counterproductive”`).
        case partial
    }

    // The fields in this order leave no padding between them: a quote takes 192 bytes, not
    // 208 (a 100 MB article has a quarter of a million).

    /// Unicode scalar offsets of the quoted words, without the quote marks.
    public var range: Range<Int>
    /// The quotation with its marks (an unclosed one runs to its paragraph's end).
    public var extent: Range<Int>
    /// Index of the paragraph the quotation stands in.
    public var paragraphIndex: Int
    /// The sieve that decided the quotation is nobody's words (`title`, or `ranker-nobody` when
    /// the ranker took away the rules' speaker), when one did.
    public var unattributedBy: String?
    /// Every quote sieve that applied, in the order tried (the first decided); filled only
    /// when the extractor is asked to explain.
    public var votes: [SieveVote] = []
    /// The candidate speakers the ranker weighed, with their features; filled only when the
    /// extractor is asked to explain.
    public var candidates: [RankedCandidate] = []
    /// The attribution, when one was found.
    public var attribution: Attribution?
    /// Full or partial.
    public var kind: Kind

    /// Creates a quote.
    public init(range: Range<Int>, extent: Range<Int>, kind: Kind, paragraphIndex: Int, attribution: Attribution? = nil) {
        self.range = range
        self.extent = extent
        self.kind = kind
        self.paragraphIndex = paragraphIndex
        self.attribution = attribution
    }
}

/// Who a quotation is attributed to, and how the article says so.
public struct Attribution: Hashable, Sendable {
    // The fields in this order leave no padding between them (120 bytes, not 128).

    /// The words that name the speaker in the article (`the official`).
    public var speaker: String
    /// Who the speaker is, resolved across the article (`A Syrian military official`).
    public var speakerName: String
    /// The actor the speaker belongs with, if the lexicon places them.
    public var actorID: String?
    /// The verb or phrase that attributes the quotation (`said`, `according to`); `nil` for
    /// a paragraph that continues the previous speaker's quotation.
    public var cue: String?
    /// The name of the quote sieve that found the speaker (`inverted-verb`, `continuation`).
    public var sieve: String
    /// The name of the resolution sieve that decided who the speaker is (`person-name`).
    public var resolution: String
    /// Where the speaker's words stand; `nil` when the speaker is carried over from an earlier
    /// quote.
    public var speakerRange: Range<Int>?
    /// Whether the attribution is carried over from the previous quotation.
    public var continuesPrevious: Bool

    /// Creates an attribution.
    public init(
        speaker: String, speakerRange: Range<Int>?, speakerName: String, actorID: String?, cue: String?,
        continuesPrevious: Bool, sieve: String, resolution: String
    ) {
        self.speaker = speaker
        self.speakerRange = speakerRange
        self.speakerName = speakerName
        self.actorID = actorID
        self.cue = cue
        self.continuesPrevious = continuesPrevious
        self.sieve = sieve
        self.resolution = resolution
    }
}

/// What one quote sieve found for a quotation, for `lede analyze --explain`.
public struct SieveVote: Hashable, Sendable {
    /// The sieve's name.
    public var sieve: String
    /// The speaker it found: the words as written, or the name carried from an earlier
    /// quotation; `nil` when it found the quotation is nobody's words.
    public var speaker: String?
}

extension Quote {
    /// The marks `article` opens and closes the quotation with (`‘` and `’`, `"` and `"`); the
    /// closing one empty when the quotation is left unclosed.
    public func marks(in article: Article) -> (opening: String, closing: String) {
        (article[extent.lowerBound..<max(extent.lowerBound, range.lowerBound)],
         article[min(range.upperBound, extent.upperBound)..<extent.upperBound])
    }
}

/// Where an attribution was found around a quotation: the speaker's words and the cue.
struct SpeakerCue: Hashable, Sendable {
    /// Tokens naming the speaker.
    var speaker: [Token]
    /// The attributing verb or phrase.
    var cue: String

    /// Scalar range spanned by the speaker tokens.
    var speakerRange: Range<Int> {
        speaker.first!.range.lowerBound..<speaker.last!.range.upperBound
    }
}

/// The order in which sieves are tried, by kind of quotation: the first that finds a
/// speaker decides.
///
/// Both orders open with the attributions that name their verb outright (`said X`,
/// `according to X`). A full quotation is then attributed after it first (`“…,” the official
/// said`); a partial one belongs to the writer's sentence around it, so the verb before it
/// is read first. Last come the passes that look beyond the sentence. A partial quotation
/// that is plainly a figure or a title (`on ABC’s “This Week”`) is set aside before any of
/// them.
enum QuoteSieveOrder {
    /// Sieves for a quotation of a sentence or more.
    static let full: [any QuoteSieve] = explicit + [
        SubjectThenVerbSieve(), PrecedingVerbSieve(), SpeechNounOwnerSieve(), ColonIntroductionSieve(),
        SubjectAnyVerbSieve(), SignatureLineSieve(), TitleSieve(), ContinuationSieve(), IntroducingSentenceSieve(),
        RecentSpeakerSieve(),
    ]

    /// Sieves for a few quoted words inside the writer's sentence.
    static let partial: [any QuoteSieve] = [FigureSieve(), PossessedTitleSieve()] + explicit + [
        PrecedingVerbSieve(), SpeechNounOwnerSieve(), HeadlineSpeakerSieve(), TitleSieve(), SubjectThenVerbSieve(),
        RelativeSubjectSieve(), SentenceSubjectSieve(), DescribedSubjectSieve(), ContinuationSieve(),
    ]

    /// The attributions that name their cue outright, tried first for every quotation.
    private static let explicit: [any QuoteSieve] = [
        InvertedVerbSieve(), AccordingToSieve(side: .after), AccordingToSieve(side: .before),
        InvertedAfterCommaSieve(), ClosingClauseSieve(),
    ]

    /// The sieves for a quotation of `kind`, in order.
    static func sieves(for kind: Quote.Kind) -> [any QuoteSieve] {
        kind == .full ? full : partial
    }
}

import LedeKit

/// Short articles written for the tests, analysed with the built-in lexicon.
public enum TestArticles {
    /// A small article with a title, actors, an attributed quote, a continuing quote, a
    /// partial quote and a search target; long enough to scroll on a small screen.
    public static let briefing = """
        Talks in Geneva stall as Moscow and Washington trade blame

        Diplomats met again on Tuesday, but the Kremlin said nothing had changed since the last round of talks in the spring.

        “We came here in good faith and we will leave in good faith,” said Maria Keller, a spokeswoman for the mediators.

        “Nobody expected a breakthrough this week. The work is slow by design.”

        A Russian negotiator described the American proposal as “unworkable” and left early.

        Officials in Tehran said they would study the text. Iran has not sent a delegation.

        The next round is planned for the autumn, when the mediators hope the mood will be calmer and the agenda shorter.

        Observers said the talks could still produce a limited agreement on prisoner exchanges before the winter.
        """

    /// The analysis of ``briefing``.
    public static var briefingAnalysis: Analysis {
        Analyzer().analyze(bytes: Array(briefing.utf8))
    }
}

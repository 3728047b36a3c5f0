/// The attributed quotations so far, in text order, indexed for the questions the speaker
/// resolver asks of them, so that each answer takes constant time however many there are.
struct AttributionHistory: Sendable {
    /// The latest attributed quotation.
    private(set) var lastQuote: Quote?
    /// The latest attribution whose speaker phrase ends in each head noun (`official`).
    private var latestByHead: [String: Attribution] = [:]
    /// The gender of each speaker an earlier `he` or `she` was resolved to.
    private(set) var pronounGenders: [String: Gender] = [:]

    /// The latest attribution.
    var last: Attribution? { lastQuote?.attribution }

    /// Records `quote`, which has an attribution.
    mutating func append(_ quote: Quote) {
        guard let attribution = quote.attribution else { return }
        lastQuote = quote
        if let head = Self.headNoun(of: attribution.speaker) { latestByHead[head] = attribution }
        if let gender = Gender.ofPronoun(attribution.speaker), attribution.speakerName != attribution.speaker {
            pronounGenders[attribution.speakerName] = gender
        }
    }

    /// The latest attribution whose speaker phrase ends in `head`.
    func latest(withHead head: String) -> Attribution? {
        latestByHead[head]
    }

    /// The last word of a speaker phrase, in lower case.
    static func headNoun(of phrase: String) -> String? {
        phrase.split(separator: " ").last.map { $0.lowercased() }
    }
}

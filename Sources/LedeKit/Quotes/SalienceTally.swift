/// The salience points of the people named before a pronoun, after Lappin and Leass (1994):
/// each sentence counts a person once, by their most salient role in it
/// (``GrammaticalRole``), halved for every sentence between it and the pronoun.
struct SalienceTally {
    /// How many sentences before the pronoun's own are read.
    static let sentencesBack = 5

    /// The points of each name's sentences so far, by sentence distance.
    private var points: [String: [Int: Double]] = [:]
    /// Where each name was last counted.
    private var latest: [String: Int] = [:]

    /// Counts a mention of `name` in `role`, `distance` sentences before the pronoun, at
    /// `position`.
    mutating func add(_ name: String, role: GrammaticalRole, sentencesBack distance: Int, at position: Int) {
        let value = Double(role.rawValue) / Double(1 << min(max(distance, 0), 30))
        points[name, default: [:]][distance] = max(points[name]?[distance] ?? 0, value)
        latest[name] = max(latest[name] ?? position, position)
    }

    /// The name with the most points, ties going to the latest counted, then to the name
    /// first in alphabetical order: the same text always gives the same name, whatever order
    /// the dictionaries keep.
    var mostSalient: String? {
        points.mapValues { $0.values.sorted().reduce(0, +) }
            .max { ($0.value, latest[$0.key]!, $1.key) < ($1.value, latest[$1.key]!, $0.key) }?.key
    }
}

/// The word a misspelling most likely meant, for messages (`nme`: did you mean `name`?).
public enum NearestWord {
    /// The word of `words` closest to `typed` by edits (a character inserted, deleted,
    /// changed, or two neighbours swapped), if one is close enough to be a slip: at most one
    /// edit for a short word, two from five characters on. The first wins a tie.
    public static func nearest(to typed: String, among words: [String]) -> String? {
        let allowed = typed.count >= 5 ? 2 : 1
        let scored = words.map { (word: $0, distance: distance(Array(typed.lowercased()), Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= allowed, best.distance > 0 else {
            return nil
        }
        return best.word
    }

    /// The optimal-string-alignment distance between `a` and `b`.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}

/// Features named by a prefix and a word (`vote:` and a sieve's name), each word's index in
/// ``FeatureSpace/ranker`` found once, so setting one builds and hashes no whole name.
struct FeatureFamily: Sendable {
    /// What every name of the family starts with.
    let prefix: String
    /// The index of each word's feature.
    private let indexByWord: [String: Int]

    /// The family of `prefix` followed by each of `words`.
    init(prefix: String, words: some Sequence<String>) {
        self.prefix = prefix
        indexByWord = Dictionary(
            words.compactMap { word in FeatureSpace.ranker.index(of: prefix + word).map { (word, $0) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Sets the feature named by the prefix and `word` in `vector` to `value`; a word the
    /// family lacks is set by its whole name.
    func set(_ word: String, to value: Double, in vector: inout FeatureVector) {
        if let index = indexByWord[word] {
            vector[index: index] = value
        } else {
            vector[prefix + word] = value
        }
    }
}

/// The features of one candidate as the ranker reads them: a sparse vector over
/// ``FeatureSpace/ranker``, each feature at most once.
///
/// Features are set by name (one look-up in the space) or, where a table gives the index,
/// by index; a name the space lacks is kept by name, so it shows and weighs as before.
struct FeatureVector: Sendable, ExpressibleByDictionaryLiteral {
    /// The indices of the features present, in the order set.
    private(set) var indices: [Int] = []
    /// The value of each feature of ``indices``.
    private(set) var values: [Double] = []
    /// Features whose names the space lacks.
    private(set) var unlisted: [String: Double] = [:]

    /// An empty vector.
    init() {}

    /// The vector of `elements`, by name.
    init(dictionaryLiteral elements: (String, Double)...) {
        for (name, value) in elements { self[name] = value }
    }

    /// The value of the feature `name`, or nil when the vector lacks it.
    subscript(name: String) -> Double? {
        get {
            guard let index = FeatureSpace.ranker.index(of: name) else { return unlisted[name] }
            return self[index: index]
        }
        set {
            guard let index = FeatureSpace.ranker.index(of: name) else {
                unlisted[name] = newValue
                return
            }
            self[index: index] = newValue
        }
    }

    /// The value of the feature at `index` of the space, or nil when the vector lacks it.
    subscript(index index: Int) -> Double? {
        get { indices.firstIndex(of: index).map { values[$0] } }
        set {
            if let place = indices.firstIndex(of: index) {
                if let newValue {
                    values[place] = newValue
                } else {
                    indices.remove(at: place)
                    values.remove(at: place)
                }
            } else if let newValue {
                append(index, newValue)
            }
        }
    }

    /// Adds the feature at `index`, which the vector must not have yet.
    mutating func append(_ index: Int, _ value: Double) {
        indices.append(index)
        values.append(value)
    }

    /// Sets every feature of `other` to its value there, in `other`'s order.
    mutating func add(_ other: FeatureVector) {
        for (index, value) in zip(other.indices, other.values) { self[index: index] = value }
        for (name, value) in other.unlisted { unlisted[name] = value }
    }

    /// The names of the features present.
    var keys: [String] { indices.map { FeatureSpace.ranker.names[$0] } + unlisted.keys }

    /// The features by name.
    var dictionary: [String: Double] {
        var named = unlisted
        for (index, value) in zip(indices, values) { named[FeatureSpace.ranker.names[index]] = value }
        return named
    }
}

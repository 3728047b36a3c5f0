/// The names of the ranker's features, each with its index, made once: a candidate's features
/// are a ``FeatureVector`` of indices, so pairing, copying and scoring them hash no name.
struct FeatureSpace: Sendable {
    /// Every name, at its index.
    let names: [String]
    /// The index of each name.
    private let indexByName: [String: Int]

    /// The space of `names`, in their order; a name given again keeps its first index.
    init(names: [String]) {
        var unique: [String] = []
        var indexByName: [String: Int] = [:]
        for name in names where indexByName[name] == nil {
            indexByName[name] = unique.count
            unique.append(name)
        }
        self.names = unique
        self.indexByName = indexByName
    }

    /// The index of `name`, when the space has it.
    func index(of name: String) -> Int? { indexByName[name] }

    /// How many names the space holds.
    var count: Int { names.count }

    /// Every feature a speaker candidate (``CandidateFeatures``) or the option of no speaker
    /// (``QuotationFeatures``) can have.
    static let ranker = FeatureSpace(names: CandidateFeatures.names + QuotationFeatures.names)
}

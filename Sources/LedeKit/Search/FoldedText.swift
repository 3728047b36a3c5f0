/// An article's text as search reads it (``SearchFolding``), with the way back from each
/// folded scalar to the original: made once per article and per way of treating accents.
struct FoldedText: Sendable {
    /// The folded scalars' values.
    let keys: [UInt32]
    /// For each folded scalar, the offset of the original scalar it comes from; one more
    /// entry, the original's length, ends the array.
    let origins: [UInt32]

    /// Folds `scalars`, keeping accents or not. Two straight apostrophes in a row (`''`) read
    /// as one double quotation mark.
    init(_ scalars: [Unicode.Scalar], keepingAccents accents: Bool) {
        var keys: [UInt32] = []
        var origins: [UInt32] = []
        keys.reserveCapacity(scalars.count)
        origins.reserveCapacity(scalars.count + 1)
        var cache: [Unicode.Scalar: [UInt32]] = [:]
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
                keys.append(UInt32(UInt8(ascii: "\"")))
                origins.append(UInt32(index))
                index += 2
                continue
            }
            if scalar.isASCII, scalar != "`" {
                keys.append(scalar.value)
                origins.append(UInt32(index))
            } else {
                let folded = cache[scalar] ?? {
                    let values = SearchFolding.fold(scalar, keepingAccents: accents).map(\.value)
                    cache[scalar] = values
                    return values
                }()
                keys.append(contentsOf: folded)
                origins.append(contentsOf: repeatElement(UInt32(index), count: folded.count))
            }
            index += 1
        }
        origins.append(UInt32(scalars.count))
        self.keys = keys
        self.origins = origins
    }

    /// The original range of the folded scalars `range`: from the first one's original to
    /// the end of the last one's (a match that ends inside `…` takes all of it).
    func originalRange(of range: Range<Int>) -> Range<Int> {
        let start = Int(origins[range.lowerBound])
        var end = range.upperBound
        while end < keys.count, origins[end] == origins[range.upperBound - 1] { end += 1 }
        return start..<Int(origins[end])
    }
}

import Algorithms

/// A repaired article: its text and its paragraph structure.
///
/// All positions are Unicode scalar offsets into ``text``, half-open, so that the same
/// numbers work in Swift (`unicodeScalars`), in Python (`text[start:end]`) and in JSON.
///
/// An article joined from chunks (``append(_:)``, the reader's large files) is *compact*: it
/// keeps its text once, as UTF-8, with a ``ScalarIndex`` instead of the array of scalars
/// (four bytes a character). Code that may see such an article reads its scalars through
/// ``scalarCount``, ``scalars(in:)``, ``withScalars(in:_:)`` and the subscript, not ``scalars``.
public struct Article: Sendable {
    /// The whole repaired text.
    public internal(set) var text: String
    /// The text as an array of scalars, for offset arithmetic; empty when the article is
    /// compact (``isCompact``).
    public internal(set) var scalars: [Unicode.Scalar]
    /// Where the scalars start in ``text``'s UTF-8, when the article is compact.
    private var index: ScalarIndex?
    /// The paragraphs in order; the title, when there is one, is the first.
    public internal(set) var paragraphs: [Paragraph]

    /// Creates an article from text and its paragraphs.
    public init(text: String, paragraphs: [Paragraph]) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.paragraphs = paragraphs
    }

    /// The title paragraph, if the article has one.
    public var title: Paragraph? {
        paragraphs.first { $0.role == .title }
    }

    /// Whether the text is kept only as UTF-8 with an index (``scalars`` is empty).
    public var isCompact: Bool { index != nil }

    /// The number of scalars of the text.
    public var scalarCount: Int { index?.count ?? scalars.count }

    /// The text of the scalars in `range`.
    public subscript(range: Range<Int>) -> String {
        guard index != nil else { return String(scalars: scalars[range]) }
        return withUTF8 { utf8 in String(decoding: UnsafeBufferPointer(rebasing: utf8[byteRange(of: range, in: utf8)]), as: UTF8.self) }
    }

    /// The scalars in `range`.
    public func scalars(in range: Range<Int>) -> [Unicode.Scalar] {
        withScalars(in: range) { Array($0) }
    }

    /// Calls `body` with the scalars in `range` (the first at index 0): the array's own when
    /// there is one, else decoded for the call.
    public func withScalars<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> Result) rethrows -> Result {
        guard index != nil else { return try scalars.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) } }
        var decoded: [Unicode.Scalar] = []
        decoded.reserveCapacity(range.count)
        withUTF8 { utf8 in
            var iterator = UnsafeBufferPointer(rebasing: utf8[byteRange(of: range, in: utf8)]).makeIterator()
            var decoder = UTF8()
            while case .scalarValue(let scalar) = decoder.decode(&iterator) { decoded.append(scalar) }
        }
        return try decoded.withUnsafeBufferPointer(body)
    }

    /// The UTF-8 offset in ``text`` where scalar `offset` starts (the text's length at its end).
    public func utf8Offset(of offset: Int) -> Int {
        guard let index else { return scalars[..<offset].reduce(0) { $0 + UTF8.width($1) } }
        return withUTF8 { index.byteOffset(of: offset, in: $0) }
    }

    /// The byte range in `utf8` (the text's) of the scalars in `range`, for a compact article.
    private func byteRange(of range: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let index = index!
        let start = index.byteOffset(of: range.lowerBound, in: utf8)
        var end = start
        // The end is read forward from the start when it is near (as a line's or a word's is).
        if range.count < ScalarIndex.stride {
            for _ in range { end += ScalarIndex.length(utf8[end]) }
        } else {
            end = index.byteOffset(of: range.upperBound, in: utf8)
        }
        return start..<end
    }

    /// Calls `body` with the text's UTF-8.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var text = text
        return try text.withUTF8(body)
    }

    /// Keeps the text only as UTF-8 with an index, letting the array of scalars go.
    mutating func compact() {
        guard index == nil else { return }
        var index = ScalarIndex()
        withUTF8 { index.append($0) }
        self.index = index
        scalars = []
    }

    /// Appends `more` (whole characters) to the text of a compact article.
    mutating func appendCompact(_ more: String) {
        text += more
        var more = more
        more.withUTF8 { index!.append($0) }
    }

    /// Makes room for a compact article of `bytes` bytes of text.
    mutating func reserveCompactCapacity(_ bytes: Int) {
        text.reserveCapacity(bytes)
        index?.reserveCapacity(bytes)
    }

    /// The index of the paragraph containing the scalar offset `offset`, if any.
    public func paragraphIndex(containing offset: Int) -> Int? {
        let index = paragraphs.partitioningIndex { $0.range.upperBound > offset }
        return index < paragraphs.count && paragraphs[index].range.contains(offset) ? index : nil
    }
}

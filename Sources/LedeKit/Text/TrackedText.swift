import Foundation

/// Text being repaired in several passes, each scalar remembering where in the source text it
/// came from, so that the repairs of all passes can be reported against the final text.
///
/// A pass replaces spans of the current text. A scalar a pass leaves alone keeps its place in the
/// source; the scalars a replacement puts in share the source span of everything they replace,
/// including what earlier passes had put there. In the end, neighbouring replaced scalars whose
/// source spans overlap form one ``TextRepair``: its `original` is the source text, so a repair
/// of a repair reads as one repair of the source, and ranges need no shifting by hand.
struct TrackedText {
    /// One replacement: a non-empty span of the current scalars and the non-empty scalars put in its place.
    struct Replacement {
        let range: Range<Int>
        let scalars: [Unicode.Scalar]
        /// What the new scalars are; nil keeps the kind of the latest repair inside `range`.
        let kind: RepairKind?
    }

    /// The source text.
    let source: [Unicode.Scalar]
    /// The current text.
    private(set) var scalars: [Unicode.Scalar]
    /// Where each current scalar starts and ends in `source`.
    private var sourceStarts: [Int32]
    private var sourceEnds: [Int32]
    /// For a replaced scalar, the number of the replacement that put it there (counting from 1); 0 when unchanged.
    private var serials: [Int32]
    /// The kind of each replacement, by number (index 0 unused).
    private var kinds: [RepairKind] = [.other]

    /// The text as given, while no replacement has changed it.
    private var original: String?

    init(_ text: String) {
        original = text
        source = Array(text.unicodeScalars)
        scalars = source
        sourceStarts = (0..<Int32(source.count)).map { $0 }
        sourceEnds = (1..<Int32(source.count + 1)).map { $0 }
        serials = Array(repeating: 0, count: source.count)
    }

    /// The current text.
    var text: String { original ?? Self.string(scalars) }

    /// Applies `replacements`, which are in text order and do not overlap.
    mutating func apply(_ replacements: [Replacement]) {
        guard !replacements.isEmpty else { return }
        var newScalars: [Unicode.Scalar] = [], newStarts: [Int32] = [], newEnds: [Int32] = [], newSerials: [Int32] = []
        newScalars.reserveCapacity(scalars.count)
        newStarts.reserveCapacity(scalars.count)
        newEnds.reserveCapacity(scalars.count)
        newSerials.reserveCapacity(scalars.count)
        var copied = 0
        for replacement in replacements {
            let range = replacement.range
            precondition(range.lowerBound >= copied && !range.isEmpty && !replacement.scalars.isEmpty)
            newScalars += scalars[copied..<range.lowerBound]
            newStarts += sourceStarts[copied..<range.lowerBound]
            newEnds += sourceEnds[copied..<range.lowerBound]
            newSerials += serials[copied..<range.lowerBound]
            let kind = replacement.kind ?? latestKind(in: range) ?? .other
            kinds.append(kind)
            let serial = Int32(kinds.count - 1)
            let start = sourceStarts[range.lowerBound], end = sourceEnds[range.upperBound - 1]
            for scalar in replacement.scalars {
                newScalars.append(scalar)
                newStarts.append(start)
                newEnds.append(end)
                newSerials.append(serial)
            }
            copied = range.upperBound
        }
        newScalars += scalars[copied...]
        newStarts += sourceStarts[copied...]
        newEnds += sourceEnds[copied...]
        newSerials += serials[copied...]
        scalars = newScalars
        sourceStarts = newStarts
        sourceEnds = newEnds
        serials = newSerials
        original = nil
    }

    /// Applies the outcome of a pass run on the current text: its repairs say what it replaced.
    mutating func apply(_ repaired: RepairedText) {
        guard !repaired.repairs.isEmpty else { return }
        let output = Array(repaired.text.unicodeScalars)
        var delta = 0
        let replacements = repaired.repairs.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { repair in
            let length = repair.original.unicodeScalars.count
            let start = repair.range.lowerBound - delta
            delta += repair.range.count - length
            return Replacement(range: start..<(start + length), scalars: Array(output[repair.range]), kind: repair.kind)
        }
        apply(replacements)
        assert(scalars == output, "a pass's repairs must describe its changes")
    }

    /// The kind of the latest replacement among the scalars in `range`; nil when none was replaced.
    private func latestKind(in range: Range<Int>) -> RepairKind? {
        serials[range].max().flatMap { $0 > 0 ? kinds[Int($0)] : nil }
    }

    /// Puts the replaced scalars and what is combined with them in Normalization Form C again: a
    /// repair can put a combining mark after an unchanged letter ("e" + U+0301 from "eÌ\u{81}").
    mutating func normalizeReplacements() {
        var replacements: [Replacement] = []
        var index = 0
        while index < scalars.count {
            var end = index + 1
            while end < scalars.count, scalars[end].properties.canonicalCombiningClass != .notReordered { end += 1 }
            if serials[index..<end].contains(where: { $0 > 0 }), end - index > 1 || Self.mayChangeAlone(scalars[index]) {
                let segment = Array(Self.string(scalars[index..<end]).precomposedStringWithCanonicalMapping.unicodeScalars)
                if segment != Array(scalars[index..<end]) {
                    replacements.append(Replacement(range: index..<end, scalars: segment, kind: nil))
                }
            }
            index = end
        }
        apply(replacements)
    }

    /// Whether `scalar` alone is not in Normalization Form C: the singletons (Å for Å, Ω for Ω,
    /// CJK compatibility ideographs) and a few Greek signs.
    private static func mayChangeAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0340...0x0387, 0x1F71...0x1FFD, 0x2000...0x2001, 0x2126...0x212B, 0x2329...0x232A, 0xF900...0xFAFF,
            0x2F800...0x2FA1F:
            true
        default: false
        }
    }

    /// The current text and its repairs: each run of replaced scalars whose source spans overlap.
    var repairedText: RepairedText {
        var repairs: [TextRepair] = []
        var index = 0
        while index < scalars.count {
            guard serials[index] > 0 else {
                index += 1
                continue
            }
            let start = index
            var sourceEnd = sourceEnds[index], latest = serials[index]
            index += 1
            while index < scalars.count, serials[index] > 0, sourceStarts[index] < sourceEnd {
                sourceEnd = max(sourceEnd, sourceEnds[index])
                latest = max(latest, serials[index])
                index += 1
            }
            repairs.append(
                TextRepair(
                    range: start..<index,
                    original: Self.string(source[Int(sourceStarts[start])..<Int(sourceEnd)]),
                    replacement: Self.string(scalars[start..<index]),
                    kind: kinds[Int(latest)]
                )
            )
        }
        return RepairedText(text: text, repairs: repairs)
    }

    /// Where the source scalar `offset`, which no replacement took, is in the current text.
    func offset(ofSource offset: Int) -> Int {
        var low = 0, high = scalars.count
        while low < high {
            let middle = (low + high) / 2
            if sourceStarts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The string made of `scalars`, built from its UTF-8 bytes (far faster than appending scalars).
    static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        appendUTF8(scalars, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `scalars` to `bytes`.
    static func appendUTF8(_ scalars: some Collection<Unicode.Scalar>, to bytes: inout [UInt8]) {
        for scalar in scalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
    }
}

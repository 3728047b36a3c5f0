/// The entry point that turns an article's bytes into clean text.
public enum TextCleaner {
    /// Decodes `bytes` (see ``TextDecoder``) and repairs them, in this order:
    ///
    /// 1. Stranded marks (``StrandedMarkRepair``): it must see the text first, as text-repair.md
    ///    says; a later pass would read "â€ " as a dagger. Its gate needs the text to hold nothing
    ///    beyond ASCII but the marks, so no other pass may add characters before it; and an "â"
    ///    written `&acirc;` is a real one, which it must not take for a mark.
    /// 2. HTML character references (``HTMLEntityRepair``), before mojibake: a reference can hold
    ///    mojibake itself ("10Î&frac14;s" is "10μs" read as Windows-1252), while decoding mojibake
    ///    never makes a reference (it only puts characters beyond ASCII in place).
    /// 3. Mojibake (``MojibakeRepair``).
    ///
    /// Every repair is reported in the final text, with the decoded text it replaced; a repair of
    /// a repair reads as one (see ``TrackedText``). Characters a repair combines with are put back in
    /// Normalization Form C.
    ///
    /// When the stranded-mark gate is sure to stay shut, the other repairs are run only over the
    /// windows where they could act (``RepairWindows``), put one after another, and the rest of
    /// the text is copied as it is: most news text needs no repair in most places.
    public static func clean(_ bytes: [UInt8]) -> CleanText {
        let decoded = TextDecoder.decode(bytes)
        guard let windowed = repairedWindows(of: decoded, reporting: true) else { return cleanWhole(decoded) }
        return CleanText(text: windowed.text, encoding: decoded.encoding, repairs: windowed.repairs)
    }

    /// Repairs `decoded` as a whole, as ``clean(_:)`` does after decoding when the stranded-mark
    /// gate may open (and as it would always do without the windows).
    static func cleanWhole(_ decoded: DecodedText) -> CleanText {
        var text = TrackedText(decoded.text)
        text.apply(StrandedMarkRepair.repair(decoded.text))
        repairAfterStrandedMarks(&text, outside: MojibakeTally())
        let repaired = text.repairedText
        return CleanText(text: repaired.text, encoding: decoded.encoding, repairs: repaired.repairs)
    }

    /// The repairs that follow the stranded marks, made on `text`, which lies among more text
    /// of the tally `outside` that they leave as it is.
    private static func repairAfterStrandedMarks(_ text: inout TrackedText, outside: MojibakeTally) {
        text.apply(HTMLEntityRepair.repair(text.text))
        MojibakeRepair.repair(&text, outside: outside)
        text.normalizeReplacements()
    }

    /// The text of ``clean(_:)``, without the repairs' report: what plain output
    /// (`lede FILE | cat`) prints.
    public static func repairedText(_ bytes: [UInt8]) -> String {
        let decoded = TextDecoder.decode(bytes)
        return repairedWindows(of: decoded, reporting: false)?.text ?? cleanWhole(decoded).text
    }

    /// The text of `decoded` repaired over its ``RepairWindows`` only, with the repairs located
    /// in it when `reporting`; nil when the stranded-mark gate may open, which needs the whole text.
    private static func repairedWindows(of decoded: DecodedText, reporting: Bool) -> (text: String, repairs: [TextRepair])? {
        var text = decoded.text
        guard let windows = text.withUTF8({ StrandedMarkGate.staysShut($0) ? RepairWindows($0) : nil }) else { return nil }
        guard !windows.ranges.isEmpty else { return (text, []) }
        return text.withUTF8 { bytes in
            var joined: [UInt8] = []
            // Where each window starts among the windows' scalars, and the scalars outside the windows before it.
            var starts: [Int] = [], outsideBefore: [Int] = []
            var scalars = 0, outside = 0, copied = 0
            for range in windows.ranges {
                if reporting { outside += bytes[copied..<range.lowerBound].count { $0 & 0xC0 != 0x80 } }
                starts.append(scalars)
                outsideBefore.append(outside)
                scalars += bytes[range].count { $0 & 0xC0 != 0x80 }
                joined += bytes[range]
                copied = range.upperBound
            }
            var tracked = TrackedText(String(decoding: joined, as: UTF8.self))
            repairAfterStrandedMarks(&tracked, outside: windows.outside)
            let ends = starts.dropFirst().map(tracked.offset(ofSource:)) + [tracked.scalars.count]
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 16)
            copied = 0
            for (number, range) in windows.ranges.enumerated() {
                output += bytes[copied..<range.lowerBound]
                TrackedText.appendUTF8(tracked.scalars[tracked.offset(ofSource: starts[number])..<ends[number]], to: &output)
                copied = range.upperBound
            }
            output += bytes[copied...]
            var repairs: [TextRepair] = []
            if reporting {
                var window = 0
                for repair in tracked.repairedText.repairs {
                    while repair.range.lowerBound >= ends[window] { window += 1 }
                    let shift = outsideBefore[window]
                    repairs.append(
                        TextRepair(
                            range: (repair.range.lowerBound + shift)..<(repair.range.upperBound + shift),
                            original: repair.original, replacement: repair.replacement, kind: repair.kind))
                }
            }
            return (String(decoding: output, as: UTF8.self), repairs)
        }
    }
}

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
    public static func clean(_ bytes: [UInt8]) -> CleanText {
        clean(TextDecoder.decode(bytes))
    }

    /// Repairs `decoded`, as ``clean(_:)-swift.type.method`` does after decoding.
    private static func clean(_ decoded: DecodedText) -> CleanText {
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

    /// The text of ``clean(_:)-swift.type.method``, the same to the byte, made without the
    /// repairs' report: what plain output (`lede FILE | cat`) prints.
    ///
    /// When the stranded-mark gate is sure to stay shut, the other repairs are run only over the
    /// windows where they could act (``RepairWindows``), put one after another, and the rest of
    /// the text is copied as it is; most news text needs no repair in most places.
    public static func repairedText(_ bytes: [UInt8]) -> String {
        let decoded = TextDecoder.decode(bytes)
        var text = decoded.text
        guard let windows = text.withUTF8({ StrandedMarkGate.staysShut($0) ? RepairWindows($0) : nil }) else {
            return clean(decoded).text
        }
        guard !windows.ranges.isEmpty else { return text }
        return text.withUTF8 { bytes in
            var joined: [UInt8] = []
            var starts: [Int] = [], scalars = 0
            for range in windows.ranges {
                starts.append(scalars)
                scalars += bytes[range].count { $0 & 0xC0 != 0x80 }
                joined += bytes[range]
            }
            var tracked = TrackedText(String(decoding: joined, as: UTF8.self))
            repairAfterStrandedMarks(&tracked, outside: windows.outside)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 16)
            var copied = 0
            for (number, range) in windows.ranges.enumerated() {
                output += bytes[copied..<range.lowerBound]
                let end = number + 1 < starts.count ? tracked.offset(ofSource: starts[number + 1]) : tracked.scalars.count
                TrackedText.appendUTF8(tracked.scalars[tracked.offset(ofSource: starts[number])..<end], to: &output)
                copied = range.upperBound
            }
            output += bytes[copied...]
            return String(decoding: output, as: UTF8.self)
        }
    }
}

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
        let decoded = TextDecoder.decode(bytes)
        var text = TrackedText(decoded.text)
        text.apply(StrandedMarkRepair.repair(decoded.text))
        text.apply(HTMLEntityRepair.repair(text.text))
        text.apply(MojibakeRepair.repair(text.text))
        text.normalizeReplacements()
        let repaired = text.repairedText
        return CleanText(text: repaired.text, encoding: decoded.encoding, repairs: repaired.repairs)
    }
}

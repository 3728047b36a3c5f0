/// The entry point that turns an article's bytes into clean text.
public enum TextCleaner {
    /// Decodes `bytes` (see ``TextDecoder``) and repairs stranded marks (see ``StrandedMarkRepair``).
    ///
    /// Passes run in the order text-repair.md requires. Repair of classic mojibake ("â€™", "Ã©")
    /// belongs after the stranded-mark pass, which must see the text first; a pass added there
    /// must shift the ranges of the earlier repairs by its own changes.
    public static func clean(_ bytes: [UInt8]) -> CleanText {
        let decoded = TextDecoder.decode(bytes)
        let repaired = StrandedMarkRepair.repair(decoded.text)
        return CleanText(text: repaired.text, encoding: decoded.encoding, repairs: repaired.repairs)
    }
}

/// A count with its noun, singular for exactly one: `1 quote`, `0 quotes`, `3 quotes`.
public enum CountedNoun {
    /// `count` followed by `noun` (singular), or by `plural` (the noun with `s` when not
    /// given) unless the count is one.
    public static func text(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
    }
}

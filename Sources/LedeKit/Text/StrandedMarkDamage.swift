extension StrandedMarkRepair {
    /// Damages `text` the way stranded marks arise: its UTF-8 bytes read as Latin-1, with the
    /// C1 control characters (U+0080–U+009F) dropped. "’" becomes "â", "…" becomes "â¦".
    ///
    /// The inverse of a complete ``repair(_:)``, for self-checks: when a damaged text is admitted
    /// and every mark in it is repaired, damaging the result gives the damaged text back byte for byte;
    /// `damage(repair.replacement) == repair.original` holds for every single repair.
    public static func damage(_ text: String) -> String {
        string(text.utf8.lazy.filter { !(0x80...0x9F).contains($0) }.map(Unicode.Scalar.init))
    }
}

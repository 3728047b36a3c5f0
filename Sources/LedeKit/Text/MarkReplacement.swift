/// The character a stranded mark stood for, and how much damaged text it replaces.
struct MarkReplacement: Equatable {
    /// The recovered character.
    let scalar: Unicode.Scalar
    /// What the recovered character is.
    let kind: RepairKind
    /// How many scalars of damaged text it replaces: 1 for a lone mark, 2 for a surviving pair.
    let length: Int

    /// Names the recovered character and how many damaged scalars it replaces.
    init(_ scalar: Unicode.Scalar, _ kind: RepairKind, length: Int = 1) {
        self.scalar = scalar
        self.kind = kind
        self.length = length
    }
}

/// One character cell of a ``Frame``.
///
/// `text` is a spacing character with any combining marks that follow it. A wide character
/// (two columns) occupies its own cell and the next one, whose `text` is empty: a
/// *continuation* cell that a terminal does not draw.
public struct Cell: Hashable, Sendable {
    /// The characters drawn in this cell; empty for the right half of a wide character.
    public var text: String
    /// How the cell looks, as semantic roles.
    public var style: CellStyle

    /// Creates a cell.
    public init(_ text: String, style: CellStyle = .text) {
        self.text = text
        self.style = style
    }

    /// A blank cell in the given style.
    public static func blank(_ style: CellStyle = .text) -> Cell {
        Cell(" ", style: style)
    }

    /// Whether this cell is the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}

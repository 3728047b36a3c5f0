import CDisplayWidth
import LedeKit

/// Terminal column widths of text, measured with the C library's `wcwidth` — the table
/// ncurses draws with, so layout and drawing agree on wide and combining characters.
public enum DisplayWidth {
    /// A run of scalars drawn in one cell group: a spacing scalar and the combining marks
    /// after it.
    public struct Cluster: Equatable, Sendable {
        /// The scalars, as a string.
        public var text: String
        /// Columns it occupies: 0 (a mark with no base), 1 or 2.
        public var width: Int
    }

    /// Columns that `scalar` occupies: 0 for combining and zero-width characters, 2 for wide
    /// ones, 1 otherwise. Characters that ``DisplayEscaping`` replaces count as their
    /// one-column stand-in.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x7F || DisplayEscaping.needsEscaping(scalar) { return 1 }
        let width = Int(lede_display_width(scalar.value))
        return width < 0 ? 1 : width
    }

    /// Columns between tab stops: a tab in the article moves to the next multiple of this,
    /// counted from the start of its line.
    public static let tabStop = 8

    /// Columns a tab at `column` (from the start of its line) advances to its tab stop.
    public static func tab(at column: Int) -> Int {
        tabStop - column % tabStop
    }

    /// Whether `scalar` is left out of what the terminal is sent: the zero-width joiner and
    /// the text and emoji variation selectors (U+FE0E, U+FE0F). Terminals disagree on how wide
    /// the sequences they make are — a ZWJ family is one wide glyph in some and three in
    /// others, `❤️` one column or two — while `wcwidth`, which ncurses moves the cursor by,
    /// counts each part on its own. Without them every part is drawn at the width `wcwidth`
    /// gives it, and the terminal, ncurses and the layout agree on every column.
    public static func isLeftOut(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200D || scalar.value == 0xFE0E || scalar.value == 0xFE0F
    }

    /// Columns that a single display cluster occupies (its first scalar's width).
    public static func of(_ cluster: String) -> Int {
        cluster.unicodeScalars.first.map(of) ?? 0
    }

    /// Columns that `string` occupies.
    public static func total(_ string: String) -> Int {
        string.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// Splits `string` into display clusters, each a spacing scalar with its trailing
    /// zero-width scalars (those ``isLeftOut(_:)`` names dropped); white space becomes a space and every character that
    /// ``DisplayEscaping`` replaces becomes its stand-in, a cluster of its own.
    public static func clusters(of string: String) -> [Cluster] {
        var result: [Cluster] = []
        for scalar in string.unicodeScalars where !isLeftOut(scalar) {
            let shown = visible(scalar)
            let width = of(shown)
            if width == 0, !result.isEmpty {
                if result[result.count - 1].text.unicodeScalars.count < Frame.maximumScalarsPerCell {
                    result[result.count - 1].text.unicodeScalars.append(shown)
                }
            } else {
                result.append(Cluster(text: String(shown), width: width))
            }
        }
        return result
    }

    /// What a terminal is given for `scalar`: white space as a space, characters that
    /// ``DisplayEscaping`` replaces as their stand-in, anything else as it is.
    public static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value >= 0x20, scalar.value < 0x7F { return scalar }
        if scalar.properties.isWhitespace, scalar.value != 0x2028, scalar.value != 0x2029 { return " " }
        return DisplayEscaping.replacement(for: scalar) ?? scalar
    }
}

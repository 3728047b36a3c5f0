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

    /// Columns that a single display cluster occupies (its first scalar's width).
    public static func of(_ cluster: String) -> Int {
        cluster.unicodeScalars.first.map(of) ?? 0
    }

    /// Columns that `string` occupies.
    public static func total(_ string: String) -> Int {
        string.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// Splits `string` into display clusters, each a spacing scalar with its trailing
    /// zero-width scalars; white space becomes a space and every character that
    /// ``DisplayEscaping`` replaces becomes its stand-in, a cluster of its own.
    public static func clusters(of string: String) -> [Cluster] {
        var result: [Cluster] = []
        for scalar in string.unicodeScalars {
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

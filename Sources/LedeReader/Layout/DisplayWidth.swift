import CDisplayWidth

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
    /// ones, 1 otherwise. Control characters count as 1: callers replace them before drawing.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x7F { return 1 }
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
    /// zero-width scalars.
    public static func clusters(of string: String) -> [Cluster] {
        var result: [Cluster] = []
        for scalar in string.unicodeScalars {
            let width = of(scalar)
            if width == 0, !result.isEmpty {
                result[result.count - 1].text.unicodeScalars.append(scalar)
            } else {
                result.append(Cluster(text: String(scalar), width: width))
            }
        }
        return result
    }
}

import LedeKit
import LedeReader

/// Paints text with a theme's styles as ANSI SGR escapes, for output that does not go
/// through ncurses: `lede FILE --color=always` and `lede quotes` on a terminal.
///
/// The text itself is escaped first (``DisplayEscaping``, tabs and line breaks kept), so that
/// nothing from an article reaches the terminal but the escapes made here. Body text keeps
/// the terminal's own colours: a theme's text colours are made for its whole background,
/// which printed text does not have; titles, quotations, actors and the rest are coloured.
/// Every styled piece is closed by a reset before each line break, so that a pager or
/// `grep` never carries a colour across lines.
public struct SGRPainter: Sendable {
    /// The theme the styles come from, its body text without colours.
    public let theme: Theme
    /// What colours the escapes use; ``ColorDepth/monochrome`` keeps only attributes.
    public let depth: ColorDepth

    /// The escape that ends every style.
    public static let reset = "\u{1B}[0m"

    /// A painter with `theme`'s styles at `depth`.
    public init(theme: Theme, depth: ColorDepth) {
        var theme = theme
        let key = StyleRole.text.themeKey
        theme.styles[key]?.foreground = nil
        theme.styles[key]?.background = nil
        self.theme = theme
        self.depth = depth
    }

    /// `text`, escaped, in the look of `style`.
    public func paint(_ text: String, _ style: CellStyle) -> String {
        let escaped = DisplayEscaping.escaped(text, keepingLineBreaks: true)
        let start = sequence(for: theme.resolve(style))
        guard !start.isEmpty else { return escaped }
        return escaped.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : start + $0 + Self.reset }
            .joined(separator: "\n")
    }

    /// The SGR escape that sets `style`; empty when it sets nothing.
    public func sequence(for style: TextStyle) -> String {
        var parameters: [String] = []
        for (flag, code) in [(style.bold, "1"), (style.dim, "2"), (style.italic, "3"), (style.underline, "4"), (style.reverse, "7")]
        where flag == true {
            parameters.append(code)
        }
        parameters += colorParameters(style.foreground, background: false)
        parameters += colorParameters(style.background, background: true)
        return parameters.isEmpty ? "" : "\u{1B}[" + parameters.joined(separator: ";") + "m"
    }

    /// The SGR parameters of `color` as a foreground or background at this depth: the basic
    /// sixteen as `30`–`37` and `90`–`97` (`40`… and `100`… behind), the others as `38;5;N`,
    /// and a 24-bit colour as `38;2;R;G;B` where the terminal shows those.
    private func colorParameters(_ color: ThemeColor?, background: Bool) -> [String] {
        guard let color, depth != .monochrome else { return [] }
        if depth == .direct, case .rgb(let red, let green, let blue) = color {
            return [background ? "48" : "38", "2", "\(red)", "\(green)", "\(blue)"]
        }
        guard let number = depth == .direct ? color.index256 : depth.number(for: color) else { return [] }
        switch number {
        case ..<8: return ["\((background ? 40 : 30) + number)"]
        case ..<16: return ["\((background ? 100 : 90) + number - 8)"]
        default: return [background ? "48" : "38", "5", "\(number)"]
        }
    }
}

import CNcursesw
import LedeReader

/// Turns a cell's semantic style into ncurses attributes and a colour pair, through the
/// theme, remembering each style it has seen.
struct StylePalette {
    /// What ncurses needs to draw a cell in one style.
    struct Look: Equatable {
        /// `A_BOLD`, `A_REVERSE` and the like, combined.
        var attributes: attr_t
        /// The extended colour pair.
        var pair: Int32
    }

    /// The theme that styles are resolved through.
    private var theme: Theme
    /// How theme colours become colour numbers.
    let depth: ColorDepth
    /// Colour pairs allocated so far.
    private var pairs: ColorPairs
    /// Looks resolved so far.
    private var looks: [CellStyle: Look] = [:]

    /// Creates a palette for `theme` on a terminal of `depth`.
    init(theme: Theme, depth: ColorDepth, pairs: ColorPairs) {
        self.theme = theme
        self.depth = depth
        self.pairs = pairs
    }

    /// Resolves styles through `theme` from now on, keeping the colour pairs allocated.
    mutating func setTheme(_ theme: Theme) {
        self.theme = theme
        looks = [:]
    }

    /// Whether the theme draws any colour at all.
    var usesColor: Bool { theme.usesColor }

    /// The look of `style`.
    mutating func look(for style: CellStyle) -> Look {
        if let look = looks[style] { return look }
        let resolved = theme.resolve(style)
        var attributes = lede_attr_normal()
        if resolved.bold == true { attributes |= lede_attr_bold() }
        if resolved.dim == true { attributes |= lede_attr_dim() }
        if resolved.italic == true { attributes |= lede_attr_italic() }
        if resolved.underline == true { attributes |= lede_attr_underline() }
        if resolved.reverse == true || (depth == .monochrome && standsOutByBackground(resolved)) {
            // Without colour, a style marked by its background (the current search match) is
            // drawn in reverse video, so that it still stands out.
            attributes |= lede_attr_reverse()
        }
        let colors = ColorPairs.Colors(
            foreground: depth.number(for: resolved.foreground), background: depth.number(for: resolved.background))
        let look = Look(attributes: attributes, pair: depth == .monochrome ? 0 : pairs.pair(for: colors))
        looks[style] = look
        return look
    }

    /// Whether `style` sets a background colour other than the terminal's own and the body
    /// text's: a theme that paints its own background (`dark`) marks nothing by that one.
    private func standsOutByBackground(_ style: TextStyle) -> Bool {
        guard let background = style.background, background != .terminalDefault else { return false }
        return background != theme.resolve(CellStyle(.text)).background
    }
}

/// A named mapping from semantic roles to text styles.
public struct Theme: Hashable, Sendable {
    /// The theme's name (its file name without `.toml` for built-in themes).
    public var name: String
    /// One-line description shown by `lede themes`.
    public var summary: String
    /// Styles by theme key (``StyleRole/themeKey``).
    public var styles: [String: TextStyle]
    /// Styles for actors the theme does not name, chosen by the actor's lexicon index.
    public var actorPalette: [TextStyle]

    /// Creates a theme.
    public init(name: String, summary: String = "", styles: [String: TextStyle], actorPalette: [TextStyle] = []) {
        self.name = name
        self.summary = summary
        self.styles = styles
        self.actorPalette = actorPalette
    }

    /// Whether any style sets a colour other than the terminal's own (`mono` sets none).
    public var usesColor: Bool {
        (Array(styles.values) + actorPalette).contains { style in
            [style.foreground, style.background].contains { $0 != nil && $0 != .terminalDefault }
        }
    }

    /// The style of a single role, without layering.
    public func style(for role: StyleRole) -> TextStyle {
        if let style = styles[role.themeKey] { return style }
        if case .actor(_, let index) = role, !actorPalette.isEmpty {
            return actorPalette[index % actorPalette.count]
        }
        return TextStyle()
    }

    /// The resolved look of a cell: its roles' styles laid over each other, bottom first,
    /// on top of `text`.
    public func resolve(_ cellStyle: CellStyle) -> TextStyle {
        cellStyle.roles.reduce(style(for: .text)) { base, role in
            role == .text ? base : style(for: role).over(base)
        }
    }
}

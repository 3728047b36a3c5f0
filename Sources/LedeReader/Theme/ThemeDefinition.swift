/// A theme file as written, before inheritance: colours still by the names the file gives
/// them, each with the place it was written, so that a fault found once the palette is
/// known can still be pointed at.
struct ThemeDefinition: Sendable {
    /// A colour as written in a style: a palette name or a colour, not yet looked up.
    struct WrittenColor: Sendable {
        /// The text of the colour.
        var text: String
        /// Where it was written.
        var place: ThemePlace
    }

    /// A style as written: its colours by name, its attributes already read.
    struct WrittenStyle: Sendable {
        /// The foreground colour.
        var foreground: WrittenColor?
        /// The background colour.
        var background: WrittenColor?
        /// The attributes (bold, dim, italic, underline, reverse); its colours unused.
        var attributes = TextStyle()
    }

    /// The one-line description.
    var summary: String?
    /// The theme this one is laid over, by name, and where that was written.
    var inherits: (name: String, place: ThemePlace)?
    /// Named colours.
    var palette: [String: ThemeColor] = [:]
    /// Styles by theme key.
    var styles: [String: WrittenStyle] = [:]
    /// Styles for actors the theme does not name.
    var actorPalette: [WrittenStyle]?

    /// This definition laid over `parent`, as helix does: palette entries and styles set
    /// here replace the parent's of the same name, the others are the parent's; colour names
    /// are looked up afterwards, so a palette entry changed here recolours the parent's styles.
    func over(_ parent: ThemeDefinition) -> ThemeDefinition {
        ThemeDefinition(
            summary: summary ?? parent.summary, inherits: nil,
            palette: parent.palette.merging(palette) { $1 }, styles: parent.styles.merging(styles) { $1 },
            actorPalette: actorPalette ?? parent.actorPalette)
    }

    /// The theme named `name`, its colour names looked up in the palette.
    func theme(named name: String) throws(ThemeError) -> Theme {
        var resolved: [String: TextStyle] = [:]
        for key in styles.keys.sorted() {
            resolved[key] = try resolve(styles[key]!)
        }
        var actors: [TextStyle] = []
        for style in actorPalette ?? [] { actors.append(try resolve(style)) }
        return Theme(name: name, summary: summary ?? "", styles: resolved, actorPalette: actors)
    }

    /// `style` with its colours looked up.
    private func resolve(_ style: WrittenStyle) throws(ThemeError) -> TextStyle {
        var result = style.attributes
        if let written = style.foreground { result.foreground = try color(written) }
        if let written = style.background { result.background = try color(written) }
        return result
    }

    /// The colour `written` names: a palette entry, else a colour as ``ThemeColor`` parses it.
    private func color(_ written: WrittenColor) throws(ThemeError) -> ThemeColor {
        if let color = palette[written.text] ?? ThemeColor(parsing: written.text) { return color }
        let known = palette.keys.sorted() + ThemeColor.names.keys.sorted()
        throw ThemeError(
            "`\(written.text)` is not a colour: a palette name, a colour name, 0–255 or #rrggbb"
                + ThemeError.hint(for: written.text, among: known),
            at: written.place)
    }
}

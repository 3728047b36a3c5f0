/// How text looks: colours and attributes, each optional so that styles can be layered.
///
/// A `nil` field means "inherit from the layer below"; layering is ``over(_:)``.
public struct TextStyle: Hashable, Sendable {
    /// Foreground colour.
    public var foreground: ThemeColor?
    /// Background colour.
    public var background: ThemeColor?
    /// Bold (or bright) text.
    public var bold: Bool?
    /// Dim text.
    public var dim: Bool?
    /// Italic text.
    public var italic: Bool?
    /// Underlined text.
    public var underline: Bool?
    /// Foreground and background swapped.
    public var reverse: Bool?

    /// Creates a style; every field defaults to "inherit".
    public init(
        foreground: ThemeColor? = nil, background: ThemeColor? = nil, bold: Bool? = nil, dim: Bool? = nil,
        italic: Bool? = nil, underline: Bool? = nil, reverse: Bool? = nil
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    /// This style laid over `base`: each field set here wins, the others come from `base`.
    public func over(_ base: TextStyle) -> TextStyle {
        TextStyle(
            foreground: foreground ?? base.foreground, background: background ?? base.background,
            bold: bold ?? base.bold, dim: dim ?? base.dim, italic: italic ?? base.italic,
            underline: underline ?? base.underline, reverse: reverse ?? base.reverse)
    }
}

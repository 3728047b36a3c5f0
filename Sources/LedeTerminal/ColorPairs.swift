import CNcursesw

/// ncurses colour pairs, allocated on first use and shared by every style with the same
/// foreground and background.
struct ColorPairs {
    /// A foreground/background combination; `nil` is the terminal's default colour.
    struct Colors: Hashable {
        var foreground: Int?
        var background: Int?
    }

    /// Colour used for an unset foreground when the terminal cannot keep its own default.
    private static let fallbackForeground: Int32 = Int32(COLOR_WHITE)
    /// Colour used for an unset background when the terminal cannot keep its own default.
    private static let fallbackBackground: Int32 = Int32(COLOR_BLACK)

    /// Whether `use_default_colors` succeeded, so that colour -1 means the terminal's own.
    private let hasDefaultColors: Bool
    /// The highest pair number ncurses accepts.
    private let maximumPair: Int
    /// Pairs allocated so far.
    private var pairs: [Colors: Int32] = [:]

    /// Creates an empty table for a terminal with `maximumPairs` pairs (ncurses'
    /// `COLOR_PAIRS`).
    init(hasDefaultColors: Bool, maximumPairs: Int) {
        self.hasDefaultColors = hasDefaultColors
        self.maximumPair = maximumPairs - 1
    }

    /// The pair number for `colors`, calling `init_extended_pair` the first time a
    /// combination is seen. Pair 0, the terminal's default colours, when both are unset or
    /// when every pair is taken.
    mutating func pair(for colors: Colors) -> Int32 {
        if colors.foreground == nil, colors.background == nil, hasDefaultColors { return 0 }
        if let pair = pairs[colors] { return pair }
        let number = pairs.count + 1
        guard number <= maximumPair else { return 0 }
        let foreground = colors.foreground.map(Int32.init) ?? (hasDefaultColors ? -1 : Self.fallbackForeground)
        let background = colors.background.map(Int32.init) ?? (hasDefaultColors ? -1 : Self.fallbackBackground)
        guard init_extended_pair(Int32(number), foreground, background) != ERR else { return 0 }
        pairs[colors] = Int32(number)
        return Int32(number)
    }
}

import LedeReader

/// How many colours the terminal shows, and so how a ``ThemeColor`` becomes a colour number.
public enum ColorDepth: Equatable, Sendable {
    /// No colour at all: styles keep only their attributes.
    case monochrome
    /// The basic eight colours.
    case basic8
    /// The basic eight and their bright forms.
    case basic16
    /// The 256-colour xterm palette.
    case indexed256
    /// 24-bit colour: ncurses with a terminal type that has terminfo's `RGB` capability
    /// (`xterm-direct`, `tmux-direct`) takes colour numbers as `0xRRGGBB`, except 0–7, which
    /// stay the basic eight.
    case direct

    /// The depth for a terminal reporting `colors` colours (ncurses' `COLORS`) and whether it
    /// has colour at all, in a process whose `environment` may turn colour off. A terminal
    /// with 2²⁴ colours is a direct-colour one (``direct``); one with some other count above
    /// 256 has a scheme Lede does not know, and gets the basic eight only.
    init(hasColors: Bool, colors: Int, environment: [String: String] = [:]) {
        switch colors {
        case _ where !hasColors || Self.colorIsOff(in: environment): self = .monochrome
        case Self.directColors...: self = .direct
        case 256: self = .indexed256
        case 16..<256: self = .basic16
        case 8...: self = .basic8
        default: self = .monochrome
        }
    }

    /// Whether `environment` asks for no colour: `NO_COLOR` set to anything but the empty
    /// string (no-color.org).
    public static func colorIsOff(in environment: [String: String]) -> Bool {
        environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    }

    /// The colour number ncurses takes for `color`; `nil` for the terminal's default colour
    /// (an unset colour or ``ThemeColor/terminalDefault``) and on a monochrome terminal.
    public func number(for color: ThemeColor?) -> Int? {
        guard let color else { return nil }
        switch self {
        case .monochrome:
            return nil
        case .basic8:
            return color.index8
        case .basic16:
            guard let index = color.index256 else { return nil }
            return index < 16 ? index : color.index8
        case .indexed256:
            return color.index256
        case .direct:
            if case .indexed(let index) = color, index < 8 { return index }
            guard let (red, green, blue) = color.rgbValue else { return nil }
            // 0–7 are the basic colours, not the near-blacks #000000–#000007.
            return max(Self.firstDirectValue, red << 16 | green << 8 | blue)
        }
    }

    /// The depth for text printed with colour but without ncurses (`lede FILE --color=always`,
    /// `lede quotes`), from what `environment` says of the terminal: 24-bit when `COLORTERM`
    /// promises it, 256 colours when `TERM` names a 256-colour type, else the basic sixteen.
    /// Whether to colour at all is the caller's choice: `NO_COLOR` is not looked at here.
    public static func forPrintedText(environment: [String: String]) -> ColorDepth {
        if let value = environment["COLORTERM"]?.lowercased(), DirectColorTerminal.trueColorValues.contains(value) {
            return .direct
        }
        if let type = environment["TERM"], type.contains("256color") || type.hasSuffix("-direct") { return .indexed256 }
        return .basic16
    }

    /// How drawing at this depth is said to a person: `in 256 colours`, `without colour`.
    var phrase: String {
        switch self {
        case .monochrome: "without colour"
        case .basic8: "in 8 colours"
        case .basic16: "in 16 colours"
        case .indexed256: "in 256 colours"
        case .direct: "in 24-bit colour"
        }
    }

    /// The colour count of a direct-colour terminal.
    static let directColors = 0x100_0000
    /// The lowest colour number a direct-colour terminal reads as RGB.
    private static let firstDirectValue = 8
}

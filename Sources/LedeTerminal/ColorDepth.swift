import LedeReader

/// How many colours the terminal shows, and so how a ``ThemeColor`` becomes a colour number.
enum ColorDepth: Equatable {
    /// No colour at all: styles keep only their attributes.
    case monochrome
    /// The basic eight colours.
    case basic8
    /// The basic eight and their bright forms.
    case basic16
    /// The 256-colour xterm palette.
    case indexed256

    /// The depth for a terminal reporting `colors` colours (ncurses' `COLORS`) and whether it
    /// has colour at all, in a process whose `environment` may turn colour off. Direct-colour
    /// terminals (more than 256) read numbers above 7 as RGB values, so they get the basic
    /// eight only.
    init(hasColors: Bool, colors: Int, environment: [String: String] = [:]) {
        switch colors {
        case _ where !hasColors || Self.colorIsOff(in: environment): self = .monochrome
        case 256: self = .indexed256
        case 16..<256: self = .basic16
        case 8...: self = .basic8
        default: self = .monochrome
        }
    }

    /// Whether `environment` asks for no colour: `NO_COLOR` set to anything but the empty
    /// string (no-color.org).
    static func colorIsOff(in environment: [String: String]) -> Bool {
        environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    }

    /// The colour number ncurses takes for `color`; `nil` for the terminal's default colour
    /// (an unset colour or ``ThemeColor/terminalDefault``) and on a monochrome terminal.
    func number(for color: ThemeColor?) -> Int? {
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
        }
    }
}

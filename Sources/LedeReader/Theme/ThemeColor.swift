/// A colour a theme can name.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background: keeps a theme readable on dark and
    /// light terminals alike.
    case terminalDefault
    /// One of the 256 indexed terminal colours (0–7 the basic eight, 8–15 their bright forms).
    case indexed(Int)
    /// A 24-bit colour; front ends map it to the nearest colour they can show.
    case rgb(red: Int, green: Int, blue: Int)

    /// The basic colour names a theme file may use, with their indices.
    public static let names: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    /// Parses a colour as written in a theme file: `default`, a name such as `red` or
    /// `bright-blue`, an index `0`–`255`, or `#rrggbb`.
    public init?(parsing text: String) {
        let word = text.lowercased()
        if word == "default" || word == "none" {
            self = .terminalDefault
        } else if let index = ThemeColor.names[word] {
            self = .indexed(index)
        } else if let index = Int(word), (0...255).contains(index) {
            self = .indexed(index)
        } else if word.hasPrefix("#"), word.count == 7, let value = Int(word.dropFirst(), radix: 16) {
            self = .rgb(red: (value >> 16) & 0xFF, green: (value >> 8) & 0xFF, blue: value & 0xFF)
        } else {
            return nil
        }
    }

    /// The nearest of the 256 indexed colours (the xterm palette: 16 basic, a 6×6×6 cube,
    /// 24 greys); `nil` for the terminal default.
    public var index256: Int? {
        switch self {
        case .terminalDefault: return nil
        case .indexed(let index): return index
        case .rgb(let red, let green, let blue):
            let levels = [0, 95, 135, 175, 215, 255]
            func nearestLevel(_ value: Int) -> Int {
                levels.indices.min { abs(levels[$0] - value) < abs(levels[$1] - value) } ?? 0
            }
            let (r, g, b) = (nearestLevel(red), nearestLevel(green), nearestLevel(blue))
            let cube = 16 + 36 * r + 6 * g + b
            let cubeError = abs(levels[r] - red) + abs(levels[g] - green) + abs(levels[b] - blue)
            let grey = (red + green + blue) / 3
            let greyStep = min(23, max(0, (grey - 8 + 5) / 10))
            let greyLevel = 8 + 10 * greyStep
            let greyError = abs(greyLevel - red) + abs(greyLevel - green) + abs(greyLevel - blue)
            return greyError < cubeError ? 232 + greyStep : cube
        }
    }

    /// The nearest of the basic eight colours, for terminals with no more.
    public var index8: Int? {
        guard let index = index256 else { return nil }
        if index < 16 { return index % 8 }
        let (red, green, blue): (Int, Int, Int)
        if index >= 232 {
            let level = 8 + 10 * (index - 232)
            (red, green, blue) = (level, level, level)
        } else {
            let cube = index - 16
            let levels = [0, 95, 135, 175, 215, 255]
            (red, green, blue) = (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
        }
        let bits = (red > 127 ? 1 : 0) | (green > 127 ? 2 : 0) | (blue > 127 ? 4 : 0)
        return bits
    }
}

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
            let levels = Self.cubeLevels
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
        let (red, green, blue) = Self.xtermRGB(index)
        return (red > 127 ? 1 : 0) | (green > 127 ? 2 : 0) | (blue > 127 ? 4 : 0)
    }

    /// The colour as red, green and blue (0–255 each): an indexed colour as xterm shows it by
    /// default; `nil` for the terminal default, whose value only the terminal knows.
    public var rgbValue: (red: Int, green: Int, blue: Int)? {
        switch self {
        case .terminalDefault: return nil
        case .indexed(let index): return Self.xtermRGB(index)
        case .rgb(let red, let green, let blue): return (red, green, blue)
        }
    }

    /// xterm's default values of the sixteen basic colours, as `0xRRGGBB`.
    private static let xtermBasic: [Int] = [
        0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
        0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
    ]

    /// The levels of each channel in the 6×6×6 colour cube (indices 16–231).
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// Colour `index` (0–255) of xterm's default palette.
    static func xtermRGB(_ index: Int) -> (red: Int, green: Int, blue: Int) {
        switch index {
        case ..<16:
            let value = xtermBasic[max(0, index)]
            return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
        case 232...:
            let level = 8 + 10 * (min(index, 255) - 232)
            return (level, level, level)
        default:
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        }
    }
}

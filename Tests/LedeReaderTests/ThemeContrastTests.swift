import Foundation
import LedeReader
import Testing

/// Every shipped theme is readable on its background: WCAG 2 contrast ratios, with xterm's
/// default values for indexed colours.
///
/// The minimums: 4.5 (WCAG AA for body text) for everything read as text — body, title,
/// quotes, the current quote, speakers, search matches, the panes' titles and selection,
/// the status line, the help; 3 (WCAG AA for large and bold text, and for marks that are not
/// text) for actor names, which are bold, the pane border, the notes in the pane and the
/// repair marks; 7 (WCAG AAA) for all of them in `high-contrast`.
///
/// Themes that keep the terminal's background (`default`, `mono`) cannot know it: `default`'s
/// own colours are checked against both xterm's black and its white, and a colour of the
/// terminal's own (its foreground, reverse video) is the terminal's to make readable.
@Suite struct ThemeContrastTests {
    static let catalog = ThemeCatalog(userDirectory: nil)

    /// The roles checked with the lower minimum.
    static let lowerMinimumKeys: Set<String> = ["pane.border", "pane.note", "repaired"]

    /// The relative luminance of a colour (WCAG 2).
    static func luminance(_ color: (red: Int, green: Int, blue: Int)) -> Double {
        func linear(_ channel: Int) -> Double {
            let value = Double(channel) / 255
            return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055).pow(2.4)
        }
        return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
    }

    /// The contrast ratio of two colours, from 1 to 21.
    static func ratio(_ a: (red: Int, green: Int, blue: Int), _ b: (red: Int, green: Int, blue: Int)) -> Double {
        let (lighter, darker) = (max(luminance(a), luminance(b)), min(luminance(a), luminance(b)))
        return (lighter + 0.05) / (darker + 0.05)
    }

    @Test func theRatioIsWCAGs() {
        #expect(Self.ratio((0, 0, 0), (255, 255, 255)) == 21)
        #expect(Self.ratio((255, 0, 0), (255, 0, 0)) == 1)
        #expect(abs(Self.ratio((0x76, 0x76, 0x76), (255, 255, 255)) - 4.54) < 0.01)
    }

    /// What each style of `theme` must reach, and the colours it is drawn in: the style laid
    /// over body text, reverse video swapped. Styles whose colours are the terminal's own are
    /// left out.
    static func pairs(of theme: Theme) -> [(key: String, minimum: Double, fg: ThemeColor, bg: ThemeColor?)] {
        let keys = theme.styles.keys.sorted().map { ($0, CellStyle($0 == "text" ? [.text] : [.text, role(for: $0)])) }
            + theme.actorPalette.indices.map { ("actor_palette[\($0)]", CellStyle([.text, .actor(id: "unnamed-\($0)", index: $0)])) }
        let strictest = theme.name == "high-contrast"
        return keys.compactMap { key, cellStyle in
            var style = theme.resolve(cellStyle)
            if style.reverse == true { (style.foreground, style.background) = (style.background, style.foreground) }
            guard let fg = style.foreground, fg != .terminalDefault else { return nil }
            let background = style.background == .terminalDefault ? nil : style.background
            let isLower = lowerMinimumKeys.contains(key) || key.hasPrefix("actor")
            return (key, strictest ? 7 : isLower ? 3 : 4.5, fg, background)
        }
    }

    /// The role whose theme key is `key`.
    static func role(for key: String) -> StyleRole {
        if key.hasPrefix(StyleRole.actorKeyPrefix) {
            return .actor(id: String(key.dropFirst(StyleRole.actorKeyPrefix.count)), index: 0)
        }
        return StyleRole.fixedRoles.first { $0.themeKey == key }!
    }

    @Test(arguments: ["dark", "light", "high-contrast", "solarized-dark", "solarized-light"])
    func aThemeWithItsOwnBackgroundIsReadableOnIt(name: String) throws {
        let theme = try Self.catalog.theme(name)
        let pairs = Self.pairs(of: theme)
        #expect(pairs.count >= StyleRole.fixedThemeKeys.count, "\(name): too few styles checked")
        #expect(pairs.contains { $0.key == "text" && $0.minimum >= 4.5 })
        for pair in pairs {
            let fg = try #require(pair.fg.rgbValue)
            let bg = try #require(pair.bg?.rgbValue, "\(name): `\(pair.key)` has no background of its own")
            let ratio = Self.ratio(fg, bg)
            #expect(ratio >= pair.minimum, "\(name): `\(pair.key)` has a contrast of \(ratio), under \(pair.minimum)")
        }
    }

    @Test func defaultsOwnColoursReadOnBlackAndOnWhite() throws {
        let theme = try Self.catalog.theme("default")
        let pairs = Self.pairs(of: theme)
        #expect(pairs.filter { $0.key.hasPrefix("actor") }.count >= 8)
        for pair in pairs {
            let fg = try #require(pair.fg.rgbValue)
            let backgrounds = pair.bg.map { [$0.rgbValue!] } ?? [(0, 0, 0), (255, 255, 255)]
            for bg in backgrounds {
                let ratio = Self.ratio(fg, bg)
                #expect(ratio >= pair.minimum, "default: `\(pair.key)` has a contrast of \(ratio) on \(bg), under \(pair.minimum)")
            }
        }
    }

    @Test func monoHasNoColoursToCheck() throws {
        let theme = try Self.catalog.theme("mono")
        #expect(theme.styles.values.allSatisfy { $0.foreground == nil && $0.background == nil })
    }
}

private extension Double {
    /// `self` to the power `exponent`.
    func pow(_ exponent: Double) -> Double { Foundation.pow(self, exponent) }
}

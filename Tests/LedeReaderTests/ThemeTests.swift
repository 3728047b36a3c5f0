import Foundation
import LedeKit
import LedeReader
import Testing

/// Theme files, colour parsing and style layering.
@Suite struct ThemeTests {
    /// The shipped themes, with no user theme directory.
    static let builtIn = ThemeCatalog(userDirectory: nil)

    @Test func theShippedThemesAreTheOnesPromised() {
        #expect(Self.builtIn.names == [
            "dark", "default", "high-contrast", "light", "mono", "solarized-dark", "solarized-light",
        ])
        #expect(Self.builtIn.entries.allSatisfy { $0.origin == .builtIn })
    }

    @Test func everyShippedThemeDefinesOrInheritsEveryKeyItNeeds() throws {
        let actorKeys = ActorLexicon.standard.actors.map { StyleRole.actorKeyPrefix + $0.id }
        #expect(actorKeys.count >= 4)
        for name in Self.builtIn.names {
            let theme = try Self.builtIn.theme(name)
            #expect(!theme.summary.isEmpty, "\(name) has no description")
            #expect(!theme.actorPalette.isEmpty, "\(name) has no actor_palette")
            let missing = (StyleRole.fixedThemeKeys + actorKeys).filter { theme.styles[$0] == nil }
            #expect(missing.isEmpty, "\(name) lacks \(missing)")
            let unknown = theme.styles.keys.filter { !StyleRole.fixedThemeKeys.contains($0) && !actorKeys.contains($0) }
            #expect(unknown.isEmpty, "\(name) styles keys no role has: \(unknown)")
        }
    }

    @Test func theStyleKeysAreTheFixedRolesKeysEachOnce() {
        #expect(StyleRole.fixedThemeKeys.count == Set(StyleRole.fixedThemeKeys).count)
        #expect(StyleRole.fixedThemeKeys.first == "text")
        #expect(StyleRole.fixedThemeKeys.contains(StyleRole.searchCurrent.themeKey))
        #expect(StyleRole.actor(id: "iran", index: 2).themeKey == "actor.iran")
    }

    @Test func defaultThemeKeepsTheTerminalBackground() throws {
        let theme = try Self.builtIn.theme("default")
        let backgrounds = theme.styles.filter { $0.key != "search.current" }.compactMap { $0.value.background }
        #expect(backgrounds.allSatisfy { $0 == .terminalDefault })
    }

    @Test func layeringLetsUpperRolesWinFieldByField() throws {
        let theme = try ThemeFile.parse("""
            [styles]
            text = { fg = "white" }
            quote = { italic = true }
            "actor.russia" = { fg = "blue", bold = true }
            "search.current" = { bg = "yellow", fg = "black" }
            """, name: "test")
        let style = theme.resolve(CellStyle([.text, .quote, .actor(id: "russia", index: 1), .searchCurrent]))
        #expect(style.foreground == .indexed(0))
        #expect(style.background == .indexed(3))
        #expect(style.bold == true)
        #expect(style.italic == true)
        #expect(theme.resolve(.text).foreground == .indexed(7))
    }

    @Test func unnamedActorsTakeThePaletteInTurn() throws {
        let theme = try ThemeFile.parse("""
            actor_palette = [{ fg = "red" }, "green"]
            """, name: "palette")
        #expect(theme.name == "palette")
        #expect(theme.resolve(CellStyle(.actor(id: "x", index: 0))).foreground == .indexed(1))
        #expect(theme.resolve(CellStyle(.actor(id: "y", index: 3))).foreground == .indexed(2))
    }

    @Test func aStyleMayBeAColourOrATableAndColoursMayBePaletteNames() throws {
        let theme = try ThemeFile.parse("""
            [palette]
            paper = "#fdf6e3"
            ink = "#073642"
            red = "#ff0000"

            [styles]
            text = { fg = "ink", bg = "paper" }
            quote = "ink"
            "actor.assad" = "red"
            title = { fg = "208", bold = true, underline = true }
            help = {}
            """, name: "t")
        #expect(theme.styles["text"] == TextStyle(
            foreground: .rgb(red: 0x07, green: 0x36, blue: 0x42), background: .rgb(red: 0xFD, green: 0xF6, blue: 0xE3)))
        #expect(theme.styles["quote"] == TextStyle(foreground: .rgb(red: 0x07, green: 0x36, blue: 0x42)))
        // A palette name wins over the colour name it shadows.
        #expect(theme.styles["actor.assad"] == TextStyle(foreground: .rgb(red: 255, green: 0, blue: 0)))
        #expect(theme.styles["title"] == TextStyle(foreground: .indexed(208), bold: true, underline: true))
        #expect(theme.styles["help"] == TextStyle())
    }

    @Test func colourSyntax() {
        #expect(ThemeColor(parsing: "default") == .terminalDefault)
        #expect(ThemeColor(parsing: "Bright-Blue") == .indexed(12))
        #expect(ThemeColor(parsing: "208") == .indexed(208))
        #expect(ThemeColor(parsing: "#ff0000") == .rgb(red: 255, green: 0, blue: 0))
        #expect(ThemeColor(parsing: "256") == nil)
        #expect(ThemeColor(parsing: "#ff00") == nil)
        #expect(ThemeColor(parsing: "mauve") == nil)
        #expect(ThemeColor.rgb(red: 255, green: 0, blue: 0).index256 == 196)
        #expect(ThemeColor.rgb(red: 128, green: 128, blue: 128).index256 == 244)
        #expect(ThemeColor.rgb(red: 255, green: 0, blue: 0).index8 == 1)
    }

    @Test func indexedColoursHaveXtermsValues() throws {
        #expect(try #require(ThemeColor.indexed(4).rgbValue) == (0, 0, 0xEE))
        #expect(try #require(ThemeColor.indexed(15).rgbValue) == (255, 255, 255))
        #expect(try #require(ThemeColor.indexed(27).rgbValue) == (0, 95, 255))
        #expect(try #require(ThemeColor.indexed(244).rgbValue) == (128, 128, 128))
        #expect(ThemeColor.terminalDefault.rgbValue == nil)
    }

    /// The message of the error `text` gives, parsed as file `t.toml`.
    static func error(in text: String) -> ThemeError? {
        do {
            _ = try ThemeFile.parse(text, name: "t", file: "t.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func aBrokenThemeNamesFileLineColumnAndTheBadValue() {
        #expect(Self.error(in: "[styles]\ntext = {}\n  qoute = { bold = true }")?.description
            == "t.toml:3:3: unknown style `qoute` (did you mean `quote`?)")
        #expect(Self.error(in: "[styles]\nquote = { italic = true, fg = \"mauve\" }")?.description
            == "t.toml:2:31: `mauve` is not a colour: a palette name, a colour name, 0–255 or #rrggbb")
        #expect(Self.error(in: "[palette]\nink = \"#123\"\n[styles]\nquote = \"ikn\"")?.description
            == "t.toml:2:7: palette `ink`: `#123` is not a colour: a colour name, 0–255 or #rrggbb")
        #expect(Self.error(in: "[palette]\nink = \"#123456\"\n[styles]\nquote = \"ikn\"")?.description
            == "t.toml:4:9: `ikn` is not a colour: a palette name, a colour name, 0–255 or #rrggbb (did you mean `ink`?)")
        #expect(Self.error(in: "[styles]\nquote = { fg = \"red\", itallic = true }")?.description
            == "t.toml:2:23: style `quote`: unknown field `itallic` (did you mean `italic`?)")
        #expect(Self.error(in: "[styles]\nquote = { bold = \"yes\" }")?.description
            == "t.toml:2:1: style `quote`: `bold` must be true or false")
        #expect(Self.error(in: "descripton = \"x\"")?.description
            == "t.toml:1:1: unknown key `descripton` (did you mean `description`?)")
        #expect(Self.error(in: "inherits = \"drak\"")?.description
            == "t.toml:1:1: inherits `drak`, which is no theme (did you mean `dark`?)")
        let syntax = Self.error(in: "[styles]\nquote = { bold = true")
        #expect(syntax?.place?.file == "t.toml")
        #expect(syntax?.place?.line == 2)
        #expect(syntax?.problem.hasPrefix("TOML syntax") == true)
    }

    @Test func anUnknownThemeNameSuggestsTheNearest() {
        #expect(throws: ThemeError.self) { try Self.builtIn.theme("solarized-drak") }
        do {
            _ = try Self.builtIn.theme("solarized-drak")
        } catch {
            #expect(error.place == nil)
            #expect(error.description.hasPrefix("no theme named 'solarized-drak' (did you mean `solarized-dark`?)"))
        }
    }

    @Test func inheritingLaysAThemeOverItsParentWithItsPalette() throws {
        let dark = try Self.builtIn.theme("dark")
        let theme = try ThemeFile.parse("""
            inherits = "dark"
            [palette]
            bg = "#000080"
            [styles]
            title = { fg = "fg", underline = true }
            """, name: "navy")
        #expect(theme.summary == dark.summary)
        #expect(theme.styles["text"]?.background == .rgb(red: 0, green: 0, blue: 0x80))
        #expect(theme.styles["text"]?.foreground == dark.styles["text"]?.foreground)
        // The parent's styles that name the palette's `bg` take the new one too.
        #expect(theme.styles["status"]?.foreground == .rgb(red: 0, green: 0, blue: 0x80))
        #expect(theme.styles["title"] == TextStyle(foreground: dark.styles["text"]?.foreground, underline: true))
        #expect(theme.styles["actor.russia"] == dark.styles["actor.russia"])
        #expect(theme.actorPalette == dark.actorPalette)
        // light, high-contrast and solarized-* are built that way.
        let light = try Self.builtIn.theme("light")
        #expect(light.styles["quote"]?.italic == true)
        #expect(light.styles["text"]?.background != dark.styles["text"]?.background)
    }

    /// A user theme directory holding `files` (name → text), removed afterwards.
    static func withUserThemes<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name + ".toml"), atomically: true, encoding: .utf8)
        }
        return try body(directory)
    }

    @Test func userThemesAreListedWithTheirOriginAndReplaceBuiltInOnesOfTheirName() throws {
        try Self.withUserThemes([
            "dark": "description = \"my dark\"\ninherits = \"dark\"\n[palette]\nbg = \"#000000\"",
            "paper": "description = \"paper\"\ninherits = \"light\"",
        ]) { directory in
            let catalog = ThemeCatalog(userDirectory: directory)
            #expect(catalog.names == (Self.builtIn.names + ["paper"]).sorted())
            #expect(catalog.entries.filter { $0.name == "dark" }.map(\.origin) == [.user, .builtIn])
            #expect(catalog.entry(named: "dark")?.origin == .user)
            #expect(catalog.entry(named: "paper")?.origin == .user)
            let dark = try catalog.theme("dark")
            #expect(dark.summary == "my dark")
            #expect(dark.styles["text"]?.background == .rgb(red: 0, green: 0, blue: 0))
            // A built-in theme inherits the built-in dark, not the user's.
            let builtInLight = try Self.builtIn.theme("light")
            #expect(try catalog.theme("light") == builtInLight)
            #expect(try catalog.theme("paper").styles == builtInLight.styles)
        }
    }

    @Test func aThemeThatInheritsItselfRoundAboutIsRefused() throws {
        try Self.withUserThemes(["a": "inherits = \"b\"", "b": "\n\ninherits = \"a\""]) { directory in
            do throws(ThemeError) {
                _ = try ThemeCatalog(userDirectory: directory).theme("a")
                Issue.record("a cycle of inheritance was accepted")
            } catch {
                #expect(error.description == directory.appendingPathComponent("b.toml").path
                    + ":3:1: inherits `a`, which inherits this theme again")
            }
        }
    }

    @Test func theUserThemeDirectoryFollowsXDG() {
        #expect(ThemeCatalog.userDirectory(in: ["XDG_CONFIG_HOME": "/x/config", "HOME": "/home/a"])?.path == "/x/config/lede/themes")
        #expect(ThemeCatalog.userDirectory(in: ["HOME": "/home/a"])?.path == "/home/a/.config/lede/themes")
        #expect(ThemeCatalog.userDirectory(in: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/a"])?.path == "/home/a/.config/lede/themes")
        #expect(ThemeCatalog.userDirectory(in: [:]) == nil)
    }

    @Test func themesCycleInOrderAndRoundAgain() {
        let names = Self.builtIn.names
        #expect(Self.builtIn.name(after: "dark") == "default")
        #expect(Self.builtIn.name(after: names.last!) == names.first)
        #expect(Self.builtIn.name(after: "my-file") == names.first)
        var seen = [ThemeCatalog.defaultName]
        for _ in names.indices { seen.append(Self.builtIn.name(after: seen.last!)) }
        #expect(Set(seen) == Set(names))
        #expect(seen.last == ThemeCatalog.defaultName)
    }

    /// `mono` has attributes only, so the reader says it is drawn without colour, whatever
    /// the terminal has; every other shipped theme has colours.
    @Test func onlyMonoIsWithoutColour() throws {
        for name in Self.builtIn.names {
            #expect(try Self.builtIn.theme(name).usesColor == (name != "mono"), "\(name)")
        }
    }
}

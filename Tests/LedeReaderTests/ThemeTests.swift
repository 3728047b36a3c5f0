import LedeReader
import Testing

/// Theme files, colour parsing and style layering.
@Suite struct ThemeTests {
    @Test func everyBuiltInThemeLoadsAndStylesTheFourActors() throws {
        let names = ThemeCatalog.builtInNames
        #expect(names.contains("default"))
        #expect(names.count >= 2)
        for name in names {
            let theme = try ThemeCatalog.theme(name)
            #expect(!theme.summary.isEmpty)
            for actor in ["assad", "russia", "iran", "us"] {
                #expect(theme.styles["actor.\(actor)"] != nil, "\(name) does not style actor.\(actor)")
            }
        }
    }

    @Test func defaultThemeKeepsTheTerminalBackground() throws {
        let theme = try ThemeCatalog.theme("default")
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
            """, fallbackName: "test")
        let style = theme.resolve(CellStyle([.text, .quote, .actor(id: "russia", index: 1), .searchCurrent]))
        #expect(style.foreground == .indexed(0))
        #expect(style.background == .indexed(3))
        #expect(style.bold == true)
        #expect(style.italic == true)
        #expect(theme.resolve(.text).foreground == .indexed(7))
    }

    @Test func unnamedActorsTakeThePaletteInTurn() throws {
        let theme = try ThemeFile.parse("""
            actor_palette = [{ fg = "red" }, { fg = "green" }]
            """, fallbackName: "palette")
        #expect(theme.name == "palette")
        #expect(theme.resolve(CellStyle(.actor(id: "x", index: 0))).foreground == .indexed(1))
        #expect(theme.resolve(CellStyle(.actor(id: "y", index: 3))).foreground == .indexed(2))
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

    @Test func badThemeFilesGiveClearErrors() {
        #expect(throws: ThemeError.unknownRole(theme: "t", role: "qoute")) {
            try ThemeFile.parse("[styles]\nqoute = { bold = true }", fallbackName: "t")
        }
        #expect(throws: ThemeError.invalidStyle(theme: "t", role: "quote", reason: "`fg` is not a colour (a name, 0–255 or #rrggbb)")) {
            try ThemeFile.parse("[styles]\nquote = { fg = \"mauve\" }", fallbackName: "t")
        }
        #expect(throws: ThemeError.invalidStyle(theme: "t", role: "quote", reason: "unknown field `blink`")) {
            try ThemeFile.parse("[styles]\nquote = { blink = true }", fallbackName: "t")
        }
        do {
            _ = try ThemeFile.parse("[styles\n", fallbackName: "t")
            Issue.record("a TOML syntax error was accepted")
        } catch {
            #expect(error.description.hasPrefix("theme t: TOML error at line 1"))
        }
        do {
            _ = try ThemeCatalog.theme("no-such-theme")
            Issue.record("an unknown theme name was accepted")
        } catch {
            #expect(error.description.contains("default"))
        }
    }
}

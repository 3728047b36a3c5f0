import LedeReader
import Testing

/// config.toml: the keys it may set, the faults it names, and what wins over it.
@Suite struct SettingsTests {
    @Test func defaultsWhenNothingIsSet() {
        let settings = Settings()
        #expect(settings.text("theme") == "default")
        #expect(settings.flag("mouse") == true)
        #expect(settings.number("width") == ReaderGeometry.defaultReadingWidth && settings.text("actors") == nil)
        #expect(settings.text("color") == "auto")
        #expect(settings.entries["theme"]?.origin == .builtIn)
    }

    @Test func fileValuesAndTheirLines() throws {
        let text = "# my defaults\ntheme = \"solarized-dark\"\n\nwidth = 90\nmouse = false\nactors = \"/srv/actors.toml\"\ncolor = \"never\"\n"
        let settings = try Settings(parsing: text, file: "config.toml")
        #expect(settings.text("theme") == "solarized-dark")
        #expect(settings.number("width") == 90)
        #expect(settings.flag("mouse") == false)
        #expect(settings.text("actors") == "/srv/actors.toml")
        #expect(settings.text("color") == "never")
        #expect(settings.entries["width"]?.origin == .file(ThemePlace(file: "config.toml", line: 4, column: 1)))
    }

    @Test func theCommandLineWins() throws {
        var settings = try Settings(parsing: "theme = \"dark\"\nmouse = false\n", file: "c.toml")
        settings.override("theme", with: .text("light"))
        #expect(settings.text("theme") == "light" && settings.entries["theme"]?.origin == .commandLine)
        #expect(settings.flag("mouse") == false)
        let printed = settings.printed.split(separator: "\n").map(String.init)
        #expect(printed == [
            "theme = \"light\"             # command line",
            "width = 100                 # built-in default",
            "mouse = false               # c.toml, line 2",
            "# actors =                  # not set",
            "color = \"auto\"              # built-in default",
        ])
    }

    @Test func aBadKeyNamesFileLineAndTheKeyMeant() {
        #expect(throws: ThemeError("unknown key `colour` (did you mean `color`?)", at: ThemePlace(file: "c.toml", line: 3, column: 1))) {
            try Settings(parsing: "theme = \"dark\"\n\ncolour = \"always\"\n", file: "c.toml")
        }
        #expect(throws: ThemeError("`mouse` must be true or false", at: ThemePlace(file: "c.toml", line: 1, column: 1))) {
            try Settings(parsing: "mouse = \"no\"\n", file: "c.toml")
        }
        #expect(throws: ThemeError("`width` must be 0 (the pane's whole width) or a whole number of columns, 20 or more", at: ThemePlace(file: "c.toml", line: 1, column: 1))) {
            try Settings(parsing: "width = 5\n", file: "c.toml")
        }
        #expect(throws: ThemeError("`color` must be one of \"always\", \"never\", \"auto\"", at: ThemePlace(file: "c.toml", line: 2, column: 3))) {
            try Settings(parsing: "\n  color = \"sometimes\"\n", file: "c.toml")
        }
        #expect(throws: (any Error).self) { try Settings(parsing: "theme = \n", file: "c.toml") }
        #expect((try? Settings(parsing: "width = 0\n", file: "c.toml"))?.number("width") == 0)
    }
}

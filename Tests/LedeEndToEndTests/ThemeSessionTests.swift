import Foundation
import Testing

extension EndToEnd {
    /// Themes in a real terminal (tmux, read back with `capture-pane -e`): cycled live with `T`,
    /// in 24-bit colour when `COLORTERM` says so, none under `NO_COLOR`, user themes and a
    /// broken one.
    @Suite(.serialized, .timeLimit(.minutes(2)))
    struct ThemeSessionTests {
        /// Whether this system has the terminfo entry 24-bit colour in tmux needs (Debian's
        /// `ncurses-term`); without it Lede draws in 256 colours.
        static let hasTmuxDirect = ["/usr/share/terminfo", "/lib/terminfo", "/etc/terminfo"].contains {
            FileManager.default.fileExists(atPath: $0 + "/t/tmux-direct")
        }

        /// `ledeCommand(arguments)` with the user's theme directory in `config` and `environment`
        /// set before it.
        static func command(_ arguments: [String], config: TemporaryDirectory, _ environment: String = "") throws -> String {
            "XDG_CONFIG_HOME=" + shellQuoted(config.url.path) + " " + environment + " " + (try ledeCommand(arguments))
        }

        /// The plain word "experts" of the sample: body text, coloured only by the theme's `text`.
        static func bodyText(_ screen: Screen) throws -> CellAttributes {
            try #require(screen.articleAttributes(of: "experts"), "no 'experts' on screen:\n\(screen)")
        }

        @Test("T cycles the themes live: default, high-contrast, light, each in 256 colours")
        func themesCycleLive() async throws {
            let config = try TemporaryDirectory()
            defer { config.remove() }
            try await withTmuxSession(try Self.command(["--theme", "default"], config: config)) { session in
                let first = try await waitForReader(session, styled: true)
                #expect(try Self.bodyText(first) == CellAttributes())
                try session.send("T")
                let contrast = try await session.waitForStatus(containing: "Theme high-contrast, in 256 colours", styled: true)
                let white = try Self.bodyText(contrast)
                #expect(white.foreground == .indexed(231) && white.background == .indexed(16), "\(white)")
                try session.send("T")
                let light = try await session.waitForStatus(containing: "Theme light", styled: true)
                let dark = try Self.bodyText(light)
                #expect(dark.foreground == .indexed(235) && dark.background == .indexed(231), "\(dark)")
                // Every cell of the article is repainted, not only those that changed.
                let rows = try #require(light.styledLines).dropLast()
                let stale = rows.joined().filter { $0.attributes.background == .indexed(16) }
                #expect(stale.isEmpty, "\(stale.count) cells keep high-contrast's black")
            }
        }

        @Test("COLORTERM=truecolor draws 24-bit colour (38;2;r;g;b), through the whole cycle",
              .enabled(if: hasTmuxDirect, "needs the tmux-direct terminfo entry (Debian: ncurses-term)"))
        func truecolorDrawsRGB() async throws {
            let config = try TemporaryDirectory()
            defer { config.remove() }
            let command = try Self.command(["--theme", "solarized-dark"], config: config, "COLORTERM=truecolor")
            try await withTmuxSession(command) { session in
                let screen = try await waitForReader(session, styled: true)
                let body = try Self.bodyText(screen)
                #expect(body.foreground == .rgb(0x93, 0xA1, 0xA1) && body.background == .rgb(0x00, 0x2B, 0x36), "\(body)")
                let moscow = try #require(screen.articleAttributes(of: "Moscow"), "no Moscow:\n\(screen)")
                #expect(moscow.foreground == .rgb(0x26, 0x8B, 0xD2) && moscow.bold)
                try session.send("T")
                let light = try await session.waitForStatus(containing: "Theme solarized-light, in 24-bit colour", styled: true)
                #expect(try Self.bodyText(light).background == .rgb(0xFD, 0xF6, 0xE3))
                try session.send("T")
                let plain = try await session.waitForStatus(containing: "Theme dark, in 24-bit colour", styled: true)
                #expect(try Self.bodyText(plain).background == .rgb(0x1C, 0x1C, 0x1C))
            }
        }

        @Test("NO_COLOR wins over COLORTERM=truecolor and over a coloured theme, whichever T shows")
        func noColorWinsOverTruecolor() async throws {
            let config = try TemporaryDirectory()
            defer { config.remove() }
            let command = try Self.command(["--theme", "dark"], config: config, "NO_COLOR=1 COLORTERM=truecolor")
            try await withTmuxSession(command) { session in
                for expected in ["", "Theme default, without colour", "Theme high-contrast, without colour"] {
                    if !expected.isEmpty { try session.send("T") }
                    let screen = expected.isEmpty
                        ? try await waitForReader(session, styled: true)
                        : try await session.waitForStatus(containing: expected, styled: true)
                    let rows = try #require(screen.styledLines)
                    let coloured = rows.joined().filter { $0.attributes.foreground != .default || $0.attributes.background != .default }
                    #expect(coloured.isEmpty, "\(expected): coloured cells: \(String(coloured.prefix(40).map(\.character)))")
                    #expect(try #require(screen.articleAttributes(of: "Moscow")).bold)
                }
            }
        }

        /// A user theme with a misspelt colour on its third line.
        static let brokenTheme = "description = \"mine\"\n[styles]\nquote = { fg = \"mauve\", italic = true }\n"

        @Test("a broken theme opens the reader in default, the status line naming file, line and column")
        func brokenThemeFallsBackToDefault() async throws {
            let config = try TemporaryDirectory()
            defer { config.remove() }
            try FileManager.default.createDirectory(at: config.url.appendingPathComponent("lede/themes"), withIntermediateDirectories: true)
            _ = try config.write(Self.brokenTheme, to: "lede/themes/mine.toml")
            try await withTmuxSession(try Self.command(["--theme", "mine"], config: config), width: 160) { session in
                let screen = try await session.waitForStatus(containing: "mine.toml", styled: true)
                #expect(screen.statusLine.contains("Showing theme default: mine.toml:3:16: `mauve` is not a colour"), "\(screen.statusLine)")
                #expect(try Self.bodyText(screen) == CellAttributes())
            }
        }

        @Test func ledeThemesListsBuiltInAndUserThemesWithTheirOrigin() throws {
            let config = try TemporaryDirectory()
            defer { config.remove() }
            try FileManager.default.createDirectory(at: config.url.appendingPathComponent("lede/themes"), withIntermediateDirectories: true)
            _ = try config.write(Self.brokenTheme, to: "lede/themes/mine.toml")
            _ = try config.write("description = \"my own dark\"\ninherits = \"dark\"\n", to: "lede/themes/dark.toml")
            var environment = utf8Environment()
            environment["XDG_CONFIG_HOME"] = config.url.path
            let result = try runProcess(LedeBinary.url(), ["themes"], environment: environment)
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).prefix(2).joined(separator: " ") }
            for expected in ["dark built-in", "dark user", "default built-in", "light built-in", "mine user", "solarized-light built-in"] {
                #expect(lines.contains(expected), "no '\(expected)' in:\n\(result.stdout)")
            }
            #expect(result.stdout.contains("my own dark"))
            #expect(result.stdout.contains("(your own dark is used instead)"))
            #expect(result.stdout.contains("mine.toml:3:16: `mauve` is not a colour"))
            #expect(result.stdout.contains(config.url.path + "/lede/themes/NAME.toml"))
        }
    }
}

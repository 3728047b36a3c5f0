import Foundation
import LedeTestSupport
import Testing

extension EndToEnd {
    /// A theme that cannot be used, met outside the reader: printed output says so on standard
    /// error and carries on in `default`, as the reader does on screen; a name that names no
    /// theme lists only the themes that load.
    @Suite struct ThemeProblemTests {
        /// A configuration folder holding a user theme with a misspelt colour on its third line
        /// (`mine`) and one that loads (`calm`).
        private func configuration() throws -> TemporaryDirectory {
            let config = try TemporaryDirectory()
            try FileManager.default.createDirectory(at: config.url.appendingPathComponent("lede/themes"), withIntermediateDirectories: true)
            _ = try config.write(ThemeSessionTests.brokenTheme, to: "lede/themes/mine.toml")
            _ = try config.write("description = \"calm\"\ninherits = \"dark\"\n", to: "lede/themes/calm.toml")
            return config
        }

        private func lede(_ arguments: [String], config: TemporaryDirectory) throws -> ProcessResult {
            try runLede(arguments, setting: ["XDG_CONFIG_HOME": config.url.path])
        }

        @Test(arguments: [[], ["--color=always"], ["--color=never"]])
        func aBrokenThemeWarnsOnceWhenTheOutputIsPrinted(colour: [String]) throws {
            let config = try configuration()
            defer { config.remove() }
            let result = try lede(["--theme", "mine", "--sample"] + colour, config: config)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("lede: theme mine: "), "\(result.stderr)")
            #expect(result.stderr.contains("mine.toml:3:16: `mauve` is not a colour"), "\(result.stderr)")
            #expect(result.stderr.contains("using default"), "\(result.stderr)")
            #expect(result.stdout.contains("Refugee Crisis"))
        }

        @Test func aThemeThatLoadsSaysNothing() throws {
            let config = try configuration()
            defer { config.remove() }
            let result = try lede(["--theme", "calm", "--sample", "--color=always"], config: config)
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty, "\(result.stderr)")
        }

        @Test func anUnknownNameListsTheThemesThatLoad() throws {
            let config = try configuration()
            defer { config.remove() }
            let result = try lede(["--theme", "zzz", "--sample"], config: config)
            #expect(result.status != 0)
            #expect(result.stderr.contains("no theme named 'zzz'"), "\(result.stderr)")
            let list = try #require(result.stderr.range(of: "(themes: ").map { result.stderr[$0.upperBound...] })
            #expect(list.contains("calm") && list.contains("solarized-dark"), "\(result.stderr)")
            #expect(!list.contains("mine"), "a broken theme offered: \(result.stderr)")
        }
    }
}

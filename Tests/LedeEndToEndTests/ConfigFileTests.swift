import Foundation
import LedeTestSupport
import Testing

extension EndToEnd {
    /// `$XDG_CONFIG_HOME/lede/config.toml`: defaults for the reader and `lede quotes`, shown by
    /// `lede --print-config`, command-line options winning.
    @Suite("config.toml", .timeLimit(.minutes(1)))
    struct ConfigFileTests {
        /// Runs lede with `XDG_CONFIG_HOME` at `config`.
        static func run(_ arguments: [String], config: URL) throws -> ProcessResult {
            try runLede(arguments, setting: ["XDG_CONFIG_HOME": config.path])
        }

        /// A configuration directory whose config.toml is `text`.
        static func configuration(_ text: String, in directory: TemporaryDirectory) throws -> URL {
            let config = directory.url.appendingPathComponent("config")
            try FileManager.default.createDirectory(at: config.appendingPathComponent("lede"), withIntermediateDirectories: true)
            try text.write(to: config.appendingPathComponent("lede/config.toml"), atomically: true, encoding: .utf8)
            return config
        }

        @Test("--print-config shows each value and where it came from; options win")
        func printConfig() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let config = try Self.configuration("theme = \"dark\"\nmouse = false\n", in: directory)
            let file = config.appendingPathComponent("lede/config.toml").path
            let result = try Self.run(["--print-config", "--mouse"], config: config)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first == "theme = \"dark\"              # \(file), line 1", "\(lines)")
            #expect(lines.contains("mouse = true                # command line"), "\(lines)")
            #expect(lines.contains("color = \"auto\"              # built-in default"), "\(lines)")
            // No file: every value built in.
            let none = try Self.run(["--print-config"], config: directory.url.appendingPathComponent("nowhere"))
            #expect(none.stdout.hasPrefix("theme = \"default\"           # built-in default\n"), "\(none.stdout)")
        }

        @Test("A bad key is refused with the file, the line and the key meant")
        func badKey() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let config = try Self.configuration("theme = \"dark\"\nthme = \"light\"\n", in: directory)
            let file = config.appendingPathComponent("lede/config.toml").path
            let article = try directory.write(OwnArticle.text, to: "article.txt")
            let result = try Self.run([article.path], config: config)
            expectInputFailure(result, "lede: \(file):2:1: unknown key `thme` (did you mean `theme`?)")
        }

        @Test("color and theme from the file colour printed text; --color=never wins")
        func colourFromTheFile() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let config = try Self.configuration("color = \"always\"\ntheme = \"mono\"\n", in: directory)
            let article = try directory.write(OwnArticle.text, to: "article.txt")
            let coloured = try Self.run([article.path], config: config)
            #expect(coloured.status == 0 && coloured.stdout.contains("\u{1B}["), "\(coloured.stdout.debugDescription)")
            let plain = try Self.run([article.path, "--color=never"], config: config)
            #expect(plain.stdout == OwnArticle.text)
            // The theme of the file, then the one given.
            let dark = try Self.run([article.path, "--theme", "dark"], config: config)
            #expect(dark.stdout != coloured.stdout && ColorOutputTests.withoutSGR(dark.stdout) == OwnArticle.text)
        }

        @Test("actors from the file is the lexicon of lede quotes")
        func actorsFromTheFile() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let lexicon = try directory.write("[[actor]]\nid = \"harbour\"\nname = \"Harbour Board\"\naliases = [\"Jane Doe\"]\n", to: "mine.toml")
            let config = try Self.configuration("actors = \"\(lexicon.path)\"\n", in: directory)
            let article = try directory.write(OwnArticle.text, to: "article.txt")
            let result = try Self.run(["quotes", "--format", "tsv", article.path], config: config)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout.contains("\tharbour\tHarbour Board\t"), "\(result.stdout)")
        }
    }
}

import Foundation
import LedeReader
import LedeTestSupport
import Testing

/// The key map is the one source of the help and of the README's key table.
@Suite struct KeyMapTests {
    /// The README's key table: the lines from the table's header to the first blank line
    /// after the `## Keys` heading.
    private func readmeKeyTable() throws -> String {
        let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appending(path: "README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex(of: "## Keys"), "README.md has no ## Keys section")
        let start = try #require(lines[heading...].firstIndex { $0.hasPrefix("| keys |") })
        let end = lines[start...].firstIndex { !$0.hasPrefix("|") } ?? lines.endIndex
        return lines[start..<end].joined(separator: "\n")
    }

    @Test func theReadmeKeyTableIsTheKeyMap() throws {
        let table = try readmeKeyTable()
        #expect(table == KeyMap.markdownTable, "README.md's key table differs from KeyMap; it should read:\n\(KeyMap.markdownTable)")
    }

    @Test func noKeySequenceIsBoundTwiceInAMode() {
        for mode in [InputMode.reading, .prompt, .help] {
            var seen: [[Key]: String] = [:]
            for binding in KeyMap.bindings(in: mode) {
                for sequence in binding.sequences {
                    #expect(seen[sequence] == nil, "\(KeyName.of(sequence)) is bound to “\(seen[sequence] ?? "")” and “\(binding.help)”")
                    seen[sequence] = binding.help
                }
            }
        }
    }

    @Test func everyHelpLineFitsAnEightyColumnTerminal() {
        let reader = Reader(analysis: TestArticles.briefingAnalysis, fileName: "briefing.txt", width: 80, height: 60)
        var help = reader
        help.handle(.key(.character("h")))
        var lines = help.render().text.components(separatedBy: "\n")
        help.handle(.key(.character(" ")))
        lines += help.render().text.components(separatedBy: "\n")
        for binding in KeyMap.bindings(in: .reading) + KeyMap.only(in: .quotes) + KeyMap.only(in: .prompt) {
            #expect(lines.contains { $0.contains(binding.keysText) && $0.contains(binding.help) }, "“\(binding.help)” is cut at 80 columns")
        }
    }

    @Test func keysAreNamedAsTheHelpWritesThem() {
        #expect(KeyName.of([.escape, .character("u")]) == "Esc u")
        #expect(KeyName.of([.character("Z"), .character("Z")]) == "ZZ")
        #expect(KeyName.of([.control("e")]) == "^E")
        #expect(KeyName.of([.character(" ")]) == "Space")
        #expect(KeyName.of([.backTab]) == "Shift-Tab")
    }
}

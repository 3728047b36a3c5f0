import Foundation
import LedeTestSupport
import Testing

extension EndToEnd {
    /// `lede quotes FILE…`: the quotes with their speakers, for a person and for scripts.
    @Suite("lede quotes", .serialized, .timeLimit(.minutes(2)))
    struct QuotesCommandTests {
        /// An article of two quotes: one by a person named earlier, one by nobody.
        static let article = """
            Harbour Vote Delayed

            Russia's harbour minister Oleg Varin said on Monday that the talks would go on. "We will not sign until the ferries are tested\tand the crews are ready for the winter season," the minister said.

            The so-called "reforms" were dropped.

            """

        @Test("The text format aligns speaker, actor and quote, wrapped to the width")
        func textFormat() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(Self.article, to: "harbour.txt")
            let result = try runLede(["quotes", file.path], setting: ["COLUMNS": "60"])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(!result.stdout.contains("\u{1B}"), "coloured on a pipe: \(result.stdout.debugDescription)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first == "\(file.path): Harbour Vote Delayed (2 quotes)", "\(lines)")
            let first = try #require(lines.dropFirst().first)
            #expect(first.hasPrefix("  Oleg Varin "), "\(lines)")
            #expect(first.contains(" Russia "), "\(lines)")
            // The quote column starts at the same place on every line of the first quote.
            let column = try #require(first.range(of: "\"We will"))
            let quoteStart = first.distance(from: first.startIndex, to: column.lowerBound)
            let continuation = Array(lines[2])
            #expect(continuation.count > quoteStart && continuation[quoteStart - 1] == " " && continuation[quoteStart] != " ", "\(lines)")
            // The tab of the quote is a space here.
            #expect(!result.stdout.contains("\t") && !result.stdout.contains("␉"), "\(lines)")
            #expect(lines.allSatisfy { $0.count <= 60 || $0 == lines[0] }, "too wide: \(lines)")
            // The wording, in brackets under the name, so that it does not read as a quote.
            #expect(lines.contains { $0.hasPrefix("  (“the minister”)") }, "the wording is not shown: \(lines)")
            #expect(lines.contains { $0.hasPrefix("  —") && $0.hasSuffix("\"reforms\"") }, "\(lines)")
        }

        @Test("Each quote keeps its own marks: single, double, straight or curly")
        func ownMarks() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = """
                Ferries Run Late

                \u{2018}We waited long enough,\u{2019} said Anna Berg, a teacher on the island.

                \u{201C}The night boat is gone for good,\u{201D} said Piet Maas, a fisherman.

                'The timetable is a mistake,' said Lina Hart, who runs the harbour cafe.

                """
            let file = try directory.write(article, to: "ferries.txt")
            let result = try runLede(["quotes", file.path], setting: ["COLUMNS": "100"])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.hasSuffix("\u{2018}We waited long enough,\u{2019}") }, "\(lines)")
            #expect(lines.contains { $0.hasSuffix("\u{201C}The night boat is gone for good,\u{201D}") }, "\(lines)")
            #expect(lines.contains { $0.hasSuffix("'The timetable is a mistake,'") }, "\(lines)")
        }

        @Test("On a narrow terminal the quote keeps 20 columns; the names give way", arguments: [34, 40, 46])
        func narrowTerminal(columns: Int) throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(Self.article, to: "harbour.txt")
            let result = try runLede(["quotes", file.path], setting: ["COLUMNS": "\(columns)"])
            let lines = result.stdout.split(separator: "\n").map(String.init).dropFirst()
            let first = try #require(lines.first { $0.contains("\"We will") })
            let start = first.distance(from: first.startIndex, to: try #require(first.range(of: "\"We will")).lowerBound)
            #expect(start <= columns - 20, "the quote starts at column \(start):\n\(lines.joined(separator: "\n"))")
            #expect(lines.allSatisfy { $0.count <= columns }, "too wide:\n\(lines.joined(separator: "\n"))")
        }

        @Test("--format tsv: a header and one line of nine fields per quote, no raw tab inside a field")
        func tsvFormat() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(Self.article, to: "harbour.txt")
            let result = try runLede(["quotes", "--format", "tsv", file.path, file.path])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.count == 6 && lines.last == "", "\(lines)")
            #expect(lines[0] == "file\tstart\tend\tkind\tspeaker\tspeaker_name\tactor\tactor_name\ttext")
            for line in lines.dropFirst().dropLast() {
                #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 9, "\(line.debugDescription)")
            }
            let fields = lines[1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(fields[4] == "the minister" && fields[5] == "Oleg Varin" && fields[6] == "russia" && fields[7] == "Russia", "\(fields)")
            #expect(fields[8].contains("tested\\tand the crews"), "\(fields[8].debugDescription)")
            #expect(lines[2].hasSuffix("\tpartial\t\t\t\t\treforms"), "\(lines[2].debugDescription)")
        }

        @Test("A large text file is listed a chunk at a time: the quotes and offsets lede analyze gives")
        func largeFile() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            // Past two chunks of `lede analyze` (2 MiB), where both read the file a chunk at a time.
            let file = try LargeFileTests.write(megabytes: 3, to: "harbour.txt", in: directory)
            let listed = try runLede(["quotes", "--format", "tsv", file.path])
            #expect(listed.status == 0, "stderr: \(listed.stderr)")
            let analysed = try runLede(["analyze", "--format", "json", file.path])
            let document = try #require(try JSONSerialization.jsonObject(with: Data(analysed.stdout.utf8)) as? [String: Any])
            let text = Array(try #require(document["text"] as? String).unicodeScalars)
            let expected = try #require(document["quotes"] as? [[String: Any]]).map { quote in
                let start = quote["start"] as? Int ?? -1, end = quote["end"] as? Int ?? -1
                return [String(start), String(end), quote["speakerName"] as? String ?? "", quote["text"] as? String ?? ""]
            }
            let rows = listed.stdout.split(separator: "\n").dropFirst().map { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                return [fields[1], fields[2], fields[5], fields[8]]
            }
            #expect(rows.count > 2_000 && rows.count == expected.count, "\(rows.count) rows, \(expected.count) quotes")
            #expect(rows == expected)
            // Offsets in the whole text, not in a chunk's.
            let last = try #require(rows.last)
            let range = try #require(Int(last[0]))..<#require(Int(last[1]))
            #expect(String(String.UnicodeScalarView(text[range])) == last[3])
        }

        @Test("--format json: one document per file with each quote's speaker, name and actor")
        func jsonFormat() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(Self.article, to: "harbour.txt")
            let result = try runLede(["quotes", "--format", "json", file.path])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(document["file"] as? String == file.path)
            #expect(document["title"] as? String == "Harbour Vote Delayed")
            let quotes = try #require(document["quotes"] as? [[String: Any]])
            #expect(quotes.count == 2)
            #expect(quotes[0]["speakerName"] as? String == "Oleg Varin")
            #expect(quotes[0]["actor"] as? String == "russia" && quotes[0]["actorName"] as? String == "Russia")
            #expect(quotes[1]["speakerName"] is NSNull)
        }

        @Test("On a terminal the text format is styled; NO_COLOR keeps only the attributes")
        func colouredOnATerminal() async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(Self.article, to: "harbour.txt")
            let command = ([try LedeBinary.url().path, "quotes", file.path]).map(shellQuoted).joined(separator: " ")
            for noColor in [false, true] {
                let line = (noColor ? "NO_COLOR=1 " : "") + command + "; sleep 30"
                try await withTmuxSession(line, width: 80, height: 12) { session in
                    let screen = try await session.waitFor("the quotes", styled: true) { $0.lines.contains { $0.contains("reforms") } }
                    let rows = try #require(screen.styledLines)
                    let cells = rows.joined()
                    let coloured = String(cells.filter { $0.attributes.foreground != .default }.map(\.character))
                    let bold = String(cells.filter { $0.attributes.bold }.map(\.character))
                    // The speaker bold (the default theme) with or without colour.
                    #expect(bold.contains("Oleg Varin"), "\(screen)")
                    if noColor {
                        #expect(coloured.isEmpty, "coloured with NO_COLOR: \(coloured)")
                    } else {
                        #expect(coloured.contains("Russia"), "the actor is not coloured:\n\(screen)")
                    }
                }
            }
        }
    }
}

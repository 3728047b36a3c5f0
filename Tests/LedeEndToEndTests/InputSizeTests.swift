import Foundation
import Testing

extension EndToEnd {
    /// Lede reads at most `--max-size` bytes (16 MiB by default) and refuses binary files, so a
    /// device, an endless stream or an image ends with one clear line instead of eating memory.
    @Suite("Input size and binary files", .timeLimit(.minutes(1)))
    struct InputSizeTests {
        /// The commands that read articles, each given `file` and `options`.
        private static func commands(reading file: String, _ options: [String] = []) -> [[String]] {
            [options + [file], ["analyze"] + options + [file], ["actors"] + options + [file]]
        }

        /// An article of about 3000 bytes.
        private static let longArticle = String(repeating: OwnArticle.text, count: 3000 / OwnArticle.text.utf8.count + 1)

        @Test("--max-size refuses a larger file and reads a smaller one")
        func maxSizeOnAFile() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(InputSizeTests.longArticle, to: "long.txt")
            let sizes = [("1k", "1 KiB"), ("2K", "2 KiB"), ("1000", "1000 bytes"), ("2KiB", "2 KiB")]
            for (size, shown) in sizes {
                for arguments in InputSizeTests.commands(reading: file.path, ["--max-size", size]) {
                    expectInputFailure(
                        try runLede(arguments), "lede: '\(file.path)' is larger than \(shown); use --max-size to raise the limit")
                }
            }
            for size in ["4k", "1M", "2G", "500m", "\(InputSizeTests.longArticle.utf8.count)"] {
                for arguments in InputSizeTests.commands(reading: file.path, ["--max-size", size]) {
                    expectSuccess(try runLede(arguments))
                }
            }
        }

        @Test("--max-size stops reading an endless stream")
        func maxSizeOnAStream() throws {
            // The memory limit keeps a lede that never stops reading from taking the machine's memory.
            let stream = #"ulimit -v 1000000; yes 'The council met on Tuesday to vote on the harbour plan.' | "$LEDE" "$@""#
            for arguments in InputSizeTests.commands(reading: "-", ["--max-size", "100k"]) {
                expectInputFailure(
                    try runLedeScript(stream, arguments), "lede: standard input is larger than 100 KiB; use --max-size to raise the limit")
            }
            expectInputFailure(
                try runLedeScript(stream, ["analyze", "-"]), "lede: standard input is larger than 16 MiB; use --max-size to raise the limit")
        }

        @Test("a --max-size that is not a size is a usage error")
        func invalidMaxSize() throws {
            for size in ["12x", "0", "-5", "1.5G", "", "k", "99999999999999999999", "17179869184G"] {
                let result = try runLede(["analyze", "--max-size=\(size)", "/dev/null"])
                #expect(result.status == 64, "--max-size \(size.debugDescription): exit status \(result.status)")
                #expect(result.stdout.isEmpty)
                #expect(result.stderr.contains("is invalid for '--max-size"), "\(result.stderr.debugDescription)")
            }
        }

        @Test("binary files are refused")
        func binaryFiles() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let png = directory.url.appendingPathComponent("image.png")
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
                + Array(repeating: 0x41, count: 200)).write(to: png)
            let nul = directory.url.appendingPathComponent("nul.txt")
            try Data(Array(OwnArticle.text.utf8) + [0] + Array(OwnArticle.text.utf8)).write(to: nul)
            // The start of an executable: its ELF (or Mach-O) header and code.
            let program = directory.url.appendingPathComponent("program")
            try Data(try Data(contentsOf: LedeBinary.url()).prefix(64 * 1024)).write(to: program)
            for file in [png.path, nul.path, program.path, "/dev/zero", "/dev/urandom"] {
                for arguments in InputSizeTests.commands(reading: file) {
                    expectInputFailure(try runLede(arguments), "lede: '\(file)' looks like a binary file, not an article")
                }
            }
            for arguments in InputSizeTests.commands(reading: "-") {
                expectInputFailure(try runLede(arguments, input: png), "lede: standard input looks like a binary file, not an article")
            }
            // Binary before size: the more useful of the two reasons.
            expectInputFailure(
                try runLede(["analyze", "--max-size", "1k", "/dev/zero"]), "lede: '/dev/zero' looks like a binary file, not an article")
        }

        @Test("UTF-16 text, full of NUL bytes, is not binary")
        func utf16IsText() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let units = Array(OwnArticle.text.utf16)
            let littleEndian: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] }
            let bigEndian: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8(truncatingIfNeeded: $0)] }
            for (name, bytes) in [("le.txt", littleEndian), ("be.txt", bigEndian)] {
                let file = directory.url.appendingPathComponent(name)
                try Data(bytes).write(to: file)
                let result = try runLede(["analyze", "--format", "json", file.path])
                expectSuccess(result)
                #expect(try analysisObjects(result.stdout).first?["title"] as? String == OwnArticle.title)
            }
        }
    }
}

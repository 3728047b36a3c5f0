import Foundation
import Testing
import LedeKit

@Suite("TextCleaner")
struct TextCleanerTests {
    /// The package root: this file is Tests/LedeKitTests/Text/TextCleanerTests.swift.
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static func bytes(at path: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent(path)))
    }

    @Test func sampleArticleRepairsToTheExpectedText() throws {
        let damaged = try Self.bytes(at: "Sources/LedeKit/Resources/syria-assad.txt")
        let expected = try Self.bytes(at: "Tests/LedeTestSupport/Fixtures/syria-assad.repaired.txt")
        let clean = TextCleaner.clean(damaged)
        #expect(Array(clean.text.utf8) == expected)
        #expect(clean.encoding == .utf8)
        let counts = Dictionary(clean.repairs.map { ($0.kind, 1) }, uniquingKeysWith: +)
        #expect(counts == [.apostrophe: 7, .openingDoubleQuote: 5, .closingDoubleQuote: 5, .dash: 1])
        #expect(clean.repairs.filter { $0.kind == .dash }.map(\.replacement) == ["\u{2013}"])
        #expect(Array(StrandedMarkRepair.damage(clean.text).utf8) == damaged)
    }

    @Test func cleanDecodesThenRepairs() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("It\u{E2}s 3\u{E2}4\r\n\u{E2}Yes\u{E2}".utf8)
        let clean = TextCleaner.clean(bytes)
        #expect(Array(clean.text.unicodeScalars) == Array("It\u{2019}s 3\u{2013}4\n\u{201C}Yes\u{201D}".unicodeScalars))
        #expect(clean.encoding == .utf8WithBOM)
        #expect(clean.repairs.map(\.range) == [2..<3, 6..<7, 9..<10, 13..<14])
    }

    @Test func windows1252QuotesAreNotStrandedMarks() {
        let clean = TextCleaner.clean([0x93, 0x48, 0x69, 0x94, 0x20, 0xE2])
        #expect(Array(clean.text.unicodeScalars) == Array("\u{201C}Hi\u{201D} \u{E2}".unicodeScalars))
        #expect(clean.encoding == .windows1252)
        #expect(clean.repairs.isEmpty)
    }

    @Test func referencesAreDecodedBeforeMojibakeAndRangesPointIntoTheFinalText() {
        // "10Î&frac14;s" is "10μs" read as Windows-1252 with its second byte written as a reference.
        let bytes = Array("&ldquo;It\u{E2}\u{20AC}\u{2122}s 10\u{CE}&frac14;s&rdquo; &amp; caf\u{C3}\u{A9}".utf8)
        let clean = TextCleaner.clean(bytes)
        let expected = "\u{201C}It\u{2019}s 10\u{3BC}s\u{201D} & caf\u{E9}"
        #expect(Array(clean.text.unicodeScalars) == Array(expected.unicodeScalars))
        #expect(clean.repairs.map(\.kind) == [.htmlEntity, .mojibake, .mojibake, .htmlEntity, .htmlEntity, .mojibake])
        #expect(clean.repairs.map(\.original) == [
            "&ldquo;", "\u{E2}\u{20AC}\u{2122}", "\u{CE}&frac14;", "&rdquo;", "&amp;", "\u{C3}\u{A9}",
        ])
        let text = Array(clean.text.unicodeScalars)
        for repair in clean.repairs {
            #expect(Array(repair.replacement.unicodeScalars) == Array(text[repair.range]))
        }
    }

    @Test func strandedMarksAreRepairedBeforeMojibakeAndKeepTheirRanges() {
        // A stranded-mark document: the later passes leave it and shift nothing.
        let bytes = Array("It\u{E2}s 3\u{E2}4 &amp; \u{E2}Yes\u{E2}".utf8)
        let clean = TextCleaner.clean(bytes)
        #expect(Array(clean.text.unicodeScalars) == Array("It\u{2019}s 3\u{2013}4 & \u{201C}Yes\u{201D}".unicodeScalars))
        #expect(clean.repairs.map(\.range) == [2..<3, 6..<7, 9..<10, 11..<12, 15..<16])
        #expect(clean.repairs.map(\.kind) == [.apostrophe, .dash, .htmlEntity, .openingDoubleQuote, .closingDoubleQuote])
    }

    @Test func aRepairThatLeavesACombiningMarkIsNormalized() {
        // "e" followed by U+0301 read as Windows-1252: "eÌ\u{81}" decodes to a combining acute.
        let clean = TextCleaner.clean(Array("Caf e\u{CC}\u{81} ok, caf\u{C3}\u{A9}".utf8))
        #expect(Array(clean.text.unicodeScalars) == Array("Caf \u{E9} ok, caf\u{E9}".unicodeScalars))
        #expect(clean.repairs.first?.original == "e\u{CC}\u{81}")
        #expect(clean.repairs.first?.range == 4..<5)
    }

    @Test func repairsEncodeToJSONWithKindNames() throws {
        let repair = TextRepair(range: 3..<4, original: "\u{E2}", replacement: "\u{2019}", kind: .apostrophe)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(repair), as: UTF8.self)
        #expect(json.contains("\"kind\":\"apostrophe\""))
        #expect(try JSONDecoder().decode(TextRepair.self, from: Data(json.utf8)) == repair)
    }
}

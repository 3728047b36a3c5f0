import LedeKit
import Testing

/// Cutting a large article into chunks at paragraph breaks, for the reader to analyse one
/// at a time.
@Suite struct ArticleChunksTests {
    /// Paragraphs of about 60 bytes, `count` of them, separated by blank lines.
    static func paragraphs(_ count: Int, separator: String = "\n\n") -> [UInt8] {
        Array((0..<count).map { "Paragraph \($0) tells of the harbour council and its long vote." }
            .joined(separator: separator).utf8)
    }

    /// Whether `chunks` cover their bytes in order, without gaps or overlaps.
    static func coverAll(_ chunks: ArticleChunks) -> Bool {
        chunks.ranges.first?.lowerBound == 0 && chunks.ranges.last?.upperBound == chunks.byteCount
            && zip(chunks.ranges, chunks.ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound }
    }

    @Test func anArticleNoLongerThanTheFirstChunkIsOneChunk() {
        let bytes = Self.paragraphs(10)
        let chunks = ArticleChunks(bytes, firstSize: bytes.count, laterSize: 100)
        #expect(chunks.ranges == [0..<bytes.count])
        #expect(chunks[0] == bytes)
    }

    @Test func chunksEndAfterABlankLineAndStartAParagraph() {
        let bytes = Self.paragraphs(100)
        let chunks = ArticleChunks(bytes, firstSize: 200, laterSize: 700)
        #expect(Self.coverAll(chunks))
        #expect(chunks.count > 5)
        // The first is about 200 bytes, the later ones about 700.
        #expect((200..<300).contains(chunks.ranges[0].count))
        #expect((700..<800).contains(chunks.ranges[1].count))
        for index in 0..<chunks.count - 1 {
            let chunk = chunks[index]
            #expect(chunk.suffix(2) == Array("\n\n".utf8), "chunk \(index) ends inside a paragraph")
            #expect(chunks[index + 1].starts(with: Array("Paragraph".utf8)))
        }
    }

    @Test func aBlankLineMayHoldSpacesAndCarriageReturns() {
        let bytes = Self.paragraphs(40, separator: "\r\n \t\r\n")
        let chunks = ArticleChunks(bytes, firstSize: 100, laterSize: 100)
        #expect(Self.coverAll(chunks))
        for index in 1..<chunks.count {
            #expect(chunks[index].starts(with: Array("Paragraph".utf8)))
        }
    }

    @Test func withoutBlankLinesAChunkEndsAfterALineBreak() {
        let bytes = Self.paragraphs(40, separator: "\n")
        let chunks = ArticleChunks(bytes, firstSize: 100, laterSize: 100)
        #expect(Self.coverAll(chunks))
        #expect(chunks.count > 10)
        for index in 0..<chunks.count - 1 {
            #expect(chunks[index].last == UInt8(ascii: "\n"))
        }
    }

    @Test func oneLongLineIsCutAfterASpace() {
        let bytes = Self.paragraphs(40, separator: " ")
        let chunks = ArticleChunks(bytes, firstSize: 100, laterSize: 100)
        #expect(Self.coverAll(chunks))
        for index in 0..<chunks.count - 1 {
            #expect(chunks[index].last == UInt8(ascii: " "))
            #expect(chunks[index + 1].first != UInt8(ascii: " "))
        }
    }

    @Test func textWithoutSpacesIsCutBetweenCharacters() {
        let bytes = Array(String(repeating: "Ωμέγα€", count: 200).utf8)
        let chunks = ArticleChunks(bytes, firstSize: 101, laterSize: 101)
        #expect(Self.coverAll(chunks))
        #expect(chunks.count > 5)
        for index in 0..<chunks.count {
            #expect(String(validating: chunks[index], as: UTF8.self) != nil, "chunk \(index) splits a character")
        }
    }

    @Test(arguments: [false, true]) func utf16IsCutAtBlankLinesAndEveryChunkCarriesTheOrderMark(bigEndian: Bool) {
        let text = (0..<100).map { "Paragraph \($0) of the harbour — “quoted” 🚢." }.joined(separator: "\n\n")
        let units = text.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let mark: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        let bytes = mark + units
        let chunks = ArticleChunks(bytes, firstSize: 300, laterSize: 700)
        #expect(chunks.count > 4)
        #expect(Self.coverAll(chunks))
        var paragraphs: [String] = []
        for index in 0..<chunks.count {
            let chunk = chunks[index]
            #expect(Array(chunk.prefix(2)) == mark, "chunk \(index) has the byte order mark")
            #expect(chunk.count % 2 == 0)
            let body = stride(from: 2, to: chunk.count, by: 2).map {
                bigEndian ? UInt16(chunk[$0]) << 8 | UInt16(chunk[$0 + 1]) : UInt16(chunk[$0]) | UInt16(chunk[$0 + 1]) << 8
            }
            let decoded = String(decoding: body, as: UTF16.self)
            #expect(!decoded.contains("\u{FFFD}"), "chunk \(index) splits a character")
            paragraphs += decoded.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
        #expect(paragraphs == text.components(separatedBy: "\n\n"))
    }
}

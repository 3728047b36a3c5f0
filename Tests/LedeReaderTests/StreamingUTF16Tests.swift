import LedeKit
import LedeReader
import Testing

/// A large article in UTF-16 opens at its first chunk too, and once all of it is analysed it is
/// the same article as in UTF-8, cut at the same paragraphs.
@Suite struct StreamingUTF16Tests {
    @Test(arguments: [false, true]) func utf16OpensAtItsFirstChunkAndEndsAsUTF8Does(bigEndian: Bool) {
        let text = String(decoding: ReaderStreamingTests.bytes, as: UTF8.self)
        let mark: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        let bytes = mark + text.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        var reader = Reader(
            bytes: bytes, analyzer: Analyzer(), fileName: "long.txt", width: 100, height: 20,
            chunks: ArticleChunks(bytes, firstSize: 1600, laterSize: 1600))
        #expect(reader.isStreaming)
        #expect(reader.analysis.article.text.utf8.count < ReaderStreamingTests.bytes.count / 2)
        reader.run(reader.backgroundWork)
        var utf8 = Reader(
            bytes: ReaderStreamingTests.bytes, analyzer: Analyzer(), fileName: "long.txt", width: 100, height: 20,
            chunks: ArticleChunks(ReaderStreamingTests.bytes, firstSize: 800, laterSize: 800))
        utf8.run(utf8.backgroundWork)
        #expect(reader.analysis.article.text == utf8.analysis.article.text)
        #expect(reader.analysis.quotes.count == utf8.analysis.quotes.count)
    }
}

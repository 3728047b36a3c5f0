import Foundation
import LedeKit
import Testing

/// A file mapped into memory is cut into the same chunks, with the same bytes, as the file read
/// into an array.
@Suite struct MappedFileTests {
    /// Writes `bytes` to a new temporary file and maps it.
    func mapped(_ bytes: [UInt8]) throws -> MappedFile {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-mapped-\(UUID().uuidString).txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_RDONLY)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        return try #require(MappedFile(descriptor: descriptor, count: bytes.count))
    }

    @Test func aMappedFileIsCutAsItsBytesAre() throws {
        let bytes = Array((0..<300).map { "Paragraph \($0) says “something” at some length, more or less.\n\n" }.joined().utf8)
        let file = try mapped(bytes)
        #expect(file.count == bytes.count)
        #expect(file.withBytes { Array($0) } == bytes)
        let read = ArticleChunks(bytes, firstSize: 1000, laterSize: 3000)
        let chunks = ArticleChunks(file, firstSize: 1000, laterSize: 3000)
        #expect(read.count > 3)
        #expect(chunks.ranges == read.ranges)
        #expect(chunks.byteCount == bytes.count)
        for index in 0..<chunks.count { #expect(chunks[index] == read[index]) }
    }

    @Test func aChunkReleasedOnceTakenReadsTheSameAgain() throws {
        // Pages of 4 kB and more: chunks of several pages, so that whole pages are let go.
        let bytes = Array((0..<2000).map { "Line \($0) of a long file that is read once, chunk by chunk.\n\n" }.joined().utf8)
        let file = try mapped(bytes)
        let chunks = ArticleChunks(file, firstSize: 20_000, laterSize: 30_000)
        #expect(chunks.count > 3)
        let taken = (0..<chunks.count).map { index in
            defer { chunks.release(index) }
            return chunks[index]
        }
        #expect(taken.joined().elementsEqual(bytes))
        for index in 0..<chunks.count { #expect(chunks[index] == taken[index]) }
        #expect(file.withBytes { Array($0) } == bytes)
    }

    @Test func anEmptyFileIsNotMapped() {
        #expect(MappedFile(descriptor: -1, count: 0) == nil)
    }
}

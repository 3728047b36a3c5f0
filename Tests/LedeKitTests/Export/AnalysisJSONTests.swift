import Foundation
@testable import LedeKit
import Testing

/// ``AnalysisJSON/encode(_:pretty:)`` writes an analysis with ``JSONWriter``: the same bytes
/// as the `JSONEncoder` path it replaces.
@Suite struct AnalysisJSONTests {
    /// The JSON `JSONEncoder` gives for `document` (the generic path).
    private func encoded(_ document: some Encodable, pretty: Bool) throws -> String {
        try AnalysisJSON.encode(document, pretty: pretty)
    }

    /// An analysis of a text with quotes, speakers, actors, repairs and hard characters.
    private func document(explaining: Bool) -> AnalysisDocument {
        let text = """
            Senators Meet Over “Budget” Deal

            WASHINGTON — “We will not move,” Sen. Jane Doe said on Tuesday. She added: “The \\ path / is \u{1}\u{7F} \u{202E}closed\u{200B}.”

            Doe\u{2019}s aide, John Roe, said it was “a \t test”. Caf\u{C3}\u{A9} owners said nothing.
            """
        let analysis = Analyzer().analyze(bytes: Array(text.utf8), explaining: explaining)
        var document = AnalysisDocument(analysis, file: "a \"file\"/name", explaining: explaining)
        document.id = explaining ? "id-\u{1}" : nil
        return document
    }

    @Test(arguments: [false, true], [false, true])
    func theWriterGivesTheEncodersBytes(pretty: Bool, explaining: Bool) throws {
        let document = document(explaining: explaining)
        #expect(!document.quotes.isEmpty && !document.repairs.isEmpty && !document.mentions.isEmpty)
        #expect(explaining == (document.quotes.first?.candidates?.isEmpty == false))
        #expect(AnalysisJSON.encode(document, pretty: pretty) == (try encoded(document, pretty: pretty)))
    }

    @Test(arguments: [false, true])
    func emptyListsAndNullsAsTheEncoderWritesThem(pretty: Bool) throws {
        let empty = AnalysisDocument(Analyzer().analyze(bytes: []), file: "")
        #expect(empty.quotes.isEmpty && empty.mentions.isEmpty && empty.repairs.isEmpty)
        #expect(AnalysisJSON.encode(empty, pretty: pretty) == (try encoded(empty, pretty: pretty)))
    }

    @Test func numbersAsTheEncoderWritesThem() throws {
        var writer = JSONWriter(pretty: false)
        writer.array([0, 1, -1, 0.5, -2.25, 1e-7, 1e20, 123_456_789, 0.1, 1.0 / 3]) { $0.double($1) }
        writer.array([0, 7, -42, Int.max, Int.min]) { $0.int($1) }
        let expected = try encoded([0, 1, -1, 0.5, -2.25, 1e-7, 1e20, 123_456_789, 0.1, 1.0 / 3], pretty: false)
            + encoded([0, 7, -42, Int.max, Int.min], pretty: false)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    @Test func keysOfADictionaryInTheEncodersOrder() throws {
        let features = ["b": 1.0, "a10": 0.5, "a2": 2, "B": 3, "_x": 4, "a^b": 5, "nobody&partial&x": 6, "é": 7]
        var writer = JSONWriter(pretty: true)
        writer.object(features) { $0.double($1) }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == (try encoded(features, pretty: true)))
    }
}

@testable import LedeKit
import Testing

/// A literal ASCII query searched on bytes finds exactly what the folded search finds.
@Suite struct ByteSearchTests {
    /// The matches of `query` in `text` on its bytes, searched whole or in pieces split at line breaks.
    private func byteMatches(_ query: String, in text: String, piecewise: Bool = false) throws -> [Range<Int>] {
        let search = try #require(ByteSearch(try TextSearch(query)))
        let bytes = Array(text.utf8)
        guard piecewise else { return bytes.withUnsafeBufferPointer { search.matches(in: $0) } }
        var result: [Range<Int>] = [], scalars = 0, start = 0
        for end in bytes.indices where bytes[end] == UInt8(ascii: "\n") || end == bytes.count - 1 {
            let piece = Array(bytes[start...end])
            result += piece.withUnsafeBufferPointer { search.matches(in: $0, scalarOffset: scalars) }
            scalars += String(decoding: piece, as: UTF8.self).unicodeScalars.count
            start = end + 1
        }
        return result
    }

    private func foldedMatches(_ query: String, in text: String) throws -> [Range<Int>] {
        SearchableText.foldedMatches(of: try TextSearch(query), in: Array(text.unicodeScalars))
    }

    let texts = [
        "Kerry met Lavrov. kerry-watchers noted that KERRY smiled; don’t ask.\nErdoğan and Erdogan, Düsseldorf.",
        "She said “yes” and ''yes'' and `yes' … wait... Wait… 1990–2000 and 1990-2000.\n\nal\u{A0}Assad, al Assad",
        "Straße and strasse, café and cafe, Cafe\u{301} and CAFE; naïve naive NAIVE.\nKerrykerry kerryKERRY",
        "ééé eee e\u{301}e\u{301} ''' '''' it's it''s don`t don't \"quoted\" “quoted”\n",
        "—Kerry— «kerry» Kerry’s kerry\u{A0}kerry…kerry ‘Kerry’ Erdoğan’s é’Kerry”\u{2009}kerry–é\n",
    ]

    @Test(arguments: [
        "kerry", "Kerry", "erdogan", "dusseldorf", "yes", "\"yes\"", "'yes'", "don't", "wait...", "t..", "1990-2000",
        "al assad", "strasse", "cafe", "naive", "e", "ee", "'", "''", "\"", "`", "it's", "kerryk", "quoted", " ", "...",
        "kerry kerry", "s kerry", "y-e", "ek", "-", "a",
    ])
    func sameMatchesAsTheFoldedText(query: String) throws {
        for text in texts {
            let folded = try foldedMatches(query, in: text)
            #expect(try byteMatches(query, in: text) == folded, "\(query) in \(text)")
            #expect(try byteMatches(query, in: text, piecewise: true) == folded, "\(query) in pieces of \(text)")
        }
    }

    /// Long ASCII stretches are passed over a word at a time: a match must be found whatever its
    /// place in the word, next to a byte beyond ASCII or a near miss, in either case.
    @Test(arguments: ["kerry", "KeRRy", "k", "y kerr", "1990-2000"])
    func findsMatchesAtEveryPlaceInAWord(query: String) throws {
        for gap in 0..<17 {
            let filler = String(repeating: "ab kerr ", count: 3) + String(repeating: "z", count: gap)
            let text = [filler, "Kerry", filler, "KeRRy", "é", filler, "kerry", "1990-2000", filler, "kerr"]
                .joined() + "\n" + filler + "y kerry"
            let folded = try foldedMatches(query, in: text)
            #expect(!folded.isEmpty)
            #expect(try byteMatches(query, in: text) == folded, "\(query) after a gap of \(gap)")
            #expect(try byteMatches(query, in: text, piecewise: true) == folded, "\(query) in pieces, gap \(gap)")
        }
    }

    @Test func findsMatchesOnEitherSideOfFoldedStretches() throws {
        let text = "Kerry, Erdoğan, kerry\nnaïve KERRY"
        #expect(try byteMatches("kerry", in: text) == [0..<5, 16..<21, 28..<33])
        #expect(try byteMatches("erdogan", in: text) == [7..<14])
    }

    @Test func takesOnlyLiteralASCIIQueries() throws {
        #expect(ByteSearch(try TextSearch("café")) == nil)
        #expect(ByteSearch(try TextSearch("\\vkerry")) == nil)
        #expect(ByteSearch(try TextSearch("kerry")) != nil)
    }
}

import Glibc

/// The analysis JSON of a large article (``AnalysisJSON/encode(_:pretty:)``), written from
/// the analyses of its chunks one after the other (``ChunkedAnalyses``), holding one chunk's
/// analysis at a time: the bytes are those of the joined analysis's document
/// (``Analysis/append(_:)``).
///
/// The document's members stand in sorted order, and the first (`actors`, with each actor's
/// count of mentions) is known only at the end; so each chunk's mentions, paragraphs, quotes,
/// repairs and text are written to a temporary file of their own (``SpillFile``), and the
/// document is written once the last chunk is analysed, each list read back in its place.
public enum AnalysisJSONStream {
    /// A temporary file could not be made, written or read back.
    public struct Failure: Error, CustomStringConvertible {
        /// What the system said (`strerror`).
        public let description: String

        /// The failure the system's last error (`errno`) gives.
        init() {
            description = String(cString: strerror(errno))
        }
    }

    /// Writes the JSON of the article analysed in `pieces` to `output`, a piece at a time, as
    /// ``AnalysisJSON/encode(_:pretty:)`` writes the document of the joined analysis (named
    /// `file`; explained when the pieces are). No pieces, no JSON.
    public static func write(
        _ pieces: some Sequence<ChunkedAnalyses.Piece>, file: String, explaining: Bool, pretty: Bool,
        to output: (UnsafeBufferPointer<UInt8>) -> Void
    ) throws(Failure) {
        var spills: [AnalysisDocument.Part: SpillFile] = [:]
        for part in AnalysisDocument.Part.allCases {
            guard let spill = SpillFile() else { throw Failure() }
            spills[part] = spill
        }
        var head: AnalysisDocument?
        var counts: [Int] = []
        for piece in pieces {
            let document = AnalysisDocument(piece.analysis, file: file, explaining: explaining)
                .shifted(by: piece.scalarShift, paragraphs: piece.paragraphShift)
            if counts.isEmpty { counts = Array(repeating: 0, count: document.actors.count) }
            for (index, actor) in document.actors.enumerated() { counts[index] += actor.mentions }
            // Only the first chunk has a title, a byline or a dateline.
            if head == nil { head = document }
            func spill(_ part: AnalysisDocument.Part, _ write: (inout JSONWriter) -> Void) -> Bool {
                // The lists' brackets stand one level deep, in the document's object.
                var writer = JSONWriter(pretty: pretty, elementsAtDepth: 2, first: spills[part]!.isEmpty)
                write(&writer)
                return spills[part]!.append(writer.take())
            }
            guard spill(.mentions, { json in for entry in document.mentions { json.element(); entry.write(to: &json) } }),
                spill(.paragraphs, { json in for bounds in document.paragraphs { json.element(); AnalysisDocument.write(bounds, to: &json) } }),
                spill(.quotes, { json in for entry in document.quotes { json.element(); entry.write(to: &json) } }),
                spill(.repairs, { json in for entry in document.repairs { json.element(); entry.write(to: &json) } }),
                spill(.text, { $0.escaped(piece.separator + document.text) })
            else { throw Failure() }
        }
        guard var document = head else { return }
        for index in document.actors.indices { document.actors[index].mentions = counts[index] }
        var writer = JSONWriter(pretty: pretty)
        var readBack = true
        func flush(_ writer: inout JSONWriter) {
            writer.take().withUnsafeBufferPointer(output)
        }
        document.write(to: &writer) { part, json in
            let spill = spills[part]!
            func splice(_ json: inout JSONWriter) {
                flush(&json)
                readBack = spill.readBack(output) && readBack
            }
            if part == .text { json.string(splicing: splice) } else { json.array(splicing: !spill.isEmpty, splice) }
        }
        flush(&writer)
        guard readBack else { throw Failure() }
    }
}

extension AnalysisDocument {
    /// The same document for text that starts `shift` scalars and `paragraphs` paragraphs
    /// further on: every offset and paragraph index moved.
    func shifted(by shift: Int, paragraphs paragraphShift: Int) -> AnalysisDocument {
        var document = self
        for index in document.mentions.indices {
            document.mentions[index].start += shift
            document.mentions[index].end += shift
        }
        for index in document.quotes.indices {
            document.quotes[index].start += shift
            document.quotes[index].end += shift
            document.quotes[index].paragraph += paragraphShift
        }
        for index in document.repairs.indices {
            document.repairs[index].start += shift
            document.repairs[index].end += shift
        }
        document.paragraphs = document.paragraphs.map { $0.map { $0 + shift } }
        return document
    }
}

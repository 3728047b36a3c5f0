/// ``AnalysisDocument`` written by a ``JSONWriter``: the members of each type in sorted order,
/// so that the bytes are those `JSONEncoder` writes for its `Encodable` form.
extension AnalysisDocument {
    /// The parts of a document that can be written apart and spliced in
    /// (``write(to:splicing:)``): its lists and its text.
    enum Part: CaseIterable {
        case mentions, paragraphs, quotes, repairs, text
    }

    /// Writes the document as one object.
    func write(to writer: inout JSONWriter) {
        write(to: &writer) { part, json in write(part, to: &json) }
    }

    /// Writes the document as one object, the value of each of its ``Part``s by `splice`
    /// (which may splice in a value written apart: ``JSONWriter/array(splicing:_:)``,
    /// ``JSONWriter/string(splicing:)``).
    func write(to writer: inout JSONWriter, splicing splice: (Part, inout JSONWriter) -> Void) {
        writer.object { json in
            json.key("actors")
            json.array(actors) { json, actor in
                json.object(["id": .string(actor.id), "mentions": .int(actor.mentions), "name": .string(actor.name)])
            }
            json.members(["byline": .string(byline), "dateline": .string(dateline), "encoding": .string(encoding), "file": .string(file)])
            if let id { json.members(["id": .string(id)]) }
            json.key("mentions")
            splice(.mentions, &json)
            json.key("paragraphs")
            splice(.paragraphs, &json)
            json.members(["published": .string(published)])
            json.key("quotes")
            splice(.quotes, &json)
            json.key("repairs")
            splice(.repairs, &json)
            json.members(["site": .string(site)])
            json.key("text")
            splice(.text, &json)
            json.members(["title": .string(title), "url": .string(url)])
        }
    }

    /// Writes the document's own value of `part`.
    func write(_ part: Part, to writer: inout JSONWriter) {
        switch part {
        case .mentions: writer.array(mentions) { $1.write(to: &$0) }
        case .paragraphs: writer.array(paragraphs) { Self.write($1, to: &$0) }
        case .quotes: writer.array(quotes) { $1.write(to: &$0) }
        case .repairs: writer.array(repairs) { $1.write(to: &$0) }
        case .text: writer.string(text)
        }
    }

    /// Writes a paragraph's bounds, `[start, end]`.
    static func write(_ bounds: [Int], to writer: inout JSONWriter) {
        writer.array(bounds) { $0.int($1) }
    }
}

extension AnalysisDocument.MentionEntry {
    /// Writes the mention as one object.
    func write(to writer: inout JSONWriter) {
        writer.object(["actor": .string(actor), "end": .int(end), "start": .int(start), "text": .string(text)])
    }
}

extension AnalysisDocument.RepairEntry {
    /// Writes the repair as one object.
    func write(to writer: inout JSONWriter) {
        writer.object([
            "end": .int(end), "kind": .string(kind), "original": .string(original), "replacement": .string(replacement),
            "start": .int(start),
        ])
    }
}

extension AnalysisDocument.QuoteEntry {
    /// Writes the quote as one object.
    func write(to writer: inout JSONWriter) {
        writer.object { json in
            json.members(["actor": .string(actor)])
            json.key("candidates")
            if let candidates {
                json.array(candidates) { json, candidate in
                    json.object { json in
                        json.key("features")
                        json.object(candidate.features) { $0.double($1) }
                        json.members([
                            "score": .double(candidate.score), "speaker": .string(candidate.speaker),
                            "speakerName": .string(candidate.speakerName),
                        ])
                    }
                }
            } else {
                json.null()
            }
            json.members([
                "cue": .string(cue), "end": .int(end), "kind": .string(kind.rawValue), "paragraph": .int(paragraph),
                "resolution": .string(resolution), "sieve": .string(sieve), "speaker": .string(speaker),
                "speakerName": .string(speakerName), "start": .int(start), "text": .string(text),
            ])
            json.key("votes")
            if let votes {
                json.array(votes) { json, vote in json.object(["sieve": .string(vote.sieve), "speaker": .string(vote.speaker)]) }
            } else {
                json.null()
            }
        }
    }
}

/// ``AnalysisDocument`` written by a ``JSONWriter``: the members of each type in sorted order,
/// so that the bytes are those `JSONEncoder` writes for its `Encodable` form.
extension AnalysisDocument {
    /// Writes the document as one object.
    func write(to writer: inout JSONWriter) {
        writer.object { json in
            json.key("actors")
            json.array(actors) { json, actor in
                json.object(["id": .string(actor.id), "mentions": .int(actor.mentions), "name": .string(actor.name)])
            }
            json.members(["byline": .string(byline), "dateline": .string(dateline), "encoding": .string(encoding), "file": .string(file)])
            if let id { json.members(["id": .string(id)]) }
            json.key("mentions")
            json.array(mentions) { json, mention in
                json.object([
                    "actor": .string(mention.actor), "end": .int(mention.end), "start": .int(mention.start), "text": .string(mention.text),
                ])
            }
            json.key("paragraphs")
            json.array(paragraphs) { json, bounds in json.array(bounds) { $0.int($1) } }
            json.members(["published": .string(published)])
            json.key("quotes")
            json.array(quotes) { json, quote in quote.write(to: &json) }
            json.key("repairs")
            json.array(repairs) { json, repair in
                json.object([
                    "end": .int(repair.end), "kind": .string(repair.kind), "original": .string(repair.original),
                    "replacement": .string(repair.replacement), "start": .int(repair.start),
                ])
            }
            json.members(["site": .string(site), "text": .string(text), "title": .string(title), "url": .string(url)])
        }
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

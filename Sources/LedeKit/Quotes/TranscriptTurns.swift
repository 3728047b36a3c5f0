/// A turn in a transcript: a paragraph opened by a speaker's name in capitals and a colon
/// (`PENCE: We will …`), with no quotation marks of its own.
struct TranscriptTurn: Hashable, Sendable {
    /// The name before the colon.
    var speaker: Range<Int>
    /// What follows the colon: the words spoken.
    var content: Range<Int>
    /// The paragraph.
    var paragraphIndex: Int
}

/// Finds transcript turns.
enum TranscriptTurns {
    /// Labels in capitals that open a paragraph but name no speaker.
    static let labels: Set<String> = [
        "UPDATE", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "WATCH", "READ MORE", "RELATED", "PHOTO",
        "PHOTOS", "VIDEO", "SOURCE", "SOURCES", "CLARIFICATION", "ADVERTISEMENT", "UPDATED", "BREAKING", "Q", "A",
    ]

    /// The turns of `article`, when it has at least two (a single `NAME:` paragraph is more
    /// likely a label than a transcript).
    static func turns(in article: Article) -> [TranscriptTurn] {
        var turns: [TranscriptTurn] = []
        let scalars = article.scalars
        for (index, paragraph) in article.paragraphs.enumerated() where paragraph.role == .body {
            let range = paragraph.range
            guard let colon = range.prefix(40).first(where: { scalars[$0] == ":" }), colon > range.lowerBound,
                !range.contains(where: { scalars[$0].isDoubleQuoteMark })
            else { continue }
            let name = scalars[range.lowerBound..<colon]
            let letters = name.filter { $0.properties.isAlphabetic }
            guard letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }),
                name.allSatisfy({ $0.properties.isAlphabetic || " .'’-".unicodeScalars.contains($0) }),
                !labels.contains(String(String.UnicodeScalarView(name)))
            else { continue }
            var start = colon + 1
            while start < range.upperBound, scalars[start].isSpace { start += 1 }
            guard start < range.upperBound else { continue }
            turns.append(TranscriptTurn(speaker: range.lowerBound..<colon, content: start..<range.upperBound, paragraphIndex: index))
        }
        return turns.count >= 2 ? turns : []
    }
}

import Foundation
import LedeKit
import LedeReader

/// The properties every input must keep; each check traps, so libFuzzer records the input
/// as a crash.
enum Invariants {
    /// Every offset the analysis hands out lies within the article's scalars, and each repair
    /// says truly what stands where it was made.
    static func checkRanges(of analysis: Analysis) {
        let article = analysis.article
        let count = article.scalars.count
        func check(_ range: Range<Int>, _ what: @autoclosure () -> String) {
            guard range.lowerBound >= 0, range.upperBound <= count else {
                fatalError("\(what()) \(range) lies outside the text's \(count) scalars")
            }
        }
        var previousEnd = 0
        for (index, paragraph) in article.paragraphs.enumerated() {
            check(paragraph.range, "paragraph \(index)")
            guard paragraph.range.lowerBound >= previousEnd else {
                fatalError("paragraph \(index) \(paragraph.range) overlaps the one before it (ends \(previousEnd))")
            }
            previousEnd = paragraph.range.upperBound
            if let dateline = paragraph.dateline { check(dateline, "dateline of paragraph \(index)") }
        }
        for mention in analysis.mentions {
            check(mention.range, "mention of \(mention.actorID)")
        }
        for (index, quote) in analysis.quotes.enumerated() {
            check(quote.range, "quote \(index)")
            check(quote.extent, "extent of quote \(index)")
            guard quote.extent.lowerBound <= quote.range.lowerBound, quote.range.upperBound <= quote.extent.upperBound else {
                fatalError("quote \(index) \(quote.range) lies outside its extent \(quote.extent)")
            }
            guard article.paragraphs.indices.contains(quote.paragraphIndex) else {
                fatalError("quote \(index) names paragraph \(quote.paragraphIndex) of \(article.paragraphs.count)")
            }
            if let speaker = quote.attribution?.speakerRange { check(speaker, "speaker of quote \(index)") }
        }
        var repairedUpTo = 0
        for (index, repair) in analysis.repairs.enumerated() {
            check(repair.range, "repair \(index)")
            guard repair.range.lowerBound >= repairedUpTo else {
                fatalError("repair \(index) \(repair.range) is out of text order or overlaps the one before it")
            }
            repairedUpTo = repair.range.upperBound
            guard article[repair.range].unicodeScalars.elementsEqual(repair.replacement.unicodeScalars) else {
                fatalError("repair \(index) says \(repair.range) holds \(debug(repair.replacement)), not \(debug(article[repair.range]))")
            }
        }
    }

    /// `text` with every scalar beyond ASCII's printable ones written as `\u{…}`, for a message.
    static func debug(_ text: String) -> String {
        text.unicodeScalars.map { $0.value >= 0x20 && $0.value < 0x7F ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined()
    }

    /// The JSON is one line of valid JSON, holds no character a terminal would act on, and
    /// gives back the article text exactly.
    static func checkJSON(_ json: String, of analysis: Analysis) {
        guard String(validating: Array(json.utf8), as: UTF8.self) != nil else {
            fatalError("the JSON is not valid UTF-8")
        }
        for scalar in json.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) || DisplayEscaping.needsEscaping(scalar) {
                fatalError("the JSON holds a raw U+\(String(value, radix: 16, uppercase: true))")
            }
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        } catch {
            fatalError("the JSON does not parse: \(error)")
        }
        guard let document = object as? [String: Any], let text = document["text"] as? String else {
            fatalError("the JSON has no text")
        }
        guard text.unicodeScalars.elementsEqual(analysis.article.text.unicodeScalars) else {
            fatalError("the JSON's text differs from the article's")
        }
    }

    /// Every laid-out line lies within the text, in order.
    static func checkLayout(_ layout: ArticleLayout, of analysis: Analysis) {
        var previousEnd = 0
        for (index, line) in layout.lines.enumerated() {
            guard line.range.lowerBound >= previousEnd, line.range.upperBound <= analysis.article.scalars.count else {
                fatalError("layout line \(index) \(line.range) is out of order or outside the text")
            }
            previousEnd = line.range.upperBound
        }
    }

    /// No cell of `frame` holds a character a terminal would act on or that would reorder or
    /// hide text: C0 and C1 controls, DEL, bidirectional controls, invisible characters.
    static func checkFrame(_ frame: Frame) {
        guard frame.cells.count == frame.width * frame.height else {
            fatalError("the frame has \(frame.cells.count) cells for \(frame.width) × \(frame.height)")
        }
        for (index, cell) in frame.cells.enumerated() {
            for scalar in cell.text.unicodeScalars {
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || DisplayEscaping.needsEscaping(scalar) {
                    fatalError(
                        "frame cell (\(index % frame.width), \(index / frame.width)) holds a raw "
                            + "U+\(String(value, radix: 16, uppercase: true))")
                }
            }
        }
    }
}

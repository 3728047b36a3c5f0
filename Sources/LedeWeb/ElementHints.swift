import Foundation
import LedeKit

/// What an element's `class` and `id` say about it, from the word lists in page-hints.toml.
struct ElementHints: Sendable {
    let positive: Set<String>
    let negative: Set<String>
    let unlikely: Set<String>
    let captions: Set<String>

    /// The bundled lists.
    static let standard: ElementHints = {
        let file = PageHintsFile.lists
        return ElementHints(
            positive: file.set("positive"), negative: file.set("negative"), unlikely: file.set("unlikely"),
            captions: file.set("captions"))
    }()

    /// What the words of one element's names add up to.
    struct Verdict: Equatable {
        /// +1 for a positive hint, −1 for a negative one, 0 for both or neither.
        var weight = 0
        /// Whether the element is left out whole.
        var unlikely = false
        /// Whether it holds a picture's caption or credit, which inline markup sets in the text.
        var caption = false
    }

    /// The verdict on an element named `names` (its class and id, joined by a space).
    func verdict(_ names: [UInt8]) -> Verdict {
        var positive = false, negative = false, unlikely = false, caption = false
        var start = 0
        for index in 0...names.count where index == names.count || !Self.isWordByte(names[index]) {
            if index > start {
                let word = String(decoding: names[start..<index].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
                positive = positive || Self.matches(word, self.positive)
                negative = negative || Self.matches(word, self.negative)
                unlikely = unlikely || Self.matches(word, self.unlikely)
                caption = caption || Self.matches(word, captions)
            }
            start = index + 1
        }
        return Verdict(weight: (positive ? 1 : 0) - (negative ? 1 : 0), unlikely: unlikely && !positive, caption: caption)
    }

    /// Whether `word` is one of `hints`, or contains one of four letters or more.
    private static func matches(_ word: String, _ hints: Set<String>) -> Bool {
        if hints.contains(word) { return true }
        guard word.utf8.count >= 4 else { return false }
        return hints.contains { $0.utf8.count >= 4 && word.contains($0) }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }
}

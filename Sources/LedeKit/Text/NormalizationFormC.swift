import Foundation

/// Puts text in Unicode Normalization Form C, with Foundation's normalization run only on the
/// stretches that may change: news text is almost all scalars that are composed whatever stands
/// around them, and normalizing the whole text cost more than any other step of decoding.
///
/// Those scalars (``isStable(_:)``) are starters that no normalization changes and that never
/// combine with what comes before them, so the text may be cut before any of them and each piece
/// normalized alone. A stretch that needs normalizing runs from the scalar before a scalar that
/// is not stable (which may take a combining mark) to the next stable one.
enum NormalizationFormC {
    /// `text` in Normalization Form C.
    static func composed(_ text: String) -> String {
        var text = text
        guard let output = text.withUTF8(composedBytes) else { return text }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `scalar` is stable: below U+0300 (no combining mark is there, and nothing
    /// decomposes), or among the general punctuation and currency signs news text uses
    /// (U+2002–U+206F, U+20A0–U+20C0: no canonical decomposition, none combining). U+2000 and
    /// U+2001 are left out: they decompose to U+2002 and U+2003.
    static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        isStable(value: scalar.value)
    }

    private static func isStable(value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x2002...0x206F, 0x20A0...0x20C0: true
        default: false
        }
    }

    /// The UTF-8 of valid UTF-8 `bytes` in Normalization Form C; nil when they are in it already
    /// because every scalar is stable.
    private static func composedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        var copied = 0, index = 0, previous = 0
        while index < bytes.count {
            let (value, length) = ValidUTF8.scalar(in: bytes, at: index)
            guard !isStable(value: value) else {
                previous = index
                index += length
                continue
            }
            if output.isEmpty { output.reserveCapacity(bytes.count + 16) }
            let start = previous >= copied && previous < index ? previous : index
            var end = index + length
            while end < bytes.count {
                let (next, nextLength) = ValidUTF8.scalar(in: bytes, at: end)
                if isStable(value: next) { break }
                end += nextLength
            }
            output.append(contentsOf: bytes[copied..<start])
            let stretch = String(decoding: bytes[start..<end], as: UTF8.self)
            output.append(contentsOf: stretch.precomposedStringWithCanonicalMapping.utf8)
            copied = end
            previous = end
            index = end
        }
        guard copied > 0 else { return nil }
        output.append(contentsOf: bytes[copied...])
        return output
    }
}

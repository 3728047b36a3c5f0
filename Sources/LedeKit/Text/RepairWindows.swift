/// The stretches of a text where the repairs after the stranded marks (HTML references, mojibake)
/// could change anything, found by a scan of its UTF-8 bytes, and the tally of the rest.
///
/// A repair can act only where one of these stands (a *trigger*): an `&`; a C1 control; or a
/// character that some code page of ``LegacyCodePage/all`` writes as a UTF-8 lead byte, followed
/// by one that the same page writes as a continuation byte, by U+FFFD or "?" (a lost byte), or by
/// a space (a lost no-break space, after a two-byte lead). Each window holds its triggers and
/// ``margin`` characters either side, more than any repair reads around what it replaces, and
/// ends with an ASCII character, so that windows put one after another make no trigger where they
/// meet. Outside the windows no repair changes anything: the text there is copied as it is, and
/// its ``MojibakeTally`` stands in for it where the mojibake repair counts the whole text.
struct RepairWindows {
    /// The windows, as byte ranges in text order, apart from one another.
    let ranges: [Range<Int>]
    /// The tally of the text outside the windows.
    let outside: MojibakeTally

    /// The characters of context a window keeps either side of a trigger.
    static let margin = 128

    /// For each character some code page writes with a byte from 0x80 on: the pages, as bits in
    /// the order of ``LegacyCodePage/all``, where it is a lead byte, a two-byte lead, and a continuation byte.
    private static let pageBits: [UInt32: (lead: UInt8, twoByteLead: UInt8, continuation: UInt8)] = {
        var bits: [UInt32: (lead: UInt8, twoByteLead: UInt8, continuation: UInt8)] = [:]
        for (index, page) in LegacyCodePage.all.enumerated() {
            let bit = UInt8(1) << index
            for scalar in page.high + (0x80...0x9F).map({ Unicode.Scalar(UInt8($0)) }) {
                guard let byte = page.byte(for: scalar), scalar.value >= 0x80 else { continue }
                var entry = bits[scalar.value] ?? (0, 0, 0)
                if (0xC2...0xF4).contains(byte) { entry.lead |= bit }
                if (0xC2...0xDF).contains(byte) { entry.twoByteLead |= bit }
                if (0x80...0xBF).contains(byte) { entry.continuation |= bit }
                bits[scalar.value] = entry
            }
        }
        return bits
    }()

    /// The pages that read byte 0xA0 as a no-break space.
    private static let noBreakSpacePages: UInt8 = LegacyCodePage.all.enumerated().reduce(0) {
        $0 | ($1.element.readsA0AsNoBreakSpace ? UInt8(1) << $1.offset : 0)
    }

    /// Whether each ASCII byte is a letter, as the tally counts them.
    private static let asciiLetters: [Bool] = (0..<128).map { MojibakeCharacter.kind(Unicode.Scalar(UInt8($0))).isLetter }

    /// Finds the windows of `bytes`, valid UTF-8.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var ranges: [Range<Int>] = []
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight ASCII bytes without an & at a time.
            if index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                let others = word ^ 0x2626_2626_2626_2626
                let ampersands = (others &- 0x0101_0101_0101_0101) & ~others
                if (word | ampersands) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "&") { Self.add(index..<index + 1, in: bytes, to: &ranges) }
                index += 1
                continue
            }
            let (value, length) = ValidUTF8.scalar(in: bytes, at: index)
            if Self.isTrigger(value, at: index + length, in: bytes) {
                Self.add(index..<index + length, in: bytes, to: &ranges)
            }
            index += length
        }
        var outside = MojibakeTally()
        var start = 0
        for range in ranges + [count..<count] {
            Self.tally(bytes, start..<range.lowerBound, into: &outside)
            start = range.upperBound
        }
        self.ranges = ranges
        self.outside = outside
    }

    /// Whether the character `value`, followed by the one at `next`, is a trigger.
    private static func isTrigger(_ value: UInt32, at next: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if (0x80...0x9F).contains(value) { return true }
        guard let bits = pageBits[value], bits.lead != 0, next < bytes.count else { return false }
        let following = bytes[next]
        if following == UInt8(ascii: "?") { return true }
        if following == UInt8(ascii: " ") { return bits.twoByteLead & noBreakSpacePages != 0 }
        guard following >= 0x80 else { return false }
        let (nextValue, _) = ValidUTF8.scalar(in: bytes, at: next)
        return nextValue == 0xFFFD || (pageBits[nextValue]?.continuation ?? 0) & bits.lead != 0
    }

    /// Adds the window around the trigger at `trigger` to `ranges`, joined to the last one when they meet.
    private static func add(_ trigger: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, to ranges: inout [Range<Int>]) {
        var start = trigger.lowerBound, characters = 0
        while start > 0, characters < margin {
            start -= 1
            if bytes[start] & 0xC0 != 0x80 { characters += 1 }
        }
        var end = trigger.upperBound
        characters = 0
        while end < bytes.count, characters < margin || bytes[end - 1] >= 0x80 {
            end += 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            characters += 1
        }
        if let last = ranges.last, start <= last.upperBound {
            ranges[ranges.count - 1] = last.lowerBound..<max(end, last.upperBound)
        } else {
            ranges.append(start..<end)
        }
    }

    /// Adds the characters of `range` of `bytes` to `tally`.
    private static func tally(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tally: inout MojibakeTally) {
        var index = range.lowerBound
        var letters = 0
        let asciiLetters = Self.asciiLetters
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                if asciiLetters[Int(byte)] { letters += 1 }
                index += 1
                continue
            }
            let (value, length) = ValidUTF8.scalar(in: bytes, at: index)
            tally.add(Unicode.Scalar(value)!)
            index += length
        }
        tally.letters += letters
    }
}

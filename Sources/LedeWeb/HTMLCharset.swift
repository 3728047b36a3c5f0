/// The character set a page declares for itself.
enum HTMLCharset {
    /// How far into a page the declaration is looked for: HTML asks for the first kilobyte, but
    /// real pages put scripts and styles before it.
    static let window = 65_536

    /// The charset named by the first `<meta charset=…>` or `<meta http-equiv="Content-Type"
    /// content="…; charset=…">` in the page's first bytes, lowercased, or `nil`.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(window)
        var index = head.startIndex
        while let meta = find(Array("<meta".utf8), in: head, from: index) {
            let close = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
            if let name = charset(in: head[meta..<close]) { return name }
            index = close
        }
        return nil
    }

    /// The value after `charset` (spaces, `=`, an optional quote) in one tag's bytes.
    private static func charset(in tag: ArraySlice<UInt8>) -> String? {
        guard var index = find(Array("charset".utf8), in: tag, from: tag.startIndex) else { return nil }
        index += 7
        while index < tag.endIndex, tag[index] == 0x20 { index += 1 }
        guard index < tag.endIndex, tag[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < tag.endIndex, tag[index] == 0x20 || tag[index] == UInt8(ascii: "\"") || tag[index] == UInt8(ascii: "'") {
            index += 1
        }
        let name = tag[index...].prefix { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2D || byte == 0x5F
                || byte == 0x2E || byte == 0x3A
        }
        guard !name.isEmpty, name.count <= 40 else { return nil }
        return String(decoding: name.map { $0 | 0x20 == $0 ? $0 : $0 | 0x20 }, as: UTF8.self)
    }

    /// The first offset at or after `start` where `needle` occurs in `bytes`, ignoring ASCII case.
    static func find(_ needle: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.endIndex - needle.count else { return nil }
        var index = start
        while index <= bytes.endIndex - needle.count {
            var offset = 0
            while offset < needle.count, lowercased(bytes[index + offset]) == needle[offset] { offset += 1 }
            if offset == needle.count { return index }
            index += 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}

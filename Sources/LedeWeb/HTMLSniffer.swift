/// Tells an HTML page from plain text by its first bytes.
public enum HTMLSniffer {
    /// How far into the input the sniffer looks.
    static let window = 1024

    /// Tag openings that only markup starts with, lowercase.
    static let openings: [[UInt8]] = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--", "<?xml"]
        .map { Array($0.utf8) }

    /// Whether `bytes` hold an HTML page: after an optional byte order mark and white space,
    /// they open with a doctype, an `html`, `head`, `body`, `meta` or `title` tag, a comment or an
    /// XML declaration, and an `<html` or `<body` tag appears in the first kilobyte unless the
    /// page opened with one of the tags themselves. UTF-16 pages are sniffed too.
    public static func isHTML(_ bytes: [UInt8]) -> Bool {
        let head = asciiHead(bytes)
        guard let start = head.firstIndex(where: { !isSpace($0) }) else { return false }
        let rest = Array(head[start...])
        guard let opening = openings.firstIndex(where: { rest.starts(with: $0) }) else { return false }
        if opening <= 1 { return true }
        return contains(rest, "<html") || contains(rest, "<body") || contains(rest, "<head")
    }

    /// The first kilobyte of `bytes` lowercased as ASCII: a UTF-8 byte order mark dropped, UTF-16
    /// read by keeping every other byte.
    private static func asciiHead(_ bytes: [UInt8]) -> [UInt8] {
        var slice = bytes.prefix(window * 2)[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        if slice.starts(with: [0xFF, 0xFE]) {
            slice = slice.dropFirst(2)
            slice = ArraySlice(stride(from: slice.startIndex, to: slice.endIndex, by: 2).map { slice[$0] })
        } else if slice.starts(with: [0xFE, 0xFF]) {
            slice = slice.dropFirst(2)
            slice = ArraySlice(stride(from: slice.startIndex + 1, to: slice.endIndex, by: 2).map { slice[$0] })
        }
        return slice.prefix(window).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}

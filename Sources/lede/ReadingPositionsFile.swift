import Foundation
import LedeReader

/// Where each article was left, to open it there again: `$XDG_STATE_HOME/lede/positions`
/// (``StateFile``), one line per article, the most recently closed last.
///
/// An article is known by its path (or web address) and its content together, each as a
/// 64-bit FNV-1a hash in hexadecimal: a changed file starts at the top again, since its
/// offsets no longer hold, and no file name is written down. Of content larger than
/// ``wholeHashLimit`` only the first and last ``wholeHashLimit`` bytes and the size are hashed,
/// so that a 100 MB file opens at once (a change in its middle goes unseen). A line is
/// `KEY OFFSET BLANK QUOTE`: the scalar offset of the top line, `1` when that line is the
/// blank one before it, and the current quote's index or `-`. The file keeps the
/// ``limit`` most recent articles; a line it cannot read is dropped.
struct ReadingPositionsFile {
    /// The file.
    let file: StateFile

    /// The most articles remembered; the oldest are dropped beyond it.
    static let limit = 500

    /// The file named by `environment`, or `nil` when there is no state directory.
    init?(environment: [String: String]) {
        guard let file = StateFile(named: "positions", environment: environment) else { return nil }
        self.file = file
    }

    /// The key of the article read from `source` (a path's bytes or an address) with `content`.
    static func key(source: some Sequence<UInt8>, content: some RandomAccessCollection<UInt8>) -> String {
        guard content.count > wholeHashLimit else { return hexadecimal(fnv1a(source)) + "-" + hexadecimal(fnv1a(content)) }
        let size = withUnsafeBytes(of: UInt64(content.count).littleEndian, Array.init)
        let sampled = Array(content.prefix(wholeHashLimit)) + Array(content.suffix(wholeHashLimit)) + size
        return hexadecimal(fnv1a(source)) + "-" + hexadecimal(fnv1a(sampled))
    }

    /// The largest content hashed whole by ``key(source:content:)``, in bytes.
    static let wholeHashLimit = 1 << 20

    /// Where the article `key` was left, if it is remembered.
    func place(for key: String) -> ReadingPlace? {
        entries().last { $0.key == key }?.place
    }

    /// Remembers `place` for the article `key`, as the most recent.
    func save(_ place: ReadingPlace, for key: String) {
        var entries = entries().filter { $0.key != key }
        entries.append((key, place))
        file.write(entries.suffix(Self.limit).map { key, place in
            "\(key) \(place.offset) \(place.onBlankLine ? 1 : 0) \(place.quote.map(String.init) ?? "-")\n"
        }.joined())
    }

    /// The entries of the file, oldest first.
    private func entries() -> [(key: String, place: ReadingPlace)] {
        file.read().split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count == 4, let offset = Int(fields[1]), offset >= 0, fields[2] == "0" || fields[2] == "1" else { return nil }
            let quote = fields[3] == "-" ? nil : Int(fields[3])
            guard fields[3] == "-" || (quote ?? -1) >= 0 else { return nil }
            return (String(fields[0]), ReadingPlace(offset: offset, onBlankLine: fields[2] == "1", quote: quote))
        }
    }

    /// The 64-bit FNV-1a hash of `bytes`.
    private static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { hash, byte in (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    /// `value` as sixteen hexadecimal digits.
    private static func hexadecimal(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

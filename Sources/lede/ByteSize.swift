import ArgumentParser

/// A positive number of bytes, written on the command line as a count (`1000`) or with a
/// binary unit: `100k`, `500M`, `2G`, `1T` (also `KiB`, `MiB`…; k is 1024 bytes).
struct ByteSize: Equatable, Sendable {
    let bytes: Int

    init(bytes: Int) {
        self.bytes = bytes
    }

    /// The units a size may end with, each with its power of 1024.
    private static let units: [(letter: Character, shift: Int, name: String)] = [
        ("k", 10, "KiB"), ("m", 20, "MiB"), ("g", 30, "GiB"), ("t", 40, "TiB"),
    ]

    /// The size `text` writes, or nil when it is not a positive whole number of bytes with an
    /// optional unit, or does not fit in an `Int`.
    init?(parsing text: String) {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let count = Int(digits), count > 0 else { return nil }
        let unit = text.dropFirst(digits.count).lowercased()
        var shift = 0
        if let letter = unit.first {
            guard let found = ByteSize.units.first(where: { $0.letter == letter }), unit.dropFirst().isEmpty || unit.dropFirst() == "ib"
            else { return nil }
            shift = found.shift
        }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: 1 << shift)
        guard !overflow else { return nil }
        self.bytes = bytes
    }
}

extension ByteSize: CustomStringConvertible {
    /// The size in the largest binary unit that divides it: `64 MiB`, `1500 bytes`.
    var description: String {
        for unit in ByteSize.units.reversed() where bytes % (1 << unit.shift) == 0 {
            return "\(bytes >> unit.shift) \(unit.name)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}

extension ByteSize: ExpressibleByArgument {
    init?(argument: String) {
        self.init(parsing: argument)
    }

    var defaultValueDescription: String { description }
}

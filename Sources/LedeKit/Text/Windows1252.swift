/// The Windows-1252 code page, used to read bytes that are not UTF-8.
enum Windows1252 {
    /// The characters Windows-1252 puts at 0x80–0x9F; the five bytes it leaves undefined
    /// (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep the C1 control of the same value, as in Latin-1.
    private static let highControlRange: [Unicode.Scalar] = [
        "\u{20AC}", "\u{0081}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{008D}", "\u{017D}", "\u{008F}",
        "\u{0090}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{009D}", "\u{017E}", "\u{0178}",
    ]

    /// The character `byte` stands for in Windows-1252.
    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        (0x80...0x9F).contains(byte) ? highControlRange[Int(byte) - 0x80] : Unicode.Scalar(byte)
    }

    /// Whether `byte` reads differently in Windows-1252 than in Latin-1.
    static func differsFromLatin1(_ byte: UInt8) -> Bool {
        scalar(for: byte) != Unicode.Scalar(byte)
    }
}

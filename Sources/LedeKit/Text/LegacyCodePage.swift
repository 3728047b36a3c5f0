/// A single-byte code page that UTF-8 text can be misread in, as the mojibake repair sees it.
///
/// Each maps the bytes 0x80–0xFF to characters. Reading is "sloppy": a byte the code page leaves
/// undefined reads as the C1 control of the same value, as decoders that never fail do.
final class LegacyCodePage: Sendable {
    /// A short name, for tests and tracing.
    let name: String
    /// The characters of the bytes 0x80–0xFF.
    let high: [Unicode.Scalar]
    /// The byte of each character below U+0500 of `high`, and of the C1 controls the page also
    /// accepts; 0 for none.
    private let lowBytes: [UInt8]
    /// The byte of each character of `high` from U+0500 on.
    private let highBytes: [UInt32: UInt8]
    /// Whether this is the Windows-1252/Latin-1 reading, the most common by far.
    let isLatin: Bool
    /// How much a repair in this code page must gain to be made without other evidence.
    let threshold: Int
    /// Rare code pages (Mac OS Roman, code page 437) are repaired only when the whole text reads as one.
    let needsWholeText: Bool
    /// The UTF-8 lead bytes of the characters that text misread in this code page usually holds;
    /// nil when any lead is usual. A Cyrillic reader misreads Russian and Western text, not Thai.
    let usualLeads: Set<UInt8>?

    /// A code page from its characters at 0x80–0xFF; `acceptsAnyC1` also takes every C1
    /// control for its byte (Latin-1 text mixed with Windows-1252).
    init(
        name: String, high: [UInt16], acceptsAnyC1: Bool = false, isLatin: Bool = false, threshold: Int = 2,
        needsWholeText: Bool = false, usualLeads: Set<UInt8>? = nil
    ) {
        precondition(high.count == 128)
        self.name = name
        self.high = high.map { Unicode.Scalar($0)! }
        var bytes: [UInt32: UInt8] = [:]
        for (offset, scalar) in self.high.enumerated() where bytes[scalar.value] == nil {
            bytes[scalar.value] = UInt8(0x80 + offset)
        }
        for byte in UInt32(0x80)...0x9F where acceptsAnyC1 || self.high[Int(byte) - 0x80].value == byte {
            if bytes[byte] == nil { bytes[byte] = UInt8(byte) }
        }
        var lowBytes = [UInt8](repeating: 0, count: 0x500)
        for (value, byte) in bytes where value < 0x500 { lowBytes[Int(value)] = byte }
        self.lowBytes = lowBytes
        highBytes = bytes.filter { $0.key >= 0x500 }
        self.isLatin = isLatin
        self.threshold = threshold
        self.needsWholeText = needsWholeText
        self.usualLeads = usualLeads
    }

    /// The byte `scalar` is written with in this code page; ASCII is itself, nil when it has none.
    @inline(__always)
    func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 { return UInt8(value) }
        if value < 0x500 {
            let byte = lowBytes[Int(value)]
            return byte == 0 ? nil : byte
        }
        return highBytes[value]
    }

    /// Whether byte 0xA0 reads as a no-break space, which text handling often turns into a space.
    var readsA0AsNoBreakSpace: Bool { high[0x20] == "\u{A0}" }

    /// Whether `lead` starts a character that text misread in this code page usually holds.
    func isUsual(lead: UInt8) -> Bool { usualLeads?.contains(lead) ?? true }
}

extension LegacyCodePage {
    /// Windows-1252 and Latin-1 together: the C1 controls read as Latin-1, the rest as Windows-1252.
    static let latin = LegacyCodePage(
        name: "windows-1252", high: (0x80...0xFF).map { UInt16(Windows1252.scalar(for: UInt8($0)).value) },
        acceptsAnyC1: true, isLatin: true, threshold: 1)

    /// The code pages tried, most likely first.
    static let all: [LegacyCodePage] = [
        latin,
        LegacyCodePage(name: "windows-1250", high: LegacyCodePageTables.windows1250, usualLeads: centralEuropeanLeads),
        LegacyCodePage(name: "iso-8859-2", high: LegacyCodePageTables.iso8859_2, usualLeads: centralEuropeanLeads),
        LegacyCodePage(
            name: "windows-1251", high: LegacyCodePageTables.windows1251,
            usualLeads: [0xC2, 0xC3, 0xD0, 0xD1, 0xE2, 0xEF]),
        LegacyCodePage(
            name: "windows-1257", high: LegacyCodePageTables.windows1257,
            usualLeads: [0xC2, 0xC3, 0xC4, 0xC5, 0xE2, 0xEF]),
        LegacyCodePage(name: "mac-roman", high: LegacyCodePageTables.macRoman, needsWholeText: true),
        LegacyCodePage(name: "cp437", high: LegacyCodePageTables.cp437, needsWholeText: true),
    ]

    /// Latin-1 signs and letters, Latin Extended-A, Romanian ș ț, general punctuation, the BOM and wide forms.
    private static let centralEuropeanLeads: Set<UInt8> = [0xC2, 0xC3, 0xC4, 0xC5, 0xC8, 0xE2, 0xEF]

    /// Whether `page` is Mac OS Roman.
    var isMacRoman: Bool { name == "mac-roman" }
}

/// The one policy for showing untrusted text (an article, a file name, a lexicon) on a
/// terminal: every character that a terminal would act on, or that would hide or reorder
/// text, becomes a visible symbol one column wide.
///
/// - C0 controls and DEL become their Control Pictures (`ESC` → `␛`, `BEL` → `␇`), as
///   `less` shows `^[`; tab and line feed may be kept where the output is multi-line.
/// - C1 controls (U+0080–U+009F, which some terminals obey even in UTF-8) become `�`.
/// - Bidirectional controls (embeddings, overrides, isolates, marks: the Trojan Source
///   trick) become `⇄`.
/// - Invisible characters (zero-width space and non-joiner, word joiner, a byte order mark
///   inside the text, line and paragraph separators, Unicode tag characters) become `⍽`. The zero-width joiner is
///   kept: emoji sequences (👨‍👩‍👧) and joining scripts need it, and it can neither move nor
///   hide text.
///
/// Each escaped character stays one scalar, so offsets into the text still hold, widths
/// stay right, and truncation can never cut inside an escape.
public enum DisplayEscaping {
    /// Shown for a bidirectional control.
    public static let bidiMarker: Unicode.Scalar = "\u{21C4}"
    /// Shown for an invisible formatting character.
    public static let invisibleMarker: Unicode.Scalar = "\u{237D}"
    /// Shown for a C1 control.
    public static let c1Marker: Unicode.Scalar = "\u{FFFD}"

    /// The visible stand-in for `scalar`, or `nil` when it is safe to show as it is;
    /// `keepingLineBreaks` keeps tab and line feed for multi-line output.
    @inlinable
    public static func replacement(for scalar: Unicode.Scalar, keepingLineBreaks: Bool = false) -> Unicode.Scalar? {
        let value = scalar.value
        if value >= 0x20, value < 0x7F { return nil }
        if value < 0x20 {
            if keepingLineBreaks, value == 0x09 || value == 0x0A { return nil }
            return Unicode.Scalar(0x2400 + value)
        }
        if value == 0x7F { return "\u{2421}" }
        if value < 0xA0 { return c1Marker }
        switch value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            return bidiMarker
        case 0x200B, 0x200C, 0x2060...0x2064, 0xFEFF, 0x2028, 0x2029, 0x180E, 0xE0000...0xE007F:
            return invisibleMarker
        default:
            return nil
        }
    }

    /// Whether `scalar` is shown as a stand-in (tab and line feed included).
    @inlinable
    public static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x20, value < 0x7F { return false }
        return replacement(for: scalar) != nil
    }

    /// `text` with every unsafe character replaced by its visible stand-in; `keepingLineBreaks`
    /// keeps tabs and line feeds (for multi-line output such as a whole article).
    ///
    /// Works on the UTF-8 bytes, so that a whole article printed to a pipe passes through at
    /// about the speed of a copy: only a byte that may begin an unsafe character (an ASCII
    /// control or DEL, or the lead byte of the C1, bidi and invisible ranges) is decoded and
    /// looked at; `text` itself comes back when nothing needs escaping.
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        var text = text
        let escaped: [UInt8]? = text.withUTF8 { bytes in
            var output: [UInt8] = []
            var copied = 0
            var index = 0
            while index < bytes.count {
                guard mayBeginUnsafeCharacter(bytes[index]) else {
                    index += 1
                    continue
                }
                let (value, length) = ValidUTF8.scalar(in: bytes, at: index)
                guard let standIn = replacement(for: Unicode.Scalar(value) ?? "\u{FFFD}", keepingLineBreaks: keepingLineBreaks) else {
                    index += length
                    continue
                }
                if output.isEmpty { output.reserveCapacity(bytes.count + 16) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                UTF8.encode(standIn) { output.append($0) }
                index += length
                copied = index
            }
            guard copied > 0 else { return nil }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return output
        }
        return escaped.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// Whether a character whose UTF-8 encoding begins with `lead` may need a stand-in: an
    /// ASCII control or DEL, or a lead byte of U+0080–U+009F (C2), U+061C (D8), U+180E (E1),
    /// U+200B–U+206F (E2), U+FEFF (EF) or the tag characters (F3).
    @inline(__always)
    private static func mayBeginUnsafeCharacter(_ lead: UInt8) -> Bool {
        switch lead {
        case 0x00..<0x20, 0x7F, 0xC2, 0xD8, 0xE1, 0xE2, 0xEF, 0xF3: true
        default: false
        }
    }

    /// A name made of bytes that may not be UTF-8 (a file name): valid UTF-8 is escaped like
    /// text, and each byte that is not becomes `\xHH`, as `ls` shows it.
    public static func escaped(bytes: some Collection<UInt8>) -> String {
        var text = ""
        var bytes = Array(bytes)[...]
        while !bytes.isEmpty {
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            var consumed = 0
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed = String(scalar).utf8.count
                text.unicodeScalars.append(scalar)
            case .emptyInput:
                consumed = bytes.count
            case .error:
                consumed = 1
                text += "\\x" + String(bytes.first!, radix: 16, uppercase: true).leftPadded(to: 2)
            }
            bytes = bytes.dropFirst(consumed)
        }
        return escaped(text)
    }
}

extension String {
    /// The string with zeros before it to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

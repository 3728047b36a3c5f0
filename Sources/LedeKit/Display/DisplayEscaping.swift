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
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { needsEscaping($0) && !(keepingLineBreaks && ($0 == "\n" || $0 == "\t")) }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in scalars {
            result.append(replacement(for: scalar, keepingLineBreaks: keepingLineBreaks) ?? scalar)
        }
        return String(result)
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

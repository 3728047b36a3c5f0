import CNcursesw
import LedeReader

/// The wide characters ncurses draws for one cell's text.
enum CellGlyph {
    /// Drawn in place of a control or otherwise unprintable character: one column wide, like
    /// the character it replaces in the layout.
    static let placeholder: Unicode.Scalar = "\u{FFFD}"

    /// The NUL-terminated `wchar_t` string for `text`: a spacing character and at most
    /// `CCHARW_MAX - 1` combining ones. Every character goes through the escaping policy
    /// (``DisplayWidth/visible(_:)``) again, so no control reaches the terminal whoever made
    /// the frame; an unprintable first character becomes ``placeholder``; a lone combining
    /// mark is set on a space; unprintable combining characters are dropped; empty text (a
    /// continuation cell) is a space.
    static func characters(of text: String) -> [wchar_t] {
        var result: [wchar_t] = []
        for original in text.unicodeScalars {
            let scalar = DisplayWidth.visible(original)
            if !result.isEmpty, scalar != original { continue }
            let width = wcwidth(wchar_t(bitPattern: scalar.value))
            if result.isEmpty {
                if width > 0 {
                    result.append(wchar_t(bitPattern: scalar.value))
                } else if width == 0 {
                    result.append(wchar_t(UInt8(ascii: " ")))
                    result.append(wchar_t(bitPattern: scalar.value))
                } else {
                    result.append(wchar_t(bitPattern: placeholder.value))
                }
            } else if width == 0 {
                result.append(wchar_t(bitPattern: scalar.value))
            }
            if result.count >= Int(CCHARW_MAX) { break }
        }
        if result.isEmpty { result.append(wchar_t(UInt8(ascii: " "))) }
        return result + [0]
    }
}

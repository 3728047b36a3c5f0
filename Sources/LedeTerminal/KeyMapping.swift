import CNcursesw
import LedeReader

/// Translates what ncurses' `wget_wch` reads into ``Key`` values.
enum KeyMapping {
    /// ^L, which the screen takes rather than the reader, as it does a resize: everything is
    /// drawn again from nothing, after something else wrote over the terminal.
    static let repaint: Key = .control("l")

    /// The key for an ncurses function-key code (`KEY_UP` …), or `nil` for keys Lede does not
    /// use. `KEY_RESIZE` is not a key: the screen handles it.
    static func key(functionKey code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_NPAGE: .pageDown
        case KEY_PPAGE: .pageUp
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_BACKSPACE: .backspace
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_F0 + 1...KEY_F0 + 12: .function(Int(code - KEY_F0))
        default: nil
        }
    }

    /// The mouse action for what `lede_read_mouse` reported (1 wheel up, 2 wheel down, 3 a
    /// click), or `nil` for anything else.
    static func mouse(_ report: Int32) -> MouseEvent.Action? {
        [1: .wheelUp, 2: .wheelDown, 3: .click][report]
    }

    /// The key for a character code, or `nil` for control characters that mean nothing here
    /// (NUL, C1 controls, the separators 28–31) and for values that are not Unicode scalars.
    static func key(character code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26:
            return .control(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(code - 1))))
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }
}

/// A key the person pressed, as the front end decoded it.
public enum Key: Hashable, Sendable {
    /// A printable character (including Space).
    case character(Character)
    /// A character typed with Control held (`control("d")` is Ctrl-D).
    case control(Character)
    /// A function key (`function(1)` is F1).
    case function(Int)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab
}

/// Something that happened at the terminal: a key, or a new size.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal now has `width` columns and `height` rows.
    case resize(width: Int, height: Int)
}

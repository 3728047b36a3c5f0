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
    /// The mouse did something at a cell.
    case mouse(MouseEvent)
}

/// A wheel turn or a click, at a cell of the terminal.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Action: Hashable, Sendable {
        case wheelUp, wheelDown, click
    }

    /// What the mouse did.
    public var action: Action
    /// The cell's column.
    public var x: Int
    /// The cell's row.
    public var y: Int

    /// Creates a mouse event.
    public init(_ action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}

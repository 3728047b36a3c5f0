import LedeReader

/// What woke the key loop.
public enum LoopEvent: Hashable, Sendable {
    /// A key, a resize or the mouse.
    case input(InputEvent)
    /// Work run by a ``WorkRunner`` has a message for the reader.
    case workFinished
}

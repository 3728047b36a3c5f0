/// Something the status line tells without being asked (where a resize put the quotes pane),
/// in full and in a short form for a narrower line.
public struct Notice: Hashable, Sendable {
    /// The whole notice: `Quotes pane under the article`.
    public var text: String
    /// The short form, tried before the notice is dropped: `quotes pane below`.
    public var short: String
}

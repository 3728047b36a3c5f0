import LedeReader

/// The interactive loop: draw, wait for input or finished work, handle it, draw again.
public enum TerminalLoop {
    /// Runs until `handle` returns `false` or input ends.
    ///
    /// Each frame is rendered at the terminal's current size, so a resize is drawn at the new
    /// size right away (after `handle` has seen the `.resize` event).
    ///
    /// - Parameters:
    ///   - screen: The terminal to draw on and read from.
    ///   - render: Makes the frame for a terminal `width` columns wide and `height` rows high.
    ///   - handle: Applies one event (a key, or a wake-up from a ``WorkRunner``); returns
    ///     `false` to quit.
    public static func run(
        screen: TerminalScreen, render: (_ width: Int, _ height: Int) -> Frame, handle: (LoopEvent) -> Bool
    ) {
        while true {
            let (width, height) = screen.size
            screen.draw(render(width, height))
            guard let event = screen.nextLoopEvent(), handle(event) else { return }
        }
    }
}

import CNcursesw
import Foundation

/// Copying to the clipboard with OSC 52 (`ESC ] 52 ; c ; base64 BEL`), the one way a program
/// in a terminal, over ssh or in tmux, can reach the clipboard.
///
/// Only terminals that take the sequence, or read it as an OSC and ignore it, are sent it:
/// those whose terminfo entry has the `Ms` capability (as tmux checks), or whose type names a
/// family known to (xterm, tmux, screen, foot, kitty, alacritty, wezterm, rxvt, vte). The
/// copied text is base64, so nothing of it can act on the terminal; tmux keeps it when its
/// `set-clipboard` option is on and ignores it otherwise.
enum Clipboard {
    /// Terminal type prefixes whose terminals parse OSC sequences.
    static let knownFamilies = ["xterm", "tmux", "screen", "foot", "kitty", "alacritty", "wezterm", "rxvt", "vte", "st-"]

    /// Whether the terminal of type `terminalType` may be sent OSC 52.
    static func isSupported(terminalType: String) -> Bool {
        lede_string_capability("Ms") != nil || knownFamilies.contains { terminalType.hasPrefix($0) }
    }

    /// The OSC 52 sequence that puts `text` on the clipboard.
    static func sequence(for text: String) -> [UInt8] {
        Array("\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}".utf8)
    }
}

/// The terminal type to start ncurses with for 24-bit colour.
///
/// ncurses draws 24-bit colour only on a terminal type whose terminfo entry has the `RGB`
/// capability, as `xterm-direct` and `tmux-direct` have; the usual `xterm-256color` and
/// `tmux-256color` do not. When `COLORTERM` says the terminal shows 24-bit colour, Lede
/// starts ncurses with the direct variant of `TERM`'s family instead, if this system has
/// one (on Debian they come with the `ncurses-term` package, not `ncurses-base`), and with
/// `TERM` itself otherwise.
enum DirectColorTerminal {
    /// The values of `COLORTERM` that promise 24-bit colour.
    static let trueColorValues: Set<String> = ["truecolor", "24bit"]

    /// Whether `environment` says the terminal shows 24-bit colour and colour is not off.
    static func isWanted(in environment: [String: String]) -> Bool {
        guard let value = environment["COLORTERM"]?.lowercased() else { return false }
        return trueColorValues.contains(value) && !ColorDepth.colorIsOff(in: environment)
    }

    /// The direct-colour type to try for `type` in `environment`, or `nil` when none is
    /// wanted or `type` is one already: the family's (`xterm-256color` → `xterm-direct`),
    /// and `tmux-direct` inside tmux, whose `TERM` is often `screen`.
    static func candidate(for type: String, environment: [String: String]) -> String? {
        guard isWanted(in: environment), !type.hasSuffix("-direct") else { return nil }
        if environment["TMUX"].map({ !$0.isEmpty }) == true { return "tmux-direct" }
        let family = type.split(separator: "-", maxSplits: 1).first.map(String.init) ?? type
        return family + "-direct"
    }
}

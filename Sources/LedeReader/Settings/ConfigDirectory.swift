import Foundation

/// Lede's configuration directory: `$XDG_CONFIG_HOME/lede`, or `$HOME/.config/lede` when
/// `XDG_CONFIG_HOME` is unset or not absolute (as the XDG base directory specification
/// says). It holds `config.toml` and the user's `themes/`.
public enum ConfigDirectory {
    /// The directory named by `environment`; `nil` when neither variable is absolute.
    public static func url(in environment: [String: String]) -> URL? {
        let base: String
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            base = config
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = home + "/.config"
        } else {
            return nil
        }
        return URL(fileURLWithPath: base).appendingPathComponent("lede")
    }
}

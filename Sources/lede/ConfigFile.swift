import Foundation
import LedeReader

/// `config.toml` in Lede's ``ConfigDirectory``: the defaults of `lede` and `lede quotes`.
/// `lede analyze` does not read it, so that scripts get the same output everywhere.
enum ConfigFile {
    /// The file's settings (the built-in ones when there is no file), with the options given
    /// on the command line (`nil`: not given) laid over them. A file that cannot be read or
    /// that sets a key wrongly is refused, naming the file, the line and the key meant.
    static func settings(
        overriding options: [(key: String, value: Settings.Value?)],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(CommandFailure) -> Settings {
        var settings = Settings()
        if let url = ConfigDirectory.url(in: environment)?.appendingPathComponent("config.toml"),
            FileManager.default.fileExists(atPath: url.path)
        {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw CommandFailure("cannot read \(url.path)")
            }
            do {
                settings = try Settings(parsing: String(decoding: data, as: UTF8.self), file: url.path)
            } catch {
                throw CommandFailure(error.description)
            }
        }
        for (key, value) in options {
            if let value { settings.override(key, with: value) }
        }
        return settings
    }
}

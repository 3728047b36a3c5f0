import Foundation

/// A file of Lede's state under `$XDG_STATE_HOME/lede/` (`~/.local/state/lede/` when that is
/// not set): the search history, the reading positions.
///
/// State is a convenience: a file that cannot be read reads as empty, one that cannot be
/// written is left as it was, and neither stops the reader. A file is written whole to a
/// temporary file beside it and renamed over it, readable by its owner only, so that two
/// readers closing at once leave one whole file, never a mix.
struct StateFile {
    /// Where the file is.
    let url: URL

    /// The file `name` in the state directory named by `environment`, or `nil` when neither
    /// `XDG_STATE_HOME` nor `HOME` is set to an absolute path.
    init?(named name: String, environment: [String: String]) {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            url = URL(filePath: state).appending(path: "lede/" + name)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            url = URL(filePath: home).appending(path: ".local/state/lede/" + name)
        } else {
            return nil
        }
    }

    /// The file's text; empty when it cannot be read.
    func read() -> String {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Replaces the file's text with `text`; gives up quietly when it cannot.
    func write(_ text: String) {
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let temporary = directory.appending(path: ".\(url.lastPathComponent).\(getpid())")
            try Data(text.utf8).write(to: temporary)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary.path)
            if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            return
        }
    }
}

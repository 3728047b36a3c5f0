import Foundation
import LedeReader

/// The searches of earlier runs, one per line, in `$XDG_STATE_HOME/lede/search-history`
/// (`~/.local/state/lede/search-history` when that is not set), as `less` keeps its
/// `.lesshst`.
///
/// The history is a convenience: a missing, unreadable or unwritable file leaves the reader
/// with none, and never stops it. The file is written whole to a temporary file beside it and
/// renamed, readable by its owner only.
struct SearchHistoryFile {
    /// Where the file is.
    let url: URL

    /// The longest line kept: a longer one is no search anyone typed.
    static let maximumLineLength = 1_000

    /// The file named by the environment, or `nil` when neither `XDG_STATE_HOME` nor `HOME`
    /// is set to an absolute path.
    init?(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            url = URL(filePath: state).appending(path: "lede/search-history")
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            url = URL(filePath: home).appending(path: ".local/state/lede/search-history")
        } else {
            return nil
        }
    }

    /// The searches in the file, oldest first; none when it cannot be read.
    func load() -> [String] {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        return lines.suffix(ReaderState.historyLimit).map(String.init).filter { $0.count <= Self.maximumLineLength }
    }

    /// Writes `searches`, oldest first; gives up quietly when it cannot.
    func save(_ searches: [String]) {
        let directory = url.deletingLastPathComponent()
        let text = searches.map { $0.replacing("\n", with: " ") + "\n" }.joined()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let temporary = directory.appending(path: ".search-history.\(getpid())")
            try Data(text.utf8).write(to: temporary)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary.path)
            guard rename(temporary.path, url.path) == 0 else {
                try? FileManager.default.removeItem(at: temporary)
                return
            }
        } catch {
            return
        }
    }
}

import Foundation
import LedeReader

/// The searches of earlier runs, one per line, in `$XDG_STATE_HOME/lede/search-history`
/// (`~/.local/state/lede/search-history` when that is not set), as `less` keeps its
/// `.lesshst`. A missing or unwritable file leaves the reader with none (``StateFile``).
struct SearchHistoryFile {
    /// The file.
    let file: StateFile

    /// Where the file is.
    var url: URL { file.url }

    /// The longest line kept: a longer one is no search anyone typed.
    static let maximumLineLength = 1_000

    /// The file named by the environment, or `nil` when neither `XDG_STATE_HOME` nor `HOME`
    /// is set to an absolute path.
    init?(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let file = StateFile(named: "search-history", environment: environment) else { return nil }
        self.file = file
    }

    /// The searches in the file, oldest first; none when it cannot be read.
    func load() -> [String] {
        let lines = file.read().split(separator: "\n", omittingEmptySubsequences: true)
        return lines.suffix(ReaderState.historyLimit).map(String.init).filter { $0.count <= Self.maximumLineLength }
    }

    /// Writes `searches`, oldest first; gives up quietly when it cannot.
    func save(_ searches: [String]) {
        file.write(searches.map { $0.replacing("\n", with: " ") + "\n" }.joined())
    }
}

import ArgumentParser
import Foundation
import LedeKit
import LedeReader

/// The `--actors FILE` option shared by the commands that analyse.
struct LexiconOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("An actor lexicon (TOML) to use instead of the built-in one.", valueName: "FILE"))
    var actors: String?

    /// The lexicon asked for, else the one of `file` (config.toml's), else the built-in one.
    func lexicon(orFile file: String? = nil) throws(CommandFailure) -> ActorLexicon {
        guard let actors = actors ?? file else { return .standard }
        do {
            return try ActorLexicon(contentsOf: URL(fileURLWithPath: actors))
        } catch .unreadable(let path, let reason) {
            throw CommandFailure(LexiconError.unreadable(path: path, reason: reason).description)
        } catch .unknownKey(let key, let line, let known) {
            let error = LexiconError.unknownKey(key, line: line, known: known)
            let hint = NearestWord.nearest(to: key, among: known).map { "; did you mean `\($0)`?" } ?? ""
            throw CommandFailure("'\(actors)': \(error.description)\(hint)")
        } catch {
            // Say which file: `lede: 'mine.toml': actor lexicon: line 3: unknown key `nme` …`.
            throw CommandFailure("'\(actors)': \(error.description)")
        }
    }
}

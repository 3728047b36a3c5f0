import Foundation
import LedeKit

/// LedeWeb's bundled page-hints.toml, read once.
enum PageHintsFile {
    /// The word lists of page-hints.toml.
    static let lists: WordListFile = {
        guard let url = Bundle.module.url(forResource: "page-hints", withExtension: "toml"),
            let data = try? Data(contentsOf: url)
        else { preconditionFailure("LedeWeb's bundled resource page-hints.toml is missing") }
        return WordListFile(toml: String(decoding: data, as: UTF8.self), name: "page-hints.toml")
    }()
}

@testable import LedeKit

/// The speaker names of the quotes of `text`, analysed whole: what the quotes pane shows.
func speakerNames(_ text: String) -> [String?] {
    Analyzer().analyze(bytes: Array(text.utf8)).quotes.map { $0.attribution?.speakerName }
}

/// Why a theme could not be used: what was wrong and, for a fault in a file, where.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where the fault was written; `nil` when it is not in a file (a theme name that
    /// names no theme).
    public var place: ThemePlace?
    /// What is wrong, naming the bad value and, for a slip, the nearest word meant.
    public var problem: String

    /// An error at `place`.
    public init(_ problem: String, at place: ThemePlace?) {
        self.problem = problem
        self.place = place
    }

    /// `file:line:column: problem`.
    public var description: String {
        place.map { "\($0): \(problem)" } ?? problem
    }

    /// The description with the file's name instead of its path, for a status line.
    public var brief: String {
        guard let place else { return problem }
        let name = place.file.split(separator: "/").last.map(String.init) ?? place.file
        return "\(ThemePlace(file: name, line: place.line, column: place.column)): \(problem)"
    }

    /// `; did you mean `word`?` for the word of `words` nearest `typed`, or nothing.
    static func hint(for typed: String, among words: [String]) -> String {
        NearestWord.nearest(to: typed, among: words).map { " (did you mean `\($0)`?)" } ?? ""
    }
}

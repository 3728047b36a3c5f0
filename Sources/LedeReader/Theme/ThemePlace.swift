/// Where in a theme file something was written: the file and a 1-based line and column.
public struct ThemePlace: Hashable, Sendable, CustomStringConvertible {
    /// The file's path, or the theme's name when it came from no file.
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column in characters, from 1.
    public var column: Int

    /// Creates a place.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, as compilers write it.
    public var description: String { "\(file):\(line):\(column)" }
}

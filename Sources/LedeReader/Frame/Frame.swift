/// A grid of styled cells: one whole screen, rendered in memory.
///
/// The reader draws into a frame; a front end (ncurses, or a test) only shows it. Writes
/// outside the grid are clipped, and a wide character that would straddle the right edge
/// is replaced by a blank.
public struct Frame: Equatable, Sendable {
    /// Number of columns.
    public let width: Int
    /// Number of rows.
    public let height: Int
    /// Cells in row-major order.
    public private(set) var cells: [Cell]

    /// The most scalars a cell holds: a spacing character and the combining marks a terminal
    /// draws with it (ncurses keeps four), with room to spare.
    public static let maximumScalarsPerCell = 8

    /// Creates a frame filled with blank cells of `style`.
    public init(width: Int, height: Int, fill style: CellStyle = .text) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `string` from column `x` of row `y`, stopping at `limit` (exclusive, the frame
    /// width by default); returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ string: String, x: Int, y: Int, style: CellStyle, limit: Int? = nil) -> Int {
        var column = x
        for cluster in DisplayWidth.clusters(of: string) {
            column = put(cluster: cluster.text, width: cluster.width, x: column, y: y, style: style, limit: limit)
        }
        return column
    }

    /// Writes one display cluster of a known width (0, 1 or 2) at (`x`, `y`); returns the
    /// next column.
    @discardableResult
    public mutating func put(cluster: String, width clusterWidth: Int, x: Int, y: Int, style: CellStyle, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height, x >= 0 else { return x + clusterWidth }
        if clusterWidth == 0 {
            // A lone combining mark with no base in this run: attach it to the previous cell,
            // up to what a terminal draws in one cell, so that a run of thousands of marks
            // costs no more than a few.
            if x > 0, x - 1 < end, self[x - 1, y].text.unicodeScalars.count < Self.maximumScalarsPerCell {
                self[x - 1, y].text += cluster
            }
            return x
        }
        guard x + clusterWidth <= end else {
            if x < end { self[x, y] = .blank(style) }
            return x + clusterWidth
        }
        clearWideCharacter(overlapping: x, y: y)
        if clusterWidth == 2 { clearWideCharacter(overlapping: x + 1, y: y) }
        self[x, y] = Cell(cluster, style: style)
        if clusterWidth == 2 { self[x + 1, y] = Cell("", style: style) }
        return x + clusterWidth
    }

    /// Blanks the other half of a wide character that cell (`x`, `y`) is part of, so that
    /// overwriting one half never leaves the other half behind.
    private mutating func clearWideCharacter(overlapping x: Int, y: Int) {
        if self[x, y].isContinuation, x > 0 {
            self[x - 1, y] = .blank(self[x - 1, y].style)
        }
        if x + 1 < width, self[x + 1, y].isContinuation {
            self[x + 1, y] = .blank(self[x + 1, y].style)
        }
    }

    /// Fills `count` cells of row `y` from column `x` with blanks of `style`.
    public mutating func fill(x: Int, y: Int, count: Int, style: CellStyle) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<max(max(0, x), min(width, x + count)) {
            clearWideCharacter(overlapping: column, y: y)
            self[column, y] = .blank(style)
        }
    }

    /// The text of row `y`, continuation cells skipped (what a person reads on screen).
    public func text(ofRow y: Int) -> String {
        (0..<width).map { self[$0, y].text }.joined()
    }

    /// The whole frame as text, one line per row, trailing blanks trimmed.
    public var text: String {
        (0..<height).map { row in
            var line = text(ofRow: row)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}

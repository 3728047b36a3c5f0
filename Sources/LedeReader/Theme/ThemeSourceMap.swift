import Foundation

/// Finds where a key or a value of a theme file was written, for error messages: the TOML
/// parser reports positions of syntax errors only.
///
/// It reads the file as lines: `[section]` headers, and `key =` or `"key" =` at the start of
/// a line in that section. A key it cannot find is placed at the top of the file.
struct ThemeSourceMap {
    /// The file named in places.
    let file: String
    /// The file's lines, as characters.
    private let lines: [[Character]]

    /// A map of `text`, read from `file`.
    init(_ text: String, file: String) {
        self.file = file
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    }

    /// Where `key` of `section` (`nil`: the top level) was written; with `token`, where that
    /// text first appears from the key's line on (a value, a field's name).
    func place(of key: String, in section: String?, token: String? = nil) -> ThemePlace {
        guard let row = row(of: key, in: section) else { return ThemePlace(file: file, line: 1, column: 1) }
        if let token {
            let needle = Array(token)
            for index in row..<lines.count {
                if let column = Self.find(needle, in: lines[index]) {
                    return ThemePlace(file: file, line: index + 1, column: column + 1)
                }
            }
        }
        let start = lines[row].firstIndex { $0 != " " && $0 != "\t" } ?? 0
        return ThemePlace(file: file, line: row + 1, column: start + 1)
    }

    /// The index of the line that sets `key` in `section`.
    private func row(of key: String, in section: String?) -> Int? {
        var current: String? = nil
        for (index, line) in lines.enumerated() {
            let text = String(line).trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("["), let end = text.firstIndex(of: "]") {
                current = String(text[text.index(after: text.startIndex)..<end]).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard current == section else { continue }
            for written in [key, "\"\(key)\""] where text.hasPrefix(written) {
                let rest = text.dropFirst(written.count).drop { $0 == " " || $0 == "\t" }
                if rest.first == "=" { return index }
            }
        }
        return nil
    }

    /// The offset of the first occurrence of `needle` in `line`.
    private static func find(_ needle: [Character], in line: [Character]) -> Int? {
        guard line.count >= needle.count else { return nil }
        return (0...(line.count - needle.count)).first { line[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

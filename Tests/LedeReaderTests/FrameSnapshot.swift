import Foundation
import LedeReader
import Testing

/// Whole-frame snapshot tests, as ratatui's `TestBackend` and swift-argument-parser's
/// snapshot helpers do: a frame is written as its text rows, then one letter per cell naming
/// its style, with a legend of the styles, and compared with a golden file in `Snapshots/`.
///
/// `LEDE_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests` writes the golden files anew
/// (and fails, so that a recording is never mistaken for a pass); read the diff before
/// committing it.
enum FrameSnapshot {
    /// The folder of the golden files.
    static let directory = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Snapshots")

    /// The text form of `frame`: its rows between rules, then its style map and legend.
    static func render(_ frame: Frame) -> String {
        var letters: [CellStyle: Character] = [:]
        var legend: [String] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var map: [String] = []
        for y in 0..<frame.height {
            var row = ""
            for x in 0..<frame.width {
                let style = frame[x, y].style
                if letters[style] == nil {
                    let letter = letters.count < alphabet.count ? alphabet[letters.count] : "?"
                    letters[style] = letter
                    legend.append("\(letter) \(style.roles.map(\.themeKey).joined(separator: " + "))")
                }
                row.append(letters[style]!)
            }
            map.append(row)
        }
        let rule = String(repeating: "─", count: frame.width)
        let text = (0..<frame.height).map { frame.text(ofRow: $0) }
        return ([rule] + text + [rule] + map + [rule] + legend).joined(separator: "\n") + "\n"
    }

    /// Checks `frame` against the golden file `name`, or records it.
    static func check(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appending(path: "\(name).txt")
        let actual = render(frame)
        if ProcessInfo.processInfo.environment["LEDE_RECORD_SNAPSHOTS"] == "1" {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("recorded \(file.lastPathComponent); run again without LEDE_RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file \(file.lastPathComponent); record it with LEDE_RECORD_SNAPSHOTS=1. The frame:\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let expectedLines = expected.components(separatedBy: "\n")
            let actualLines = actual.components(separatedBy: "\n")
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            Issue.record("""
                \(name) differs from \(file.lastPathComponent) from line \(first + 1):
                expected: \(first < expectedLines.count ? expectedLines[first] : "(end)")
                actual:   \(first < actualLines.count ? actualLines[first] : "(end)")
                The frame:
                \(actual)
                """, sourceLocation: sourceLocation)
        }
    }
}

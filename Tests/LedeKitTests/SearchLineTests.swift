@testable import LedeKit
import Testing

/// The line boundaries a search run in pieces starts and ends them on, as UTF-8 offsets with
/// the scalar offsets they stand for (`SearchableText.lineStart`, `lineEnd`).
@Suite struct SearchLineTests {
    /// Three lines, the second with characters of two, three and four bytes.
    static let text = SearchableText(text: "first line\nsecond é → 🙂 line\nthird")

    /// The position of `scalar`, counted by hand from the text.
    func position(_ scalar: Int) -> TextPosition {
        let scalars = Array(Self.text.text.unicodeScalars)
        return TextPosition(byte: scalars[..<scalar].reduce(0) { $0 + UTF8.width($1) }, scalar: scalar)
    }

    @Test func aLineStartsAfterTheBreakBeforeIt() {
        // Scalar 25 is inside `line` after the emoji.
        #expect(Self.text.lineStart(of: position(25)) == position(11))
        #expect(Self.text.lineStart(of: position(11)) == position(11))
        #expect(Self.text.lineStart(of: position(4)) == .start)
    }

    @Test func aLineEndsAfterItsBreak() {
        #expect(Self.text.lineEnd(of: position(11)) == position(29))
        #expect(Self.text.lineEnd(of: position(20)) == position(29))
        #expect(Self.text.lineEnd(of: position(31)) == position(34))
        #expect(Self.text.lineEnd(of: position(34)) == position(34))
    }

    @Test func aPieceReadBackStartsAtALineAndNotBeforeItsFloor() {
        // 8 bytes back from the third line's start fall inside the second line.
        #expect(Self.text.lineStart(of: position(29), bytesBack: 8, notBefore: .start) == position(11))
        #expect(Self.text.lineStart(of: position(29), bytesBack: 8, notBefore: position(20)) == position(20))
        #expect(Self.text.lineStart(of: position(34), bytesBack: 100, notBefore: .start) == .start)
    }
}

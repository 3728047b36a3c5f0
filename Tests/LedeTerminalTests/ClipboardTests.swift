import Foundation
import Testing

@testable import LedeTerminal

/// The OSC 52 sequence and which terminals are sent it.
struct ClipboardTests {
    @Test func theTextIsBase64BetweenTheOSCAndBEL() {
        let sequence = String(decoding: Clipboard.sequence(for: "“hi” \u{1B}[2J"), as: UTF8.self)
        #expect(sequence.hasPrefix("\u{1B}]52;c;"))
        #expect(sequence.hasSuffix("\u{07}"))
        let payload = sequence.dropFirst(7).dropLast()
        #expect(payload.allSatisfy { $0.isLetter || $0.isNumber || "+/=".contains($0) }, "no control character inside: \(payload)")
        #expect(Data(base64Encoded: String(payload)).map { String(decoding: $0, as: UTF8.self) } == "“hi” \u{1B}[2J")
    }

    @Test func knownTerminalFamiliesTakeIt() {
        #expect(Clipboard.knownFamilies.contains { "tmux-256color".hasPrefix($0) })
        #expect(Clipboard.knownFamilies.contains { "xterm-kitty".hasPrefix($0) })
        #expect(!Clipboard.knownFamilies.contains { "linux".hasPrefix($0) })
    }
}

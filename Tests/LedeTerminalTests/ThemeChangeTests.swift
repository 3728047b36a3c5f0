import Foundation
import LedeReader
import Testing

@testable import LedeTerminal

extension ProcessStateTests {
    /// A theme changed while the screen is up, and the colour depth `COLORTERM` asks for.
    @Suite struct ThemeChangeTests {
        static let red = Theme(name: "red", styles: ["text": TextStyle(foreground: .rgb(red: 0xD7, green: 0, blue: 0))])
        static let blue = Theme(name: "blue", styles: ["text": TextStyle(foreground: .rgb(red: 0, green: 0x5F, blue: 0xFF))])

        /// A frame of one word of body text.
        static var frame: Frame {
            var frame = Frame(width: 20, height: 3)
            frame.put("word", x: 0, y: 0, style: .text)
            return frame
        }

        @Test func aNewThemeRepaintsCellsThatDidNotChange() throws {
            let terminal = try HeadlessTerminal(theme: Self.red, width: 20, height: 3)
            terminal.screen.draw(Self.frame)
            let before = try #require(terminal.cell(x: 0, y: 0))
            #expect(terminal.colors(ofPair: before.pair).foreground == 160)
            terminal.screen.setTheme(Self.blue)
            terminal.screen.draw(Self.frame)
            let after = try #require(terminal.cell(x: 0, y: 0))
            #expect(terminal.colors(ofPair: after.pair).foreground == 27)
            #expect(terminal.screen.colorDepthPhrase == "in 256 colours")
        }

        /// Whether this system has the terminfo entry for `type`.
        static func hasEntry(_ type: String) -> Bool {
            ["/usr/share/terminfo", "/lib/terminfo", "/etc/terminfo"].contains {
                FileManager.default.fileExists(atPath: "\($0)/\(type.prefix(1))/\(type)")
            }
        }

        @Test(.enabled(if: hasEntry("xterm-direct"), "needs the xterm-direct terminfo entry (Debian: ncurses-term)"))
        func truecolorDrawsRGBThroughTheDirectTerminalType() throws {
            let terminal = try HeadlessTerminal(theme: Self.red, width: 20, height: 3, environment: ["COLORTERM": "truecolor"])
            #expect(terminal.screen.colorDepthPhrase == "in 24-bit colour")
            terminal.screen.draw(Self.frame)
            let cell = try #require(terminal.cell(x: 0, y: 0))
            #expect(terminal.colors(ofPair: cell.pair).foreground == 0xD70000)
        }

        @Test func withoutTruecolorOrWithNoColorTheDepthIsTheTerminals() throws {
            #expect(try HeadlessTerminal(theme: Self.red, environment: ["COLORTERM": "yes"]).screen.colorDepthPhrase == "in 256 colours")
            let off = try HeadlessTerminal(theme: Self.red, environment: ["COLORTERM": "truecolor", "NO_COLOR": "1"])
            #expect(off.screen.colorDepthPhrase == "without colour")
            // A family with no direct variant keeps its own type.
            #expect(try HeadlessTerminal(theme: Self.red, terminalType: "screen-256color", environment: ["COLORTERM": "truecolor"])
                .screen.colorDepthPhrase == "in 256 colours")
        }
    }
}

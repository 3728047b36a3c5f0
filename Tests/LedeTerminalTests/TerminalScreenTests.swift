import CNcursesw
import LedeReader
import Testing

@testable import LedeTerminal

extension ProcessStateTests {
    @Suite struct TerminalScreenTests {
        static let theme = Theme(
            name: "test",
            styles: [
                "title": TextStyle(bold: true),
                "pane.selection": TextStyle(reverse: true),
                "actor.a": TextStyle(foreground: .indexed(1)),
                "actor.b": TextStyle(foreground: .indexed(4)),
                "quote": TextStyle(foreground: .indexed(1), italic: true),
                "status": TextStyle(foreground: .terminalDefault, background: .rgb(red: 0, green: 0, blue: 255)),
            ])
        static let actorA = CellStyle(.actor(id: "a", index: 0))
        static let actorB = CellStyle(.actor(id: "b", index: 1))

        @Test func sizeComesFromTheTerminal() throws {
            let terminal = try HeadlessTerminal(theme: Self.theme, width: 33, height: 7)
            #expect(terminal.screen.size == (33, 7))
        }

        @Test func drawsTextAccentsAndWideCharacters() throws {
            let terminal = try HeadlessTerminal(theme: Self.theme)
            var frame = Frame(width: 40, height: 10)
            let end = frame.put("Hi é 漢x", x: 0, y: 0, style: .text)
            #expect(end == 8)
            frame.put("e\u{301}", x: 0, y: 1, style: .text)
            frame[2, 1] = Cell("\u{7}")  // a control put straight into a cell still reaches ncurses as its picture, ␇
            frame.put("Z", x: 39, y: 9, style: .text)
            terminal.screen.draw(frame)

            #expect(terminal.cell(x: 0, y: 0)?.text == "H")
            #expect(terminal.cell(x: 1, y: 0)?.text == "i")
            #expect(terminal.cell(x: 3, y: 0)?.text == "é")
            #expect(terminal.cell(x: 5, y: 0)?.text == "漢")
            // The right half of the wide character still belongs to it, and the next character
            // follows it.
            #expect(terminal.cell(x: 6, y: 0)?.text == "漢")
            #expect(terminal.cell(x: 7, y: 0)?.text == "x")
            #expect(terminal.cell(x: 0, y: 1)?.text == "e\u{301}")
            #expect(terminal.cell(x: 2, y: 1)?.text == "\u{2407}")
            #expect(terminal.cell(x: 39, y: 9)?.text == "Z")
        }

        @Test func stylesBecomeAttributesAndSharedColorPairs() throws {
            let terminal = try HeadlessTerminal(theme: Self.theme)
            var frame = Frame(width: 40, height: 10)
            frame.put("T", x: 0, y: 0, style: CellStyle(.title))
            frame.put("S", x: 1, y: 0, style: CellStyle(.paneSelection))
            frame.put("A", x: 2, y: 0, style: Self.actorA)
            frame.put("B", x: 3, y: 0, style: Self.actorB)
            frame.put("Q", x: 4, y: 0, style: CellStyle(.quote))
            frame.put("a", x: 5, y: 0, style: Self.actorA)
            frame.put("s", x: 6, y: 0, style: CellStyle(.status))
            frame.put("t", x: 7, y: 0, style: CellStyle(.quote).adding(.title))
            terminal.screen.draw(frame)

            let title = try #require(terminal.cell(x: 0, y: 0))
            let selection = try #require(terminal.cell(x: 1, y: 0))
            let actorA = try #require(terminal.cell(x: 2, y: 0))
            let actorB = try #require(terminal.cell(x: 3, y: 0))
            let quote = try #require(terminal.cell(x: 4, y: 0))
            let actorAAgain = try #require(terminal.cell(x: 5, y: 0))
            let status = try #require(terminal.cell(x: 6, y: 0))
            let boldQuote = try #require(terminal.cell(x: 7, y: 0))
            let plain = try #require(terminal.cell(x: 8, y: 0))

            #expect(title.attributes & lede_attr_bold() != 0)
            #expect(title.attributes & lede_attr_reverse() == 0)
            #expect(selection.attributes & lede_attr_reverse() != 0)
            #expect(selection.attributes & lede_attr_bold() == 0)
            #expect(quote.attributes & lede_attr_italic() != 0)
            #expect(
                boldQuote.attributes & (lede_attr_italic() | lede_attr_bold()) == lede_attr_italic() | lede_attr_bold())
            #expect(title.pair == 0 && plain.pair == 0)

            #expect(actorA.pair != 0)
            #expect(actorB.pair != 0)
            #expect(actorA.pair != actorB.pair)
            #expect(actorAAgain.pair == actorA.pair)
            #expect(quote.pair == actorA.pair)
            #expect(boldQuote.pair == actorA.pair)
            #expect(terminal.colors(ofPair: actorA.pair) == (1, -1))
            #expect(terminal.colors(ofPair: actorB.pair) == (4, -1))
            #expect(terminal.colors(ofPair: status.pair) == (-1, 21))
        }

        @Test func drawsOnlyCellsThatChanged() throws {
            let terminal = try HeadlessTerminal(theme: Self.theme)
            var frame = Frame(width: 40, height: 10)
            frame.put("abc", x: 0, y: 0, style: .text)
            terminal.screen.draw(frame)
            // Something outside Lede writes into the window; an unchanged frame cell keeps it.
            mvwaddch(lede_stdscr(), 0, 1, chtype(UInt8(ascii: "#")))
            frame.put("X", x: 2, y: 0, style: .text)
            terminal.screen.draw(frame)
            #expect(terminal.cell(x: 1, y: 0)?.text == "#")
            #expect(terminal.cell(x: 2, y: 0)?.text == "X")

            // A wide character replaced by two narrow ones, and the other way round.
            frame.put("漢", x: 4, y: 0, style: .text)
            frame.put("ab", x: 6, y: 0, style: .text)
            terminal.screen.draw(frame)
            frame.put("cd", x: 4, y: 0, style: .text)
            frame.put("字", x: 6, y: 0, style: .text)
            terminal.screen.draw(frame)
            #expect(terminal.cell(x: 4, y: 0)?.text == "c")
            #expect(terminal.cell(x: 5, y: 0)?.text == "d")
            #expect(terminal.cell(x: 6, y: 0)?.text == "字")
            #expect(terminal.cell(x: 8, y: 0)?.text == " ")
        }

        @Test func redrawsEverythingAfterAResize() throws {
            let terminal = try HeadlessTerminal(theme: Self.theme)
            var frame = Frame(width: 40, height: 10)
            frame.put("abc", x: 0, y: 0, style: .text)
            terminal.screen.draw(frame)
            mvwaddch(lede_stdscr(), 0, 1, chtype(UInt8(ascii: "#")))
            resizeterm(12, 50)
            #expect(terminal.screen.nextEvent() == .resize(width: 50, height: 12))
            terminal.screen.draw(frame)
            #expect(terminal.cell(x: 1, y: 0)?.text == "b")
        }

        @Test func clipsFramesLargerThanTheTerminal() throws {
            let terminal = try HeadlessTerminal(theme: Self.theme, width: 10, height: 3)
            var frame = Frame(width: 12, height: 5)
            frame.put("abcdefghi", x: 0, y: 1, style: .text)
            frame.put("ROW2", x: 0, y: 2, style: .text)
            terminal.screen.draw(frame)
            // Only the wide character changes: it must not wrap onto the next row.
            frame.put("漢", x: 9, y: 1, style: .text)
            terminal.screen.draw(frame)
            #expect(terminal.cell(x: 8, y: 1)?.text == "i")
            #expect(terminal.cell(x: 9, y: 1)?.text == " ")
            #expect(terminal.cell(x: 0, y: 2)?.text == "R")
            #expect(terminal.cell(x: 1, y: 2)?.text == "O")
        }

        @Test func readsKeys() throws {
            let terminal = try HeadlessTerminal(theme: Self.theme)
            terminal.type("j")
            terminal.type([0x1B, 0x4F, 0x41])  // Up, as xterm sends it in keypad mode
            terminal.type([0x1B, 0x5B, 0x36, 0x7E])  // Page Down
            terminal.type([0x1B, 0x5B, 0x5A])  // Shift-Tab
            terminal.type("\r\n\t")
            terminal.type([0x7F, 0x08, 0x04, 0x00])
            terminal.type("é漢 ")
            terminal.type([0x1B])
            terminal.type("q")
            terminal.endKeyboard()

            var events: [InputEvent] = []
            while let event = terminal.screen.nextEvent() { events.append(event) }
            #expect(
                events == [
                    .key(.character("j")), .key(.up), .key(.pageDown), .key(.backTab),
                    .key(.enter), .key(.enter), .key(.tab),
                    .key(.backspace), .key(.backspace), .key(.control("d")),
                    .key(.character("é")), .key(.character("漢")), .key(.character(" ")),
                    .key(.escape), .key(.character("q")),
                ])
        }

        @Test func loopRendersAtTheNewSizeAfterAResize() throws {
            let terminal = try HeadlessTerminal(theme: Self.theme, width: 20, height: 5)
            terminal.type("jq")
            var sizes: [String] = []
            var events: [InputEvent] = []
            TerminalLoop.run(
                screen: terminal.screen,
                render: { width, height in
                    sizes.append("\(width)x\(height)")
                    var frame = Frame(width: width, height: height)
                    frame.put("\(width)", x: width - 2, y: height - 1, style: .text)
                    return frame
                },
                handle: { loopEvent in
                    guard case .input(let event) = loopEvent else { return true }
                    events.append(event)
                    // The window is resized while the key is handled, as SIGWINCH would.
                    if event == .key(.character("j")) { resizeterm(8, 30) }
                    return event != .key(.character("q"))
                })
            #expect(events == [.key(.character("j")), .resize(width: 30, height: 8), .key(.character("q"))])
            #expect(sizes == ["20x5", "30x8", "30x8"])
            #expect(terminal.cell(x: 28, y: 7)?.text == "3")
            #expect(terminal.cell(x: 29, y: 7)?.text == "0")
        }

        @Test func finishedWorkWakesTheLoopWithNoKeyPressed() throws {
            let terminal = try HeadlessTerminal(theme: Self.theme)
            let runner = WorkRunner()
            var draws = 0
            var events: [LoopEvent] = []
            var messages: [ReaderMessage] = []
            runner.start(ReaderWork(.search) { .copied(true) })
            TerminalLoop.run(
                screen: terminal.screen,
                render: { width, height in
                    draws += 1
                    return Frame(width: width, height: height)
                },
                handle: { event in
                    events.append(event)
                    messages += runner.takeFinished()
                    return false
                })
            #expect(events == [.workFinished])
            #expect(messages.count == 1)
            if case .copied(true)? = messages.first {} else { Issue.record("the work's message did not come back: \(messages)") }
            #expect(draws == 1)
        }

        @Test func loopEndsWhenInputEnds() throws {
            let terminal = try HeadlessTerminal(theme: Self.theme)
            terminal.type("j")
            terminal.endKeyboard()
            var count = 0
            TerminalLoop.run(
                screen: terminal.screen, render: { Frame(width: $0, height: $1) },
                handle: { _ in
                    count += 1
                    return true
                })
            #expect(count == 1)
        }

        @Test func unknownTerminalTypeThrows() {
            #expect(throws: TerminalError.unknownTerminalType("no-such-terminal-lede")) {
                try TerminalScreen(
                    theme: Self.theme, output: lede_stdout(), input: lede_stdin(), terminalType: "no-such-terminal-lede"
                )
            }
        }
    }
}

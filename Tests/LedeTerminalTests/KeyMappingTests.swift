import CNcursesw
import LedeReader
import Testing

@testable import LedeTerminal

struct KeyMappingTests {
    @Test func controlCharacters() {
        #expect(KeyMapping.key(character: 1) == .control("a"))
        #expect(KeyMapping.key(character: 4) == .control("d"))
        #expect(KeyMapping.key(character: 26) == .control("z"))
        #expect(KeyMapping.key(character: 8) == .backspace)
        #expect(KeyMapping.key(character: 127) == .backspace)
        #expect(KeyMapping.key(character: 9) == .tab)
        #expect(KeyMapping.key(character: 10) == .enter)
        #expect(KeyMapping.key(character: 13) == .enter)
        #expect(KeyMapping.key(character: 27) == .escape)
        #expect(KeyMapping.key(character: 0) == nil)
        #expect(KeyMapping.key(character: 28) == nil)
        #expect(KeyMapping.key(character: 0x85) == nil)
        #expect(KeyMapping.key(character: 0xD800) == nil)
    }

    @Test func numberedFunctionKeys() {
        #expect(KeyMapping.key(functionKey: KEY_F0 + 1) == .function(1))
        #expect(KeyMapping.key(functionKey: KEY_F0 + 12) == .function(12))
    }

    @Test func theKeyMapsTerminalBindingIsTheKeyTheScreenTakes() {
        let terminal = KeyMap.bindings.filter { if case .terminal = $0.action { true } else { false } }
        #expect(terminal.flatMap(\.sequences) == [[KeyMapping.repaint]])
    }

    @Test func printableCharacters() {
        #expect(KeyMapping.key(character: 0x20) == .character(" "))
        #expect(KeyMapping.key(character: 0x71) == .character("q"))
        #expect(KeyMapping.key(character: 0xE9) == .character("é"))
        #expect(KeyMapping.key(character: 0x1F600) == .character("😀"))
    }

    @Test func functionKeys() {
        #expect(KeyMapping.key(functionKey: KEY_UP) == .up)
        #expect(KeyMapping.key(functionKey: KEY_NPAGE) == .pageDown)
        #expect(KeyMapping.key(functionKey: KEY_PPAGE) == .pageUp)
        #expect(KeyMapping.key(functionKey: KEY_ENTER) == .enter)
        #expect(KeyMapping.key(functionKey: KEY_BTAB) == .backTab)
        #expect(KeyMapping.key(functionKey: KEY_MOUSE) == nil)
    }
}

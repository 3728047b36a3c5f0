@testable import LedeKit
import Testing

/// Cleaning repairs only the windows where a repair could act, and gives the same text and the
/// same repairs as the repair of the whole text; plain output gives the same text.
@Suite struct RepairWindowsTests {
    /// Pieces of text, damaged and not, written for these tests.
    static let pieces = [
        "The council met on Tuesday and voted to keep the library open. ",
        "“We will see,” the mayor said — and then, after a pause… “maybe.” ",
        "The cafÃ© on the corner donâ€™t open before nine. ",
        "AT&amp;T and the &Atilde;&copy; of a bad page, &#8220;quoted&#8221;. ",
        "She said \u{93}never\u{94} twice. ",
        "voilÃ le travail, Ã perturber, and Â the end. ",
        "Ð¿Ñ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€ ",
        "привет мир, как дела у вас сегодня? ",
        "pÃ¥ fjellet Å¡ and Å se, with ø far off. ",
        "naÃ¯ve eÌ\u{81}cole, the e\u{301} stays. ",
        "Rock ’n’ roll’s “best” year? Nobody knows é ? Ã? ",
        "\u{C3}\u{FFFD} lost, and Ã\u{A0}la carte. ",
        "\n\nA new paragraph opens here.\n",
        "caf√© and na√Øve, in Mac OS Roman. ",
    ]

    /// Text far from a window that changes what the mojibake repair counts over the whole text:
    /// another script's letters, characters beyond ASCII, a Nordic letter.
    static let surroundings = [
        String(repeating: "Сегодня в городе прошёл большой праздник, и все жители вышли на улицы. ", count: 4),
        String(repeating: "Σήμερα η πόλη γιορτάζει και όλοι βγήκαν στους δρόμους. ", count: 4),
        "“Quoted” ‘words’ — here… ",
        "på fjellet ø ",
        "",
    ]

    /// A text of `count` pieces chosen by a fixed sequence, with ASCII filler of varied length between them.
    static func text(seed: UInt64, count: Int) -> String {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var text = ""
        for _ in 0..<count {
            text += pieces[next() % pieces.count]
            text += String(repeating: "word ", count: next() % 80)
        }
        return text
    }

    /// Checks that cleaning `text` over windows gives what cleaning it whole gives.
    private func expectSameAsWhole(_ text: String) {
        let bytes = Array(text.utf8)
        let whole = TextCleaner.cleanWhole(TextDecoder.decode(bytes))
        #expect(TextCleaner.clean(bytes) == whole, "\(text)")
        #expect(TextCleaner.repairedText(bytes) == whole.text, "\(text)")
    }

    @Test(arguments: 0..<40)
    func windowsGiveWhatTheWholeTextGives(seed: Int) {
        expectSameAsWhole(Self.text(seed: UInt64(seed), count: 2 + seed % 12))
    }

    @Test(arguments: pieces)
    func eachPieceAloneAndFarApart(piece: String) {
        let filler = String(repeating: "plain words here ", count: 12)
        var texts = [piece, filler + piece + filler, piece + filler + piece]
        for far in Self.surroundings {
            texts += [far + filler + piece, piece + filler + far, far + filler + piece + filler + piece + filler + far]
        }
        texts.forEach(expectSameAsWhole)
    }

    @Test func aTextWithStrandedMarksIsRepairedWhole() {
        let bytes = Array("It\u{E2}s done, isn\u{E2}t it? They\u{E2}re here.".utf8)
        #expect(TextCleaner.repairedText(bytes) == "It\u{2019}s done, isn\u{2019}t it? They\u{2019}re here.")
    }

    @Test func typographyAloneOpensNoWindow() {
        let text = "“Yes,” she said — twice… and it’s done. " + String(repeating: "x", count: 1000)
        var copy = text
        #expect(copy.withUTF8 { RepairWindows($0).ranges }.isEmpty)
    }

    @Test func aWindowHoldsItsTriggerAndTheMarginAndEndsInASCII() {
        let before = String(repeating: "a", count: 500), after = String(repeating: "b", count: 500)
        var text = before + "cafÃ©" + after
        let ranges = text.withUTF8 { RepairWindows($0).ranges }
        let trigger = before.utf8.count + 3
        #expect(ranges == [(trigger - RepairWindows.margin)..<(trigger + 2 + 1 + RepairWindows.margin)])
    }
}

import LedeKit
import Testing

/// Search with smart case, read through typography and accents, and as a regular expression.
@Suite struct SearchTests {
    /// The matches of `query` in `text`, as the matched text.
    private func found(_ query: String, in text: String) throws -> [String] {
        let scalars = Array(text.unicodeScalars)
        let searchable = SearchableText(text: text)
        return try searchable.matches(of: TextSearch(query)).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    let text = "Kerry met Lavrov. kerry-watchers noted that KERRY smiled; don’t ask."

    @Test func lowerCaseQueryIgnoresCase() throws {
        #expect(try found("kerry", in: text) == ["Kerry", "kerry", "KERRY"])
    }

    @Test func queryWithACapitalMatchesExactly() throws {
        #expect(try found("Kerry", in: text) == ["Kerry"])
        #expect(try found("KERRY", in: text) == ["KERRY"])
    }

    @Test func typographyIsReadBothWays() throws {
        #expect(try found("don't", in: text) == ["don’t"])
        #expect(try found("don’t", in: "I don't know") == ["don't"], "a curly query finds a straight apostrophe")
        #expect(try found("\"yes\"", in: "She said “yes” and ''yes''.") == ["“yes”", "''yes''"])
        #expect(try found("1990-2000", in: "from 1990–2000 and 1990—2000") == ["1990–2000", "1990—2000"])
        #expect(try found("wait...", in: "Wait… and wait...") == ["Wait…", "wait..."])
        #expect(try found("al assad", in: "Bashar al\u{A0}Assad") == ["al\u{A0}Assad"])
    }

    @Test func accentsAreOptionalUnlessTyped() throws {
        #expect(try found("erdogan", in: "Recep Erdoğan spoke") == ["Erdoğan"])
        #expect(try found("dusseldorf", in: "in Düsseldorf today") == ["Düsseldorf"])
        #expect(try found("strasse", in: "die Straße") == ["Straße"])
        #expect(try found("café", in: "a café, not a cafe") == ["café"])
        #expect(try found("cafe", in: "a café, not a cafe") == ["café", "cafe"])
    }

    @Test func aMatchInsideAnEllipsisTakesAllOfIt() throws {
        #expect(try found("t..", in: "Wait…") == ["t…"])
    }

    @Test func regularExpressionsAfterBackslashV() throws {
        #expect(try found("\\vk[a-z]+y", in: text) == ["Kerry", "kerry", "KERRY"])
        #expect(try found("\\vLavrov|Kerry", in: text) == ["Kerry", "Lavrov"])
        #expect(try found("\\v^Kerry", in: "Kerry and Kerry") == ["Kerry"])
    }

    @Test func regexAnchorsMatchAtEachLine() throws {
        let paragraphs = "Tallis spoke first.\n\nMoreno replied at length.\nTallis again"
        #expect(try found("\\v^Tallis", in: paragraphs) == ["Tallis", "Tallis"])
        #expect(try found("\\v^Moreno", in: paragraphs) == ["Moreno"])
        #expect(try found("\\vlength\\.$", in: paragraphs) == ["length."])
    }

    @Test func regexOffsetsCountScalars() throws {
        // “é” as e + combining accent: two scalars, one character.
        let searchable = SearchableText(text: "Cafe\u{301} and Kerry")
        #expect(searchable.matches(of: try TextSearch("\\vKerry")) == [10..<15])
    }

    @Test func aBadPatternSaysWhy() {
        #expect(throws: TextSearch.Problem.self) { try TextSearch("\\v(unclosed") }
        do {
            _ = try TextSearch("\\v[z-a]")
            Issue.record("an inverted range compiled")
        } catch {
            #expect(error.description.hasPrefix("bad pattern"))
        }
    }

    @Test func noMatchesAndEmptyQuery() throws {
        #expect(try found("zebra", in: text).isEmpty)
        #expect(try found("", in: text).isEmpty)
        #expect(try found("\\v", in: text).isEmpty)
    }
}

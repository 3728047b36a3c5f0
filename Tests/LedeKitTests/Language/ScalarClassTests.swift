@testable import LedeKit
import Testing

/// The scalar classes' ASCII shortcuts and the scalar-to-string builder.
@Suite struct ScalarClassTests {
    /// Every scalar of the first two planes' common blocks: ASCII, Latin-1 and beyond.
    private static let sample: [Unicode.Scalar] = (0..<0x3000).compactMap(Unicode.Scalar.init)

    @Test func wordCharactersAreLettersAndDigits() {
        for scalar in Self.sample {
            let expected = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            #expect(scalar.isWordCharacter == expected, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func spacesAreUnicodeWhiteSpace() {
        for scalar in Self.sample {
            #expect(scalar.isSpace == scalar.properties.isWhitespace, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func upperCaseLettersAreUnicodeUpperCase() {
        for scalar in Self.sample {
            #expect(scalar.isUppercaseLetter == scalar.properties.isUppercase, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isLowercaseLetter == scalar.properties.isLowercase, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func caseMappingsAreUnicodesSingleScalarOnes() {
        for scalar in Self.sample {
            let lower = Array(scalar.properties.lowercaseMapping.unicodeScalars)
            let upper = Array(scalar.properties.uppercaseMapping.unicodeScalars)
            #expect(scalar.lowercasedScalar == (lower.count == 1 ? lower[0] : scalar), "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.uppercasedScalar == (upper.count == 1 ? upper[0] : scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func stringOfScalarsKeepsEveryScalar() {
        let words = ["", "a", "Minister", "naïve café", "Ærø’s “fjord”", "東京 🌍 emoji", "a longer sentence than fifteen bytes"]
        for word in words {
            let scalars = Array(word.unicodeScalars)
            #expect(String(scalars: scalars[...]) == word)
            #expect(String(scalars: scalars.dropFirst(min(1, scalars.count))) == String(String.UnicodeScalarView(scalars.dropFirst(min(1, scalars.count)))))
        }
    }
}

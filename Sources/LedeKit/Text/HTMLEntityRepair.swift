/// Decodes the HTML character references that scrapers leave in text: `&amp;`, `&quot;`,
/// `&rsquo;`, `&nbsp;`, `&mdash;`, `&#8217;`, `&#x2019;`.
///
/// Only well-formed references are decoded: `&` and a known name (case-sensitive, see
/// ``HTMLEntities``) or `#` and decimal digits or `#x` and hexadecimal digits, closed by `;`.
/// "AT&T", "&c" and "&unknown;" stay. As browsers do, a number in 0x80–0x9F means the
/// Windows-1252 character of that byte (`&#146;` is ’). A number that names no character, a
/// surrogate or a control character (line ends and tabs included) is left as it is. Each
/// reference is decoded once: "&amp;amp;" becomes "&amp;".
public enum HTMLEntityRepair {
    /// The longest name or number considered, with its `#` or `#x`.
    private static let longestBody = 32

    /// Decodes the character references in `text`.
    public static func repair(_ text: String) -> RepairedText {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return RepairedText(text: text, repairs: []) }
        let input = Array(text.unicodeScalars)
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var repairs: [TextRepair] = []
        var index = 0
        while index < input.count {
            guard input[index] == "&", let (scalar, end) = reference(at: index, in: input) else {
                output.append(input[index])
                index += 1
                continue
            }
            repairs.append(
                TextRepair(
                    range: output.count..<(output.count + 1), original: TrackedText.string(input[index..<end]),
                    replacement: String(scalar), kind: .htmlEntity))
            output.append(scalar)
            index = end
        }
        return RepairedText(text: TrackedText.string(output), repairs: repairs)
    }

    /// The character of the reference starting with the `&` at `start`, and where the reference ends.
    private static func reference(at start: Int, in input: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        let limit = min(input.count, start + 2 + longestBody)
        guard let semicolon = input[(start + 1)..<limit].firstIndex(of: ";") else { return nil }
        let body = String(String.UnicodeScalarView(input[(start + 1)..<semicolon]))
        guard let value = value(of: body), let scalar = character(for: value) else { return nil }
        return (scalar, semicolon + 1)
    }

    /// The code point `body` (between `&` and `;`) names.
    private static func value(of body: String) -> UInt32? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            let digits = body.dropFirst(2)
            guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(\.isHexDigit) else { return nil }
            return UInt32(digits, radix: 16)
        }
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            guard !digits.isEmpty, digits.count <= 7, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return UInt32(digits)
        }
        guard let first = body.unicodeScalars.first, first.properties.isASCIIHexDigit || first.isASCII && first.properties.isAlphabetic,
            body.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        else { return nil }
        return HTMLEntities.named[body]
    }

    /// The character a reference to `value` stands for, if it is one text should hold.
    private static func character(for value: UInt32) -> Unicode.Scalar? {
        if (0x80...0x9F).contains(value) {
            let character = Windows1252.scalar(for: UInt8(value))
            return character.value == value ? nil : character
        }
        guard value >= 0x20, value != 0x7F, let scalar = Unicode.Scalar(value) else { return nil }
        return scalar
    }
}

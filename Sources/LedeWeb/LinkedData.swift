import Foundation

/// What a page's JSON-LD says about its article (schema.org `NewsArticle` and kin).
struct LinkedData {
    var headline: String?
    var authors: [String] = []
    var published: String?
    var publisher: String?

    /// The deepest nesting of arrays and objects read; deeper scripts are skipped whole.
    static let maximumDepth = 64
    /// The largest script read, in bytes.
    static let maximumSize = 1 << 20

    /// The first article described in `scripts`, or an empty description.
    init(scripts: [[UInt8]]) {
        for script in scripts where script.count <= Self.maximumSize && Self.depth(of: script) <= Self.maximumDepth {
            guard let json = try? JSONSerialization.jsonObject(with: Data(script), options: [.fragmentsAllowed]),
                let article = Self.article(in: json)
            else { continue }
            headline = Self.string(article["headline"])
            authors = Self.names(article["author"])
            published = Self.string(article["datePublished"])
            publisher = Self.names(article["publisher"]).first
            return
        }
    }

    /// The first object, depth first, whose `@type` ends in `Article` or `Posting`.
    private static func article(in json: Any) -> [String: Any]? {
        var pending: [Any] = [json]
        while let value = pending.popLast() {
            if let array = value as? [Any] {
                pending.append(contentsOf: array.reversed())
            } else if let object = value as? [String: Any] {
                let types = (object["@type"] as? [Any] ?? [object["@type"] as Any]).compactMap { $0 as? String }
                if types.contains(where: { $0.hasSuffix("Article") || $0.hasSuffix("Posting") }) { return object }
                if let graph = object["@graph"] { pending.append(graph) }
            }
        }
        return nil
    }

    /// The names in a person, an organisation, a string, or a list of them.
    private static func names(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        return string(value).map { [$0] } ?? []
    }

    /// A non-empty string, white space collapsed.
    private static func string(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        let collapsed = string.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }

    /// How deeply brackets nest in `bytes` (brackets inside strings count too: an overestimate).
    private static func depth(of bytes: [UInt8]) -> Int {
        var depth = 0, deepest = 0
        for byte in bytes {
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                depth += 1
                deepest = max(deepest, depth)
            } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                depth -= 1
            }
        }
        return deepest
    }
}

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

    /// The first article described in `scripts`, or an empty description. A person or an
    /// organisation given by reference (`"author": {"@id": "…"}`, as a `@graph` does) is
    /// looked up among the script's objects.
    init(scripts: [[UInt8]]) {
        for script in scripts where script.count <= Self.maximumSize && Self.depth(of: script) <= Self.maximumDepth {
            guard let json = Self.parse(script), let article = Self.article(in: json) else { continue }
            let objects = Self.objectsByID(in: json)
            headline = Self.string(article["headline"])
            authors = Self.names(article["author"], objects: objects)
            published = Self.string(article["datePublished"])
            publisher = Self.names(article["publisher"], objects: objects).first
            return
        }
    }

    /// The JSON in `script`; a script that escapes apostrophes (`\'`, which JSON lacks) is
    /// read with them unescaped.
    private static func parse(_ script: [UInt8]) -> Any? {
        if let json = try? JSONSerialization.jsonObject(with: Data(script), options: [.fragmentsAllowed]) { return json }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(script.count)
        var index = 0
        while index < script.count {
            if script[index] == UInt8(ascii: "\\"), index + 1 < script.count {
                if script[index + 1] != UInt8(ascii: "'") { unescaped.append(script[index]) }
                unescaped.append(script[index + 1])
                index += 2
            } else {
                unescaped.append(script[index])
                index += 1
            }
        }
        guard unescaped.count < script.count else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(unescaped), options: [.fragmentsAllowed])
    }

    /// Every object in `json` that has an `@id`, by it.
    private static func objectsByID(in json: Any) -> [String: [String: Any]] {
        var objects: [String: [String: Any]] = [:]
        var pending: [Any] = [json]
        while let value = pending.popLast() {
            if let array = value as? [Any] {
                pending.append(contentsOf: array)
            } else if let object = value as? [String: Any] {
                if let id = object["@id"] as? String, object["name"] != nil, objects[id] == nil { objects[id] = object }
                pending.append(contentsOf: object.values)
            }
        }
        return objects
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

    /// The names in a person, an organisation (or a reference to one among `objects`), a
    /// string, or a list of them.
    private static func names(_ value: Any?, objects: [String: [String: Any]]) -> [String] {
        if let array = value as? [Any] { return array.flatMap { names($0, objects: objects) } }
        if let object = value as? [String: Any] {
            let named = object["name"] == nil ? (object["@id"] as? String).flatMap { objects[$0] } ?? object : object
            return string(named["name"]).map { [$0] } ?? []
        }
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

import CLibXML2

/// The attributes of one element that the article finder reads.
struct ElementAttributes {
    /// The `class` and `id`, joined by a space.
    var names: [UInt8] = []
    /// Whether the element is hidden: `hidden`, `aria-hidden="true"`, a `display: none` or
    /// `visibility: hidden` style, or a role that marks a page's furniture.
    var hidden = false
    /// A `<meta>`'s `property`, `name` or `itemprop`, lowercased.
    var key: String?
    /// A `<meta>`'s `content`.
    var content: String?
    /// Whether a `<link>` is `rel="canonical"`.
    var isCanonical = false
    /// A `<link>`'s `href`.
    var href: String?
    /// Whether a `<script>` holds JSON-LD.
    var isLinkedData = false
    /// An `<ol>`'s `start`: the number of its first item.
    var start: Int?
    /// Whether the element names the article's author: `rel="author"`, `itemprop="author"`.
    var isAuthor = false
    /// Whether it holds a name (`itemprop="name"`), inside an author's element.
    var isName = false

    /// Roles that mark what is not the article.
    static let furnitureRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar"]

    /// The attributes of `node`.
    init(_ node: xmlNodePtr) {
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            let name = String(cString: current.pointee.name).lowercased()
            let value = NodeText.bytes(from: current.pointee.children)
            switch name {
            case "class", "id":
                if !names.isEmpty { names.append(0x20) }
                names.append(contentsOf: value)
            case "hidden":
                hidden = true
            case "aria-hidden":
                hidden = hidden || Self.lowercased(value) == Array("true".utf8)
            case "style":
                let style = Self.lowercased(value).filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }
                hidden = hidden || Self.contains(style, "display:none") || Self.contains(style, "visibility:hidden")
            case "role":
                hidden = hidden || Self.furnitureRoles.contains(String(decoding: Self.lowercased(value), as: UTF8.self))
            case "property", "name", "itemprop":
                if key == nil { key = String(decoding: Self.lowercased(value), as: UTF8.self) }
                if name == "itemprop" {
                    let words = Self.words(value)
                    isAuthor = isAuthor || words.contains("author")
                    isName = words.contains("name")
                }
            case "content":
                content = String(decoding: value, as: UTF8.self)
            case "rel":
                let words = Self.words(value)
                isCanonical = words.contains("canonical")
                isAuthor = isAuthor || words.contains("author")
            case "href":
                href = String(decoding: value, as: UTF8.self)
            case "start":
                start = Int(String(decoding: value.filter { $0 != 0x20 }, as: UTF8.self))
            case "type":
                isLinkedData = Self.lowercased(value) == Array("application/ld+json".utf8)
            default:
                break
            }
        }
    }

    /// The words of an attribute's value, lowercased.
    private static func words(_ bytes: [UInt8]) -> Set<String> {
        Set(lowercased(bytes).split { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }.map { String(decoding: $0, as: UTF8.self) })
    }

    private static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }

    private static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        HTMLCharset.find(Array(needle.utf8), in: bytes[...], from: 0) != nil
    }
}

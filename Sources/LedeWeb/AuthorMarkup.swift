import CLibXML2

/// The author a page marks up in its own elements: a link `rel="author"`, or an element
/// `itemprop="author"` (schema.org microdata) and the `itemprop="name"` inside it.
enum AuthorMarkup {
    /// The longest name taken, in scalars: longer text is a biography, not a byline.
    static let maximumLength = 80

    /// The name that the author element `node` holds: the `content` or text of the first
    /// element inside it marked `itemprop="name"`, else all its text; `nil` when that is empty
    /// or too long.
    static func name(in node: xmlNodePtr) -> String? {
        var named: [UInt8]?
        NodeText.visitDescendants(of: node) { descendant in
            guard descendant.pointee.type == XML_ELEMENT_NODE else { return .skip }
            let attributes = ElementAttributes(descendant)
            guard attributes.isName else { return attributes.hidden ? .skip : .descend }
            named = attributes.content.map { Array($0.utf8) } ?? NodeText.deepBytes(of: descendant)
            return .stop
        }
        let text = String(decoding: named ?? NodeText.deepBytes(of: node), as: UTF8.self)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !text.isEmpty, text.unicodeScalars.count <= maximumLength else { return nil }
        return text
    }
}

import CLibXML2
import LedeKit

/// A page flattened in one walk of its parsed tree: the elements that hold text, in document
/// order, and the paragraphs of text inside them, with what the page says about itself.
///
/// The walk follows libxml2's parent and sibling links, with no recursion, so a page nested as
/// deep as ``HTMLDocument`` allows costs what a flat one does. Left out, with everything inside
/// them: scripts, styles, navigation, headers, footers, asides, forms, figures and their
/// captions, inline captions and credits, comments, hidden elements. Elements ``ElementHints`` finds unlikely are kept, marked: a site may call
/// the wrapper of its whole page `ad-margins`.
struct PageTree {
    /// An element that holds paragraphs or other such elements.
    struct Element {
        /// The enclosing element's index, or `nil` at the top.
        var parent: Int?
        /// The element's role.
        var role: TagRole
        /// The lowercase tag name.
        var name: String
        /// What its class and id say.
        var hint: Int
        /// Whether its class and id call it unlikely to hold the article, or those of an element
        /// around it do.
        var unlikely: Bool
        /// Its class and id, to tell siblings of a kind.
        var names: [UInt8]
        /// One past the index of the last element inside it (elements are in document order).
        var end = 0
    }

    /// One paragraph of text.
    struct Block {
        /// The element the text is directly inside.
        var element: Int
        var kind: BlockKind
        var text: String
        /// Its length in Unicode scalars, and how much of that is inside links.
        var length: Int
        var linkLength: Int
        var commas: Int
        /// Whether it is inside a `<blockquote>` (and so set in quotation marks).
        var quoted = false
    }

    var elements: [Element] = []
    var blocks: [Block] = []
    /// The page's `<title>`.
    var title: String?
    /// Each `<meta>`'s `content`, by its `property`, `name` or `itemprop`, lowercased; the first wins.
    var meta: [String: String] = [:]
    /// The first canonical `<link>`'s `href`.
    var canonical: String?
    /// The text of each JSON-LD script.
    var linkedData: [[UInt8]] = []
    /// The author's name the first element marked as the author gives (see ``AuthorMarkup``).
    var author: String?

    /// An empty tree, for a walk to fill.
    fileprivate init() {}

    /// The tree of `document`.
    init(_ document: HTMLDocument, hints: ElementHints = .standard) {
        var walker = Walker(hints: hints)
        walker.walk(xmlDocGetRootElement(document.pointer))
        self = walker.tree
    }
}

/// The state of one walk.
private struct Walker {
    let hints: ElementHints
    var tree = PageTree()
    /// The open elements, innermost last.
    var open: [Int] = []
    var linkDepth = 0
    var buffer: [UInt8] = []
    var pendingSpace = false
    /// Whether an inline element just closed on a parenthesis: a dateline set apart by markup
    /// alone (`<cite>Paris (Wire)</cite>The…`), which needs a space before a following letter.
    var closedOnParenthesis = false
    var length = 0, linkLength = 0, commas = 0
    /// The number of the next item of each open `<ol>`, by element index.
    var nextNumber: [Int: Int] = [:]
    /// The bullet or number of the list item opened last, and its element's index, until its
    /// first paragraph takes it.
    var pendingMarker: (text: String, element: Int)?
    /// How many `<blockquote>` elements are open.
    var quoteDepth = 0
    /// How many elements marked as the author were read for a name (none had one).
    var authorTries = 0
    /// The most elements marked as the author read for a name: each is read whole, so a page
    /// of such elements nested one in another is read a bounded number of times.
    static let maximumAuthorTries = 8
    var verdicts: [[UInt8]: ElementHints.Verdict] = [:]

    /// Tags never taken for unlikely, whatever their class.
    static let likelyTags: Set<String> = ["html", "body", "article", "main"]

    init(hints: ElementHints) {
        self.hints = hints
    }

    mutating func walk(_ root: xmlNodePtr?) {
        guard let root else { return }
        var node = root
        while true {
            if enter(node), let child = node.pointee.children {
                node = child
                continue
            }
            // Done with `node`: on to its next sibling, leaving each parent on the way up.
            var current = node
            while true {
                if current == root {
                    flush()
                    return
                }
                if let next = current.pointee.next {
                    node = next
                    break
                }
                guard let parent = current.pointee.parent else {
                    flush()
                    return
                }
                leave(parent)
                current = parent
            }
        }
    }

    /// Takes in `node`; whether the walk goes into its children.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { append(content) }
            return false
        case XML_ELEMENT_NODE:
            break
        default:
            return false
        }
        let name = String(cString: node.pointee.name)
        let role = TagRole.of(name)
        let attributes = ElementAttributes(node)
        if attributes.hidden { return false }
        if attributes.isAuthor, name != "meta" { readAuthor(node) }
        switch role {
        case .dropped:
            // Bylines sit in headers and asides too.
            if tree.author == nil, authorTries < Self.maximumAuthorTries {
                NodeText.visitDescendants(of: node) { descendant in
                    guard descendant.pointee.type == XML_ELEMENT_NODE else { return .skip }
                    let attributes = ElementAttributes(descendant)
                    if attributes.hidden { return .skip }
                    guard attributes.isAuthor else { return .descend }
                    readAuthor(descendant)
                    return tree.author != nil || authorTries >= Self.maximumAuthorTries ? .stop : .skip
                }
            }
            return false
        case .title:
            if tree.title == nil { tree.title = Self.text(of: node) }
            return false
        case .meta:
            if let key = attributes.key, let content = attributes.content, tree.meta[key] == nil { tree.meta[key] = content }
            return false
        case .pageLink:
            if attributes.isCanonical, tree.canonical == nil { tree.canonical = attributes.href }
            return false
        case .script:
            if attributes.isLinkedData { tree.linkedData.append(NodeText.bytes(from: node.pointee.children)) }
            return false
        case .lineBreak:
            flush()
            return false
        case .inline:
            // A caption set inline in a paragraph (`<span class="caption">…</span><span
            // class="credit">…</span>`) would run into the text around it.
            return node.pointee.children != nil && !verdict(attributes.names).caption
        case .link:
            guard node.pointee.children != nil else { return false }
            linkDepth += 1
            return true
        case .container, .paragraph:
            let verdict = verdict(attributes.names)
            let unlikely = (verdict.unlikely && !Self.likelyTags.contains(name)) || open.last.map { tree.elements[$0].unlikely } == true
            flush()
            tree.elements.append(PageTree.Element(
                parent: open.last, role: role, name: name, hint: verdict.weight, unlikely: unlikely, names: attributes.names))
            let index = tree.elements.count - 1
            if name == "ol" { nextNumber[index] = attributes.start ?? 1 }
            if name == "li" { pendingMarker = (marker(), index) }
            if name == "blockquote" { quoteDepth += 1 }
            open.append(index)
            if node.pointee.children == nil { close() }
            return node.pointee.children != nil
        }
    }

    /// Takes the name the author element `node` holds, while no element before it gave one.
    private mutating func readAuthor(_ node: xmlNodePtr) {
        guard tree.author == nil, authorTries < Self.maximumAuthorTries else { return }
        authorTries += 1
        tree.author = AuthorMarkup.name(in: node)
    }

    /// Leaves an element the walk went into.
    private mutating func leave(_ node: xmlNodePtr) {
        let name = String(cString: node.pointee.name)
        switch TagRole.of(name) {
        case .link: linkDepth -= 1
        case .container, .paragraph: close()
        case .inline: closedOnParenthesis = buffer.last == UInt8(ascii: ")")
        default: break
        }
    }

    private mutating func close() {
        flush()
        guard let index = open.popLast() else { return }
        tree.elements[index].end = tree.elements.count
        nextNumber[index] = nil
        if tree.elements[index].name == "blockquote" { quoteDepth -= 1 }
        if pendingMarker?.element == index { pendingMarker = nil }
    }

    /// The marker of a list item opening in the element open last: its number in an `<ol>`
    /// (`3. `), a bullet elsewhere.
    private mutating func marker() -> String {
        guard let list = open.last, let number = nextNumber[list] else { return ListMarker.bullet }
        nextNumber[list] = number + 1
        return ListMarker.numbered(number)
    }

    private mutating func verdict(_ names: [UInt8]) -> ElementHints.Verdict {
        if names.isEmpty { return ElementHints.Verdict() }
        if let known = verdicts[names] { return known }
        let verdict = hints.verdict(names)
        verdicts[names] = verdict
        return verdict
    }

    /// Adds a text node's bytes to the paragraph, runs of white space as one space.
    private mutating func append(_ content: UnsafePointer<xmlChar>) {
        var pointer = content
        while pointer.pointee != 0 {
            let byte = pointer.pointee
            pointer += 1
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = !buffer.isEmpty
                continue
            }
            if closedOnParenthesis {
                let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                pendingSpace = pendingSpace || letter
                closedOnParenthesis = false
            }
            if pendingSpace {
                buffer.append(0x20)
                pendingSpace = false
                length += 1
                if linkDepth > 0 { linkLength += 1 }
            }
            buffer.append(byte)
            if byte & 0xC0 != 0x80 {
                length += 1
                if linkDepth > 0 { linkLength += 1 }
                if byte == UInt8(ascii: ",") { commas += 1 }
            }
        }
    }

    /// Ends the paragraph being gathered, if it holds any text.
    private mutating func flush() {
        defer {
            buffer.removeAll(keepingCapacity: true)
            pendingSpace = false
            closedOnParenthesis = false
            length = 0
            linkLength = 0
            commas = 0
        }
        guard !buffer.isEmpty, let element = open.last else { return }
        let text = String(decoding: buffer, as: UTF8.self)
        // Only no-break spaces and the like: layout, not text.
        guard !text.allSatisfy(\.isWhitespace) else { return }
        let kind: BlockKind = if case .paragraph(let kind) = tree.elements[element].role { kind } else { .loose }
        let marker = pendingMarker?.text ?? ""
        pendingMarker = nil
        let quoted = quoteDepth > 0
        tree.blocks.append(PageTree.Block(
            element: element, kind: kind, text: marker + (quoted ? Self.quoted(text) : text), length: length,
            linkLength: linkLength, commas: commas, quoted: quoted))
    }

    /// Marks that open a paragraph of a block quote which is not to be set in quotation marks
    /// again: quotation marks, and the dashes that open an embedded post's attribution
    /// (`— Name (@name) May 1, 2026`).
    static let unquotedOpenings: Set<Unicode.Scalar> = [
        "\u{201C}", "\u{2018}", "\"", "'", "\u{00AB}", "\u{201E}", "\u{2014}", "\u{2013}", "-",
    ]

    /// A paragraph of a block quote set in quotation marks, unless it opens with a quotation
    /// mark or an attribution's dash already.
    static func quoted(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, !unquotedOpenings.contains(first) else { return text }
        return "\u{201C}" + text + "\u{201D}"
    }

    /// The text inside `node` (a `<title>`), white space collapsed.
    private static func text(of node: xmlNodePtr) -> String {
        String(decoding: NodeText.bytes(from: node.pointee.children), as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

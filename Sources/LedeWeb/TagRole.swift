/// What an HTML element is to the article finder.
enum TagRole: Sendable {
    /// Never part of an article, nor anything inside it: scripts, navigation, form controls,
    /// captions… (Not `form`: some sites hold the whole page in one.)
    case dropped
    /// A block that holds a paragraph of its own text: `p`, headings, list items, quotes.
    case paragraph(BlockKind)
    /// A block that holds other blocks: `div`, `section`, `article`, tables…
    case container
    /// Inline markup, whose text runs on in the paragraph around it.
    case inline
    /// A link: inline, and its text counts against the paragraph.
    case link
    /// A line break, which ends a paragraph.
    case lineBreak
    /// The page's `<title>`.
    case title
    /// A `<meta>` tag.
    case meta
    /// A `<script>`: dropped, but JSON-LD is read for metadata.
    case script
    /// A `<link>`: dropped, but a canonical one names the page's URL.
    case pageLink

    /// The roles of the elements that have one besides ``container``, by lowercase tag name.
    static let table: [String: TagRole] = {
        var table: [String: TagRole] = [:]
        for name in [
            "style", "noscript", "template", "nav", "header", "footer", "aside", "figure", "figcaption", "iframe",
            "svg", "math", "canvas", "button", "select", "option", "input", "textarea", "label", "object", "embed",
            "video", "audio", "picture", "img", "map", "menu", "dialog", "address", "fieldset", "base", "source",
        ] {
            table[name] = .dropped
        }
        for name in [
            "span", "b", "strong", "i", "em", "u", "s", "small", "big", "sup", "sub", "mark", "abbr", "cite", "code",
            "q", "time", "font", "tt", "var", "kbd", "samp", "del", "ins", "strike", "bdi", "bdo", "wbr", "data", "dfn",
            "nobr",
        ] {
            table[name] = .inline
        }
        for name in ["p", "dd", "dt", "caption"] { table[name] = .paragraph(.paragraph) }
        for name in ["h1", "h2", "h3", "h4", "h5", "h6"] { table[name] = .paragraph(.heading) }
        table["li"] = .paragraph(.listItem)
        table["blockquote"] = .paragraph(.quote)
        table["pre"] = .paragraph(.preformatted)
        table["td"] = .paragraph(.cell)
        table["th"] = .paragraph(.cell)
        table["a"] = .link
        table["br"] = .lineBreak
        table["hr"] = .lineBreak
        table["title"] = .title
        table["meta"] = .meta
        table["script"] = .script
        table["link"] = .pageLink
        return table
    }()

    /// The role of the element named `name` (lowercase): containers are the rest, so that a
    /// page's own elements (`<story-body>`) keep their paragraphs apart.
    static func of(_ name: String) -> TagRole {
        table[name] ?? .container
    }
}

/// The kind of a paragraph of text on a page.
enum BlockKind: Sendable {
    /// A `p`, a definition or a container's own text.
    case paragraph
    case heading
    case listItem
    case quote
    case preformatted
    case cell
    /// Text directly inside a container.
    case loose
}

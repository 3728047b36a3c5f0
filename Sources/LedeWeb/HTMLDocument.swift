import CLibXML2
import LedeKit

/// A page parsed by libxml2's HTML parser, freed with the value.
///
/// The parser recovers from any markup, reports nothing, never touches the network and never
/// loads an entity or a DTD; the page's own charset declarations are ignored, because the
/// encoding is decided before (see ``init(bytes:headerCharset:)``). Its own limits on a text's
/// length are lifted (`--max-size` bounds the page), but elements may nest at most
/// ``maxDepth`` deep: libxml2 searches every open element for each end tag it cannot match,
/// so a page of stray end tags inside deep nesting would take time quadratic in its size.
/// Real pages nest far less (51 at most among the benchmark's 126), and the walk over the tree
/// has no recursion (see ``PageTree``).
final class HTMLDocument {
    /// The parsed tree.
    let pointer: htmlDocPtr
    /// The character set the page was read in: as ``SourceEncoding`` names those that text may
    /// be in (`utf8`, `utf16LE`, `windows1252`…), else as the page or its header named it
    /// (`windows-1251`, `shift_jis`).
    let charset: String

    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)

    /// Labels that stand for Windows-1252, as browsers read them.
    static let windows1252Labels: Set<String> = ["iso-8859-1", "latin1", "l1", "iso8859-1", "windows-1252", "cp1252", "x-cp1252"]
    /// Labels that stand for UTF-8, or say nothing a byte can disagree with.
    static let utf8Labels: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8", "us-ascii", "ascii", "unicode"]

    /// libxml2 set up once, before any parse: its first parsers otherwise race to set up the
    /// library (the random seed of their dictionaries), and two pages parsed at once on two
    /// threads (`lede analyze --jobs`, the tests) could deadlock there.
    private static let libraryReady: Void = xmlInitParser()

    /// The deepest that elements may nest: twice libxml2's own limit, which lxml (and so
    /// trafilatura and readability-lxml) read pages with.
    static let maxDepth = 512

    /// Parses `bytes`: in the charset the page declares (or else `headerCharset`, the one its
    /// HTTP header named) when libxml2 knows it; otherwise (no declaration, UTF-8, or a byte
    /// order mark) as ``TextDecoder`` reads text — UTF-8 when the bytes are, UTF-16 by its mark,
    /// Windows-1252 else. Fails when libxml2 reads nothing, or when elements nest deeper than
    /// ``maxDepth``.
    init(bytes: [UInt8], headerCharset: String? = nil) throws(PageProblem) {
        _ = Self.libraryReady
        let hasMark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0xFE, 0xFF])
        var declared = hasMark ? nil : HTMLCharset.declared(in: bytes) ?? headerCharset?.lowercased()
        if let label = declared {
            if Self.utf8Labels.contains(label) {
                declared = nil
            } else if Self.windows1252Labels.contains(label) {
                declared = "windows-1252"
            }
            if let name = declared {
                if let handler = xmlFindCharEncodingHandler(name) { xmlCharEncCloseFunc(handler) } else { declared = nil }
            }
        }
        let input: [UInt8], encoding: String
        if let declared {
            input = bytes
            encoding = declared
            charset = declared == "windows-1252" ? SourceEncoding.windows1252.rawValue : declared
        } else {
            let decoded = TextDecoder.decode(bytes)
            input = Array(decoded.text.utf8)
            encoding = "UTF-8"
            charset = decoded.encoding.rawValue
        }
        guard let context = htmlNewParserCtxt() else { throw .unreadable }
        defer { htmlFreeParserCtxt(context) }
        context.pointee.sax.pointee.startElement = Self.startElement
        let document = input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(clamping: chars.count), nil, encoding, Self.options)
            }
        }
        if context.pointee.errNo == Int32(XML_ERR_USER_STOP.rawValue) {
            if let document { xmlFreeDoc(document) }
            throw .nestedTooDeep(limit: Self.maxDepth)
        }
        guard let document else { throw .unreadable }
        pointer = document
    }

    /// libxml2's own start of an element, unless it opens deeper than ``maxDepth``: then the
    /// parser stops.
    private static let startElement: startElementSAXFunc = { context, name, attributes in
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
        if parser.pointee.nameNr > HTMLDocument.maxDepth {
            xmlStopParser(parser)
            return
        }
        xmlSAX2StartElement(context, name, attributes)
    }

    deinit {
        xmlFreeDoc(pointer)
    }
}

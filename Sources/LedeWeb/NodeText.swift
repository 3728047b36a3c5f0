import CLibXML2

/// The text libxml2 holds in a list of sibling nodes, or in a whole subtree.
enum NodeText {
    /// The bytes of the nodes from `first` on (the children of an element or of an attribute),
    /// one after the other; nodes without content add nothing.
    static func bytes(from first: xmlNodePtr?) -> [UInt8] {
        var bytes: [UInt8] = []
        var node = first
        while let current = node {
            if let content = current.pointee.content { append(content, to: &bytes) }
            node = current.pointee.next
        }
        return bytes
    }

    /// Elements whose text is not read as the text of the element around them.
    static let silent: Set<String> = ["script", "style", "noscript", "template", "svg"]

    /// The text inside `node`, at any depth, a space after each text node; scripts and styles
    /// left out.
    static func deepBytes(of node: xmlNodePtr) -> [UInt8] {
        var bytes: [UInt8] = []
        visitDescendants(of: node) { descendant in
            switch descendant.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = descendant.pointee.content { append(content, to: &bytes) }
                bytes.append(0x20)
                return .skip
            case XML_ELEMENT_NODE:
                return silent.contains(String(cString: descendant.pointee.name).lowercased()) ? .skip : .descend
            default:
                return .skip
            }
        }
        return bytes
    }

    /// What a visit of the nodes inside an element does next.
    enum Visit {
        /// Goes into the node's children.
        case descend
        /// Goes on past the node and its children.
        case skip
        /// Ends the visit.
        case stop
    }

    /// Hands each node inside `node` to `visit`, in document order, with no recursion.
    static func visitDescendants(of node: xmlNodePtr, _ visit: (xmlNodePtr) -> Visit) {
        var current = node.pointee.children
        while let visiting = current {
            switch visit(visiting) {
            case .stop:
                return
            case .descend where visiting.pointee.children != nil:
                current = visiting.pointee.children
                continue
            case .descend, .skip:
                break
            }
            // On to the next sibling, or that of the nearest parent inside `node` that has one.
            var up: xmlNodePtr? = visiting
            current = nil
            while let at = up, at != node {
                if let next = at.pointee.next {
                    current = next
                    break
                }
                up = at.pointee.parent
            }
        }
    }

    private static func append(_ content: UnsafePointer<xmlChar>, to bytes: inout [UInt8]) {
        var pointer = content
        while pointer.pointee != 0 {
            bytes.append(pointer.pointee)
            pointer += 1
        }
    }
}

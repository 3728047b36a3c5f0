import CLibXML2

/// The text libxml2 holds in a list of sibling nodes.
enum NodeText {
    /// The bytes of the nodes from `first` on (the children of an element or of an attribute),
    /// one after the other; nodes without content add nothing.
    static func bytes(from first: xmlNodePtr?) -> [UInt8] {
        var bytes: [UInt8] = []
        var node = first
        while let current = node {
            if let content = current.pointee.content {
                var pointer = content
                while pointer.pointee != 0 {
                    bytes.append(pointer.pointee)
                    pointer += 1
                }
            }
            node = current.pointee.next
        }
        return bytes
    }
}

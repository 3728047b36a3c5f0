/// Writes JSON text straight into UTF-8 bytes, in the form `JSONEncoder` gives with
/// `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` when `pretty`), so that
/// a document written member by member, its keys given in sorted order, has the encoder's
/// bytes without its intermediate tree of values.
///
/// Strings are escaped as the encoder escapes them (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`,
/// other C0 controls as `\u00xx`), and every character that ``DisplayEscaping`` would replace
/// on a terminal as a `\uXXXX` escape, as ``AnalysisJSON`` does.
struct JSONWriter {
    /// The JSON written so far.
    private(set) var bytes: [UInt8] = []
    /// Whether to write the encoder's pretty-printed form: one member or element a line,
    /// indented by two spaces a level, `"key" : value`.
    let pretty: Bool
    /// How deep the writer is in objects and arrays.
    private var depth = 0
    /// Whether the object or array being written has no member or element yet.
    private var empty = true

    /// A writer of pretty-printed JSON, or of JSON on one line.
    init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// A writer of elements of an array whose bracket stands `depth` levels deep (1 for an
    /// array that is a member of the document), written apart from the array, to be spliced
    /// into it (``array(splicing:_:)``); `first` when no element of the array is written yet.
    init(pretty: Bool, elementsAtDepth depth: Int, first: Bool) {
        self.pretty = pretty
        self.depth = depth
        empty = first
    }

    /// The bytes written so far, taken out of the writer, which goes on after them.
    mutating func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// Writes an array whose elements `splice` puts in place: it takes the bytes written so
    /// far (``take()``) and writes the elements after them, as written by a writer of
    /// ``init(pretty:elementsAtDepth:first:)``; `hasElements` says whether there were any.
    mutating func array(splicing hasElements: Bool, _ splice: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        splice(&self)
        empty = !hasElements
        close(UInt8(ascii: "]"))
    }

    /// Writes a string whose inside `splice` puts in place, as ``array(splicing:_:)`` does
    /// its elements (each piece escaped by ``escaped(_:)``).
    mutating func string(splicing splice: (inout JSONWriter) -> Void) {
        bytes.append(UInt8(ascii: "\""))
        splice(&self)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes `text` escaped for the inside of a string, without its quotation marks.
    mutating func escaped(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0) }
    }

    /// Writes an object whose members `body` writes, each by ``key(_:)`` and a value.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// Writes an array whose elements `body` writes, each by ``element()`` and a value.
    mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// Writes `values` as an array, each by `write`.
    mutating func array<S: Sequence>(_ values: S, _ write: (inout JSONWriter, S.Element) -> Void) {
        array { writer in
            for value in values {
                writer.element()
                write(&writer, value)
            }
        }
    }

    /// Starts the member `name` of the object being written; its value comes next.
    mutating func key(_ name: String) {
        separate()
        string(name)
        if pretty {
            bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
    }

    /// Starts the next element of the array being written.
    mutating func element() {
        separate()
    }

    /// A value written in one piece.
    enum Scalar {
        /// A string, or `null`.
        case string(String?)
        /// An integer.
        case int(Int)
        /// A finite number.
        case double(Double)
    }

    /// Writes `members` of the object being written, in their order, each a key and a value.
    mutating func members(_ members: KeyValuePairs<String, Scalar>) {
        for (name, value) in members {
            key(name)
            scalar(value)
        }
    }

    /// Writes an object of `members`, in their order.
    mutating func object(_ members: KeyValuePairs<String, Scalar>) {
        object { $0.members(members) }
    }

    /// Writes `value`.
    mutating func scalar(_ value: Scalar) {
        switch value {
        case .string(let string): self.string(string)
        case .int(let int): self.int(int)
        case .double(let double): self.double(double)
        }
    }

    /// Writes a string, or `null`.
    mutating func string(_ value: String?) {
        guard var value else { return null() }
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes an integer.
    mutating func int(_ value: Int) {
        guard value != 0 else { return bytes.append(UInt8(ascii: "0")) }
        var magnitude = value.magnitude
        var digits: [UInt8] = []
        while magnitude > 0 {
            digits.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.append(contentsOf: digits.reversed())
    }

    /// Writes a finite number as the encoder does: its shortest form, without a `.0` when
    /// it is whole (`1`, `0.5`, `1e-07`).
    mutating func double(_ value: Double) {
        let text = value.description
        bytes.append(contentsOf: text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...])
    }

    /// Writes `null`.
    mutating func null() {
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes `dictionary` as an object, its keys in the order of their UTF-8 bytes (the
    /// encoder's sorted order), each value by `write`.
    mutating func object<Value>(_ dictionary: [String: Value], _ write: (inout JSONWriter, Value) -> Void) {
        object { writer in
            for (name, value) in dictionary.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                writer.key(name)
                write(&writer, value)
            }
        }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            // The encoder writes an empty array or object over two lines, one of them blank.
            if empty { bytes.append(UInt8(ascii: "\n")) }
            newline()
        }
        bytes.append(bracket)
        empty = false
    }

    /// The comma before any member or element but the first, and its line when pretty.
    private mutating func separate() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        if pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Appends the UTF-8 `text` escaped for the inside of a JSON string: runs of plain ASCII
    /// are copied whole.
    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            var length = 1
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case ..<0x20: AnalysisJSON.appendEscape(of: UInt32(byte), to: &bytes)
            default:
                let (value, scalarLength) = ValidUTF8.scalar(in: text, at: index)
                length = scalarLength
                if let scalar = Unicode.Scalar(value), DisplayEscaping.needsEscaping(scalar) {
                    AnalysisJSON.appendEscape(of: value, to: &bytes)
                } else {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<index + length]))
                }
            }
            index += length
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
    }
}

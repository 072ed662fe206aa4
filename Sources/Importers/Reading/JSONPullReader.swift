import Topology

/// A pull parser over the bytes of one JSON file, made for AWS CLI output of 100 MB and
/// more: decoders ask for the structure they expect (`beginObject`, `nextKey`, `string`…)
/// and skip what they do not know, so no tree of the document is ever built. It keeps the
/// line it is on and the JSON path it is at, so every error names `FILE:LINE:COLUMN` and
/// the path (`VpcEndpoints[3].SubnetIds`).
///
/// The bytes are borrowed: the reader must not outlive the buffer it was made with.
struct JSONPullReader {
    /// One level of the path: a member of an object or an element of an array.
    struct Step {
        let isArray: Bool
        /// The member count or element index so far; -1 before the first.
        var index = -1
        /// Where the current member's name lies in the bytes (objects only).
        var keyStart = 0
        var keyEnd = 0
    }

    /// A place in the bytes with its line, to report later.
    struct Mark {
        let offset: Int
        let line: Int
        let lineStart: Int
    }

    /// Containers nested deeper than this are refused, so a hostile file cannot exhaust the stack.
    static let maximumDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    /// The offset of the next byte to read; only the reader and its extensions move it.
    var position = 0
    private(set) var line = 1
    private(set) var lineStart = 0
    private(set) var path: [Step] = []
    /// The last record's place, for `recordLocation`.
    var lastColumn = (lineStart: -1, offset: 0, column: 1)
    /// Called now and then with the offset below which no byte is needed again.
    var onProgress: ((Int) -> Void)?
    private var nextProgress = 1 << 22

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The current place, to report an error about what starts there later.
    var mark: Mark { Mark(offset: position, line: line, lineStart: lineStart) }

    /// True when only whitespace is left.
    mutating func atEnd() -> Bool {
        skipWhitespace()
        return position >= bytes.count
    }

    /// The next byte after whitespace, or 0 at the end.
    mutating func peek() -> UInt8 {
        skipWhitespace()
        return position < bytes.count ? bytes[position] : 0
    }

    mutating func skipWhitespace() {
        guard let base = bytes.baseAddress else { return }
        var p = position
        let end = bytes.count
        while p < end {
            let b = base[p]
            if b == 0x20 || b == 0x09 || b == 0x0D {
                p += 1
            } else if b == 0x0A {
                p += 1
                line += 1
                lineStart = p
            } else {
                break
            }
        }
        position = p
        if p >= nextProgress, let onProgress {
            nextProgress = p + (1 << 22)
            onProgress(p)
        }
    }

    // MARK: containers

    /// Enters an object; then call `nextKey` until it returns nil.
    mutating func beginObject() throws(LoadError) {
        guard peek() == UInt8(ascii: "{") else { throw wrongShape("an object") }
        try enter(isArray: false)
    }

    /// Enters an array; then call `nextElement` until it returns false.
    mutating func beginArray() throws(LoadError) {
        guard peek() == UInt8(ascii: "[") else { throw wrongShape("an array") }
        try enter(isArray: true)
    }

    private mutating func enter(isArray: Bool) throws(LoadError) {
        guard path.count < Self.maximumDepth else {
            throw syntaxError("nesting deeper than \(Self.maximumDepth) levels")
        }
        position += 1
        path.append(Step(isArray: isArray))
    }

    /// The name of the next member of the current object, positioned at its value; nil
    /// (and the object left) after the last member.
    mutating func nextKey() throws(LoadError) -> SnapshotKey? {
        let c = peek()
        if path[path.count - 1].index < 0 {
            if c == UInt8(ascii: "}") { leave(); return nil }
        } else if c == UInt8(ascii: ",") {
            position += 1
        } else if c == UInt8(ascii: "}") {
            leave()
            return nil
        } else {
            throw syntaxError(c == 0 ? "the file ends inside an object; expected ',' or '}'" : "expected ',' or '}' after an object member, found \(found(c))")
        }
        guard peek() == UInt8(ascii: "\"") else {
            throw syntaxError(position >= bytes.count ? "the file ends inside an object" : "expected a member name in double quotes, found \(found(peek()))")
        }
        let start = position + 1
        let key = try readKey()
        path[path.count - 1].index += 1
        path[path.count - 1].keyStart = start
        path[path.count - 1].keyEnd = position - 1
        guard peek() == UInt8(ascii: ":") else { throw syntaxError("expected ':' after the member name, found \(found(peek()))") }
        position += 1
        skipWhitespace()  // so that a mark taken now is at the value
        return key
    }

    /// The member name at `position` (an opening quote), left in the bytes unless it has escapes.
    private mutating func readKey() throws(LoadError) -> SnapshotKey {
        let quote = position
        var i = position + 1
        var high: UInt8 = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                if high < 0x80 || UTF8Sequence.firstInvalid(in: bytes, quote + 1..<i) == nil {
                    position = i + 1
                    return SnapshotKey(bytes, quote + 1..<i)
                }
                break
            }
            if b == UInt8(ascii: "\\") || b < 0x20 { break }
            high |= b
            i += 1
        }
        // Escapes, control characters, an unterminated name: the string reader decodes or reports them.
        return SnapshotKey(decoded: try readString(), at: bytes)
    }

    /// True when the current array has another element (positioned at it); false (and the
    /// array left) after the last.
    mutating func nextElement() throws(LoadError) -> Bool {
        let c = peek()
        if path[path.count - 1].index < 0 {
            if c == UInt8(ascii: "]") { leave(); return false }
        } else if c == UInt8(ascii: ",") {
            position += 1
        } else if c == UInt8(ascii: "]") {
            leave()
            return false
        } else {
            throw syntaxError(c == 0 ? "the file ends inside an array; expected ',' or ']'" : "expected ',' or ']' after an array element, found \(found(c))")
        }
        path[path.count - 1].index += 1
        skipWhitespace()
        return true
    }

    private mutating func leave() {
        position += 1
        path.removeLast()
    }

    // MARK: values

    /// True (consuming it) when the next value is `null`, which AWS output uses for "absent".
    mutating func skipNull() throws(LoadError) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// A string value.
    mutating func string() throws(LoadError) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw wrongShape("a string") }
        return try readString()
    }

    /// A string value, or nil for `null`.
    mutating func optionalString() throws(LoadError) -> String? {
        try skipNull() ? nil : string()
    }

    /// A boolean value, or nil for `null`.
    mutating func bool() throws(LoadError) -> Bool? {
        switch peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        case UInt8(ascii: "n"): try literal("null"); return nil
        default: throw wrongShape("true or false")
        }
    }

    /// Skips one value of any kind, checking its syntax.
    mutating func skipValue() throws(LoadError) {
        switch peek() {
        case UInt8(ascii: "{"):
            try beginObject()
            while try nextKey() != nil { try skipValue() }
        case UInt8(ascii: "["):
            try beginArray()
            while try nextElement() { try skipValue() }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case 0: throw syntaxError("the file ends where a value was expected")
        default: throw syntaxError("expected a value, found \(found(bytes[position]))")
        }
    }

    private mutating func literal(_ word: StaticString) throws(LoadError) {
        let n = word.utf8CodeUnitCount
        guard position + n <= bytes.count, (0..<n).allSatisfy({ bytes[position + $0] == word.utf8Start[$0] }) else {
            throw syntaxError("expected a value, found \(found(bytes[position]))")
        }
        position += n
    }

    /// A number, checked against JSON's grammar; its value is never needed.
    private mutating func number() throws(LoadError) {
        let start = position
        func digits(_ r: inout JSONPullReader) -> Int {
            let s = r.position
            while r.position < r.bytes.count, (0x30...0x39).contains(r.bytes[r.position]) { r.position += 1 }
            return r.position - s
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let intStart = position
        guard digits(&self) > 0 else { position = start; throw syntaxError("a number needs digits") }
        if bytes[intStart] == UInt8(ascii: "0"), position - intStart > 1 {
            position = intStart
            throw syntaxError("numbers may not start with 0")
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits(&self) > 0 else { throw syntaxError("expected digits after the decimal point") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits(&self) > 0 else { throw syntaxError("expected digits in the exponent") }
        }
    }
}

import SafeText

/// Pretty-printed JSON written as it is produced: `list endpoints --json` on a large
/// account is tens of megabytes, and building it as a tree and then one string held it
/// in memory twice over. The writer keeps one small chunk and hands it to its sink (by
/// default `Console.write`, which escapes it like every other line) each time it fills.
///
/// The bytes are exactly `JSONValue.rendered()`'s (which renders through this writer):
/// two-space indentation, `[]` and `{}` for empty containers, keys in the order written.
struct JSONWriter {
    /// Where full chunks go.
    private let sink: (String) -> Void
    /// UTF-8 bytes written since the last hand-over; bytes append faster than a String.
    private var chunk: [UInt8] = []
    /// One entry per open container: whether it has a member yet.
    private var open: [Bool] = []
    /// True right after a key: the value follows it on the same line.
    private var afterKey = false

    static let chunkSize = 64 * 1024

    init(sink: @escaping (String) -> Void = Console.write) {
        self.sink = sink
        // Room for a full chunk and the element that tips it over: no regrowth.
        chunk.reserveCapacity(2 * Self.chunkSize)
    }

    /// A writer that goes on with an array already open at depth 1, after an element
    /// when `afterFirst` (a block of `ArrayStream`): its bytes continue the document.
    init(insideArrayAfterFirst afterFirst: Bool, sink: @escaping (String) -> Void) {
        self.init(sink: sink)
        open = [afterFirst]
    }

    // MARK: containers

    mutating func beginObject() { beginContainer(UInt8(ascii: "{")) }
    mutating func endObject() { endContainer(UInt8(ascii: "}")) }
    mutating func beginArray() { beginContainer(UInt8(ascii: "[")) }
    mutating func endArray() { endContainer(UInt8(ascii: "]")) }

    /// The next member's key; its value is written next.
    mutating func key(_ key: String) {
        separate()
        JSONQuote.append(key, to: &chunk)
        chunk.append(0x3A)  // ":"
        chunk.append(0x20)
        afterKey = true
    }

    // MARK: values

    mutating func string(_ s: String) {
        separate()
        JSONQuote.append(s, to: &chunk)
        flushIfFull()
    }

    /// A number as `JSONValue` prints it: whole numbers without a fraction.
    mutating func number(_ n: Double) {
        separate()
        put(n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n))
    }

    mutating func bool(_ b: Bool) {
        separate()
        put(b ? "true" : "false")
    }

    mutating func null() {
        separate()
        put("null")
    }

    /// A small value built as a tree (a finding, an option), written in place.
    mutating func value(_ v: JSONValue) {
        switch v {
        case .string(let s): string(s)
        case .number(let n): number(n)
        case .bool(let b): bool(b)
        case .null: null()
        case .array(let items):
            beginArray()
            for item in items { value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for (k, item) in members {
                key(k)
                value(item)
            }
            endObject()
        }
        flushIfFull()
    }

    /// Ends the document with a line break (as `Console.out` would) and hands over the
    /// rest.
    mutating func finish() {
        chunk.append(0x0A)
        flush()
    }

    /// Hands over what is written so far.
    mutating func flush() {
        guard !chunk.isEmpty else { return }
        sink(String(decoding: chunk, as: UTF8.self))
        chunk.removeAll(keepingCapacity: true)
    }

    // MARK: layout

    private mutating func put(_ text: String) { chunk += text.utf8 }

    private mutating func putIndent() {
        chunk.append(contentsOf: repeatElement(0x20, count: 2 * open.count))
    }

    /// Before a value or a key: nothing after a key, else the separator from the previous
    /// member and the indentation.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard let hasMembers = open.last else { return }
        if hasMembers { chunk.append(0x2C) }  // ","
        chunk.append(0x0A)
        open[open.count - 1] = true
        putIndent()
    }

    private mutating func beginContainer(_ bracket: UInt8) {
        separate()
        chunk.append(bracket)
        open.append(false)
    }

    private mutating func endContainer(_ bracket: UInt8) {
        let hadMembers = open.removeLast()
        if hadMembers {
            chunk.append(0x0A)
            putIndent()
        }
        chunk.append(bracket)
        flushIfFull()
    }

    private mutating func flushIfFull() {
        if chunk.count >= Self.chunkSize { flush() }
    }
}

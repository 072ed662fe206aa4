@testable import linkscope
import SafeText
import Testing

/// The streaming writer must print exactly what the tree renderer printed before it
/// (every golden file depends on those bytes), and must hand its output over in pieces.
@Suite struct JSONWriterTests {
    /// The renderer `JSONValue` used before output streamed, kept as the specification.
    static func reference(_ value: JSONValue, indent: String = "") -> String {
        switch value {
        case .string(let s):
            var out = ""
            JSONQuote.append(s, to: &out)
            return out
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            let inner = indent + "  "
            return "[\n" + items.map { inner + reference($0, indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let inner = indent + "  "
            return "{\n" + members.map { key, value in
                var quoted = ""
                JSONQuote.append(key, to: &quoted)
                return inner + quoted + ": " + reference(value, indent: inner)
            }.joined(separator: ",\n") + "\n" + indent + "}"
        }
    }

    static let samples: [JSONValue] = [
        .null, .bool(true), .number(3), .number(-0.5), .number(1e20), .string(""), .string("plain"),
        .string("quote \" backslash \\ tab \t nl \n esc \u{1B} c1 \u{85} bidi \u{202E} é 東京"),
        .array([]), .object([]), .array([.array([]), .object([]), .array([.null])]),
        .object([("id", .string("vpc-1")), ("empty", .array([])), ("nested", .object([("a", .array([.number(1), .bool(false)]))])),
                 ("k\u{7}ey", .object([]))]),
    ]

    @Test(arguments: samples.indices)
    func writesWhatTheTreeRendererWrote(_ index: Int) {
        let value = Self.samples[index]
        #expect(value.rendered() == Self.reference(value))
    }

    @Test func aLargeDocumentArrivesInBoundedChunks() {
        let element = JSONValue.object([("id", .string("vpce-0123456789abcdef0")), ("subnets", .array([.string("subnet-a"), .string("subnet-b")])),
                                        ("privateDns", .bool(true))])
        let document = JSONValue.array(Array(repeating: element, count: 20_000))
        var chunks: [String] = []
        var writer = JSONWriter { chunks.append($0) }
        writer.value(document)
        writer.finish()
        #expect(chunks.count > 10)
        #expect(chunks.allSatisfy { $0.utf8.count < JSONWriter.chunkSize + 4096 })
        #expect(chunks.joined() == Self.reference(document) + "\n")
    }

    /// Blocks formatted on two threads, written in order: the same bytes as one writer.
    @Test(arguments: [0, 1, ArrayStream.blockSize, ArrayStream.blockSize + 1, 7 * ArrayStream.blockSize + 13])
    func anArrayFormattedInBlocksReadsAsOneWriterWroteIt(count: Int) {
        @Sendable func element(_ i: Int, _ w: inout JSONWriter) {
            w.value(i % 3 == 0 ? .object([("id", .string("e-\(i)")), ("tags", .array([]))]) : .array([.number(Double(i))]))
        }
        var streamed = ""
        ArrayStream.write(count: count, to: { streamed += $0 }, element)
        var one = ""
        var writer = JSONWriter { one += $0 }
        writer.beginArray()
        for i in 0..<count { element(i, &writer) }
        writer.endArray()
        writer.finish()
        #expect(streamed == one)
    }
}

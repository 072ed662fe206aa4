import SafeText
import Topology

/// Endpoint policies arrive as JSON inside a JSON string, often on one line. The inspector
/// shows them pretty-printed, members in their written order; text that is not JSON is
/// kept as written.
enum SnapshotPolicy {
    /// `text` laid out with two-space indentation, or `text` itself when it is not JSON.
    static func pretty(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { buffer in
            var r = JSONPullReader(buffer, file: "policy")
            var out = ""
            do {
                try write(&r, into: &out, indent: "")
                return r.atEnd() ? out : text
            } catch {
                return text
            }
        }
    }

    private static func write(_ r: inout JSONPullReader, into out: inout String, indent: String) throws(LoadError) {
        let inner = indent + "  "
        switch r.peek() {
        case UInt8(ascii: "{"):
            try r.beginObject()
            var first = true
            while let key = try r.nextKey() {
                out += first ? "{\n" : ",\n"
                first = false
                out += inner
                JSONQuote.append(key.string, to: &out)
                out += ": "
                try write(&r, into: &out, indent: inner)
            }
            out += first ? "{}" : "\n" + indent + "}"
        case UInt8(ascii: "["):
            try r.beginArray()
            var first = true
            while try r.nextElement() {
                out += first ? "[\n" : ",\n"
                first = false
                out += inner
                try write(&r, into: &out, indent: inner)
            }
            out += first ? "[]" : "\n" + indent + "]"
        case UInt8(ascii: "\""):
            JSONQuote.append(try r.string(), to: &out)
        default:
            // Numbers, booleans and null are copied as written.
            let start = r.position
            try r.skipValue()
            out += String(decoding: UnsafeBufferPointer(rebasing: r.bytes[start..<r.position]), as: UTF8.self)
        }
    }
}

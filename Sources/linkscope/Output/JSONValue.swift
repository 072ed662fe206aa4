import SafeText
import Topology

/// A JSON value with object keys kept in the order they were added, so output reads
/// `id`, `kind`, `name` first and stays stable from run to run.
enum JSONValue {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Pretty-printed with two-space indentation (by `JSONWriter`, the one renderer).
    func rendered() -> String {
        var out = ""
        var writer = JSONWriter { out += $0 }
        writer.value(self)
        writer.flush()
        return out
    }

    /// Writes the value to stdout as a document of its own, a chunk at a time.
    func emit() {
        var writer = JSONWriter()
        writer.value(self)
        writer.finish()
    }
}

import Topology

/// The JSON form of elements: `id`, `kind`, `name`, then every field under its
/// native-format key; references are ids. Written straight to a `JSONWriter`, so a list
/// of 50,000 elements is never a tree in memory.
enum ElementJSON {
    /// One element as an object; `more` adds members after its fields (`show`'s links).
    static func write(_ element: AnyElement, in topology: NetworkModel, to w: inout JSONWriter,
                      more: (inout JSONWriter) -> Void = { _ in }) {
        w.beginObject()
        w.key("id")
        w.string(element.id)
        w.key("kind")
        w.string(element.kind.rawValue)
        w.key("name")
        w.string(element.name)
        for field in topology.fields(of: element) {
            w.key(field.key)
            write(field.value, to: &w)
        }
        more(&w)
        w.endObject()
    }

    static func write(_ value: FieldValue, to w: inout JSONWriter) {
        switch value {
        case .text(let s), .ref(let s): w.string(s)
        case .bool(let b): w.bool(b)
        case .texts(let list), .refs(let list), .lines(let list):
            w.beginArray()
            for s in list { w.string(s) }
            w.endArray()
        case .routes(let routes):
            w.beginArray()
            for route in routes {
                w.beginObject()
                w.key("destination")
                w.string(route.destination)
                w.key("target")
                w.string(route.target)
                if route.isBlackhole {
                    w.key("state")
                    w.string("blackhole")
                }
                w.endObject()
            }
            w.endArray()
        }
    }
}

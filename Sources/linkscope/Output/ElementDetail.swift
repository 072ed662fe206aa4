import SafeText
import Topology

/// What `show ID` prints for one element.
enum ElementDetail {
    static func text(_ element: AnyElement, in t: NetworkModel) -> String {
        var lines = ["\(element.kind.noun) \(Sanitized.line(element.id))  \(Sanitized.line(element.name))"]
        let fields = t.fields(of: element)
        let width = fields.map(\.label.count).max() ?? 0
        for field in fields {
            let label = field.label.padding(toLength: width, withPad: " ", startingAt: 0)
            let values = describe(field.value, in: t)
            lines.append("  \(label)  \(values.first ?? "-")")
            for more in values.dropFirst() { lines.append("  \(String(repeating: " ", count: width))  \(more)") }
        }
        let relations = t.relations(of: element)
        if !relations.isEmpty {
            lines.append("links")
            let width = relations.map(\.label.count).max() ?? 0
            for relation in relations {
                for (i, id) in relation.ids.enumerated() {
                    let label = i == 0 ? relation.label.padding(toLength: width, withPad: " ", startingAt: 0)
                        : String(repeating: " ", count: width)
                    lines.append("  \(label)  \(named(id, in: t))")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The element's JSON with a `links` object of relation label to ids, written to stdout.
    static func writeJSON(_ element: AnyElement, in t: NetworkModel) {
        var w = JSONWriter()
        ElementJSON.write(element, in: t, to: &w) { w in
            w.key("links")
            w.beginObject()
            for relation in t.relations(of: element) {
                w.key(relation.label)
                w.beginArray()
                for id in relation.ids { w.string(id) }
                w.endArray()
            }
            w.endObject()
        }
        w.finish()
    }

    /// The value as lines of text; references carry the name of what they point at.
    private static func describe(_ value: FieldValue, in t: NetworkModel) -> [String] {
        switch value {
        case .text(let s): return s.isEmpty ? [] : s.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitized.line(String($0)) }
        case .bool(let b): return [b ? "yes" : "no"]
        case .texts(let list): return list.isEmpty ? [] : [list.map(Sanitized.line).joined(separator: ", ")]
        case .lines(let list): return list.map(Sanitized.line)
        case .ref(let id): return [named(id, in: t)]
        case .refs(let ids): return ids.map { named($0, in: t) }
        case .routes(let routes):
            return routes.map { "\(Sanitized.line($0.destination)) -> \(named($0.target, in: t))\($0.isBlackhole ? " (blackhole)" : "")" }
        }
    }

    /// `id (name)`, or the bare id when it names nothing loaded or is its own name.
    static func named(_ id: String, in t: NetworkModel) -> String {
        guard let e = t.element(id), e.name != id else { return Sanitized.line(id) }
        return "\(Sanitized.line(id)) (\(Sanitized.line(e.name)))"
    }
}

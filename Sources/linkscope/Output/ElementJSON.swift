import Topology

/// The JSON form of elements: `id`, `kind`, `name`, then every field under its
/// native-format key; references are ids.
enum ElementJSON {
    static func object(_ element: AnyElement, in topology: NetworkModel) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(element.id)), ("kind", .string(element.kind.rawValue)),
                                              ("name", .string(element.name))]
        for field in topology.fields(of: element) {
            members.append((field.key, value(field.value)))
        }
        return .object(members)
    }

    static func value(_ value: FieldValue) -> JSONValue {
        switch value {
        case .text(let s), .ref(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .texts(let list), .refs(let list): return .array(list.map(JSONValue.string))
        case .routes(let routes):
            return .array(routes.map { .object([("destination", .string($0.destination)), ("target", .string($0.target))]) })
        }
    }
}

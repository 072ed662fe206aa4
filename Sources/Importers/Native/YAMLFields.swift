import Topology
import Yams

/// Counts the nodes a decode visits, so a document that expands through aliases into
/// far more nodes than it has bytes (an "alias bomb") stops with an error instead of a hang.
/// Without aliases a document has at most one node per two bytes (`[a,a,a]`), visited at
/// most twice, so twice the byte count leaves room for honest reuse of anchors.
final class NodeBudget {
    private(set) var remaining: Int
    let file: String

    init(file: String, bytes: Int) {
        self.file = file
        remaining = 2 * bytes + 10_000
    }

    func spend(_ node: Node) throws {
        remaining -= 1
        if remaining < 0 {
            throw LoadError.at(sourceLocation(node, file: file),
                               "the document expands to far more nodes than it has bytes (YAML aliases used as an alias bomb?)")
        }
    }
}

func sourceLocation(_ node: Node, file: String) -> SourceLocation {
    SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
}

/// Typed, located access to one YAML mapping of the native format. Unknown keys are
/// refused with a suggestion, because a misspelt key in a hand-written file would
/// otherwise be silently ignored.
struct YAMLFields {
    let node: Node
    private(set) var what: String
    let budget: NodeBudget
    private var values: [String: (key: Node, value: Node)] = [:]
    var file: String { budget.file }

    init(_ node: Node, what: String, keys allowed: [String], budget: NodeBudget) throws {
        self.node = node
        self.what = what
        self.budget = budget
        try budget.spend(node)
        guard let mapping = node.mapping else {
            throw LoadError.at(sourceLocation(node, file: budget.file), "\(what) must be a mapping of keys to values, found \(describe(node))")
        }
        for (key, value) in mapping {
            try budget.spend(value)
            guard let name = key.scalar?.string else {
                throw LoadError.at(sourceLocation(key, file: budget.file), "keys in \(what) must be plain names")
            }
            guard allowed.contains(name) else {
                let hint = Suggestion.closest(to: name, in: allowed).map { "; did you mean '\($0)'?" }
                    ?? "; known keys: \(allowed.joined(separator: ", "))"
                throw LoadError.at(sourceLocation(key, file: budget.file), "unknown key '\(name)' in \(what)\(hint)")
            }
            if values[name] != nil {
                throw LoadError.at(sourceLocation(key, file: budget.file), "key '\(name)' appears twice in \(what)")
            }
            values[name] = (key, value)
        }
    }

    /// The same fields, described by name in messages ("VPC 'vpc-1'") once the id is known.
    func named(_ description: String) -> YAMLFields {
        var copy = self
        copy.what = description
        return copy
    }

    /// True when the mapping has `key`, whatever its value.
    func has(_ key: String) -> Bool { values[key] != nil }

    /// Where the value of `key` is, or the mapping itself when the key is absent.
    func location(of key: String) -> SourceLocation {
        sourceLocation(values[key]?.value ?? node, file: file)
    }

    func string(_ key: String) throws -> String? {
        guard let value = values[key]?.value, !isNull(value) else { return nil }
        guard let scalar = value.scalar else {
            throw LoadError.at(sourceLocation(value, file: file), "'\(key)' in \(what) must be a single value, found \(describe(value))")
        }
        return scalar.string
    }

    func required(_ key: String) throws -> String {
        guard let text = try string(key) else {
            throw LoadError.at(location(of: key), "\(what) needs '\(key)'")
        }
        guard !text.isEmpty else { throw LoadError.at(location(of: key), "'\(key)' in \(what) is empty") }
        return text
    }

    func bool(_ key: String) throws -> Bool? {
        guard let value = values[key]?.value, !isNull(value) else { return nil }
        guard let flag = value.bool, value.scalar?.style == .plain else {
            throw LoadError.at(sourceLocation(value, file: file), "'\(key)' in \(what) must be true or false, found \(describe(value))")
        }
        return flag
    }

    /// A list of single values, each with where it was written.
    func strings(_ key: String) throws -> [(String, SourceLocation)] {
        try list(key).map { item in
            guard let text = item.scalar?.string else {
                throw LoadError.at(sourceLocation(item, file: file), "'\(key)' in \(what) must be a list of values, found \(describe(item)) in it")
            }
            return (text, sourceLocation(item, file: file))
        }
    }

    /// A list that may be left out: nil when the key is absent or null (the source does not
    /// say), `[]` only when the file writes an empty list.
    func optionalList(_ key: String) throws -> [Node]? {
        guard let value = values[key]?.value, !isNull(value) else { return nil }
        return try list(key)
    }

    /// A mapping of names to values (`attachmentSubnets: {vpc-1: [subnet-a]}`), in file order,
    /// each name with where it was written.
    func mapping(_ key: String) throws -> [(name: String, place: SourceLocation, value: Node)] {
        guard let value = values[key]?.value, !isNull(value) else { return [] }
        guard let mapping = value.mapping else {
            throw LoadError.at(sourceLocation(value, file: file), "'\(key)' in \(what) must be a mapping, found \(describe(value))")
        }
        return try mapping.map { name, item in
            try budget.spend(item)
            guard let text = name.scalar?.string else {
                throw LoadError.at(sourceLocation(name, file: file), "keys of '\(key)' in \(what) must be plain names")
            }
            return (text, sourceLocation(name, file: file), item)
        }
    }

    /// The single values of a list node that is not under a key of its own (a value of `mapping`).
    func strings(in node: Node, of key: String) throws -> [(String, SourceLocation)] {
        guard let sequence = node.sequence else {
            throw LoadError.at(sourceLocation(node, file: file), "each value of '\(key)' in \(what) must be a list, found \(describe(node))")
        }
        return try sequence.map { item in
            try budget.spend(item)
            guard let text = item.scalar?.string else {
                throw LoadError.at(sourceLocation(item, file: file), "'\(key)' in \(what) must list single values, found \(describe(item)) in it")
            }
            return (text, sourceLocation(item, file: file))
        }
    }

    func list(_ key: String) throws -> [Node] {
        guard let value = values[key]?.value, !isNull(value) else { return [] }
        guard let sequence = value.sequence else {
            throw LoadError.at(sourceLocation(value, file: file), "'\(key)' in \(what) must be a list, found \(describe(value))")
        }
        for item in sequence { try budget.spend(item) }
        return Array(sequence)
    }

    /// One value of a closed set, in the documented spelling (`pending-acceptance`) or in
    /// AWS's own (`PendingAcceptance`, `pendingAcceptance`, `GatewayLoadBalancer`), because
    /// people paste values from the console and the CLI. The model keeps the documented
    /// spelling, so every output prints that one.
    func enumeration<T: RawRepresentable & CaseIterable>(_ key: String, _ noun: String) throws -> T? where T.RawValue == String {
        guard let text = try string(key) else { return nil }
        if let value = T(rawValue: text) ?? T(rawValue: SnapshotNames.kebab(text)) { return value }
        let valid = T.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: text, in: valid).map { " (did you mean '\($0)'?)" } ?? ""
        throw LoadError.at(location(of: key), "unknown \(noun) '\(text)'\(hint); expected one of: \(valid.joined(separator: ", "))")
    }

    func requiredEnumeration<T: RawRepresentable & CaseIterable>(_ key: String, _ noun: String) throws -> T where T.RawValue == String {
        guard let value: T = try enumeration(key, noun) else {
            throw LoadError.at(location(of: key), "\(what) needs '\(key)', one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    func cidr(_ text: String, at place: SourceLocation) throws -> CIDR {
        switch CIDR.parse(text) {
        case .success(let cidr): return cidr
        case .failure(let error): throw LoadError.at(place, "invalid CIDR '\(text)' in \(what): \(error.reason)")
        }
    }

    func cidrs(_ key: String) throws -> [CIDR] {
        try strings(key).map { try cidr($0.0, at: $0.1) }
    }
}

/// YAML's null spellings, checked on the text: asking the resolver costs far more, and
/// this runs for every value.
private func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    switch scalar.string {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
}

private func describe(_ node: Node) -> String {
    switch node {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .scalar(let s): return "'\(s.string)'"
    case .alias: return "an alias"
    }
}

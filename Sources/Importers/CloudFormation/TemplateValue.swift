import Topology

/// What a template value evaluates to, with where it came from (the node that produced
/// it), so a bad CIDR from a parameter default is reported at that default.
struct TemplateValue: Sendable {
    indirect enum Shape: Sendable {
        /// Strings, numbers and booleans alike.
        case text(String)
        case list([TemplateValue])
        case map([Entry])
        /// A resource of the loaded templates, by its element id (what `Ref` and
        /// identity attributes give).
        case resource(String)
        /// What cannot be known before deployment or was not given (an import no
        /// template exports, a parameter without a value): its symbolic text, such as
        /// `ImportValue:network-VpcId`, which the model keeps instead of a guess.
        case symbol(String)
        /// `AWS::NoValue`: the property is left out.
        case noValue
    }

    struct Entry: Sendable {
        let key: String
        let keyPlace: SourceLocation
        let value: TemplateValue
    }

    let shape: Shape
    let place: SourceLocation

    init(_ shape: Shape, at place: SourceLocation) {
        self.shape = shape
        self.place = place
    }

    /// The text this value stands for in a string: a resource's element id, a symbol's text.
    var flatText: String? {
        switch shape {
        case .text(let text), .resource(let text), .symbol(let text): return text
        case .list, .map, .noValue: return nil
        }
    }

    /// Written as text: an id another source must define.
    var isLiteral: Bool {
        if case .text = shape { return true }
        return false
    }

    var isSymbolic: Bool {
        if case .symbol = shape { return true }
        return false
    }

    /// How the value reads in a message.
    var described: String {
        switch shape {
        case .text(let text): return "'\(text)'"
        case .resource(let id): return "resource '\(id)'"
        case .symbol(let text): return "the unresolved '\(text)'"
        case .list: return "a list"
        case .map: return "a mapping"
        case .noValue: return "AWS::NoValue"
        }
    }

    /// The value of `key` when this is a mapping.
    subscript(key: String) -> TemplateValue? {
        guard case .map(let entries) = shape else { return nil }
        return entries.first { $0.key == key }?.value
    }
}

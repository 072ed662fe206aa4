import Foundation

/// The string of an `Fn::Sub`, split into literal text and `${Name}` / `${Resource.Attribute}`
/// variables; `${!Literal}` is the literal `${Literal}`.
enum SubText {
    enum Part: Equatable {
        case literal(String)
        case variable(String)
    }

    static func parts(_ text: String) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        // Each pass consumes at least the two characters of `${` or the rest of the text.
        while let open = rest.range(of: "${") {
            literal += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: "}") else {
                literal += rest[open.lowerBound...]
                rest = ""
                break
            }
            let name = after[..<close]
            if name.hasPrefix("!") {
                literal += "${" + name.dropFirst() + "}"
            } else {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(.variable(name.trimmingCharacters(in: .whitespaces)))
            }
            rest = after[after.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }
}

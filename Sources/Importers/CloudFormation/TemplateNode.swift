import Topology

/// One value of a template as written, with the place it was written: what every error
/// and warning about it points at. CloudFormation's intrinsic functions are already
/// recognised, whether written as YAML short-form tags (`!Ref VPC`) or as one-key
/// mappings (`{"Ref": "VPC"}`, `Fn::GetAtt: [...]`), so the evaluator sees one form.
struct TemplateNode: Sendable {
    indirect enum Shape: Sendable {
        /// YAML's `null`, `~` or an empty value.
        case null
        /// Any scalar: strings, numbers and booleans alike (CloudFormation reads them as text).
        case text(String)
        case list([TemplateNode])
        case map([Entry])
        /// An intrinsic function and its argument.
        case call(Intrinsic, TemplateNode)
    }

    /// One key of a mapping, in file order.
    struct Entry: Sendable {
        let key: String
        let keyPlace: SourceLocation
        let value: TemplateNode
    }

    let shape: Shape
    let place: SourceLocation

    /// The value of `key` when this is a mapping that has it.
    subscript(key: String) -> TemplateNode? {
        guard case .map(let entries) = shape else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// The entries when this is a mapping, else nil.
    var entries: [Entry]? {
        if case .map(let entries) = shape { return entries }
        return nil
    }

    /// The text when this is a scalar, else nil.
    var text: String? {
        if case .text(let text) = shape { return text }
        return nil
    }

    /// How the value reads in a message: `'x'`, `a list`, `a mapping`, `!Ref`.
    var described: String {
        switch shape {
        case .null: return "nothing"
        case .text(let text): return "'\(text)'"
        case .list: return "a list"
        case .map: return "a mapping"
        case .call(let function, _): return function.longName
        }
    }
}

/// The intrinsic functions CloudFormation evaluates, by their long names
/// (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html,
/// read 2026-11-30).
enum Intrinsic: Hashable, Sendable {
    case ref, getAtt, sub, join, select, split, getAZs, `if`, equals, not, and, or, findInMap, importValue, cidr,
         base64, condition
    /// A function linkscope reads but does not evaluate (`Fn::Transform`, `Fn::Length`…):
    /// an error only where its value is needed.
    case other(String)

    static let evaluated: [Intrinsic] = [.ref, .getAtt, .sub, .join, .select, .split, .getAZs, .if, .equals, .not,
                                         .and, .or, .findInMap, .importValue, .cidr, .base64, .condition]

    /// `Ref`, `Fn::GetAtt`, …, `Condition`.
    var longName: String {
        switch self {
        case .ref: return "Ref"
        case .condition: return "Condition"
        case .getAtt: return "Fn::GetAtt"
        case .sub: return "Fn::Sub"
        case .join: return "Fn::Join"
        case .select: return "Fn::Select"
        case .split: return "Fn::Split"
        case .getAZs: return "Fn::GetAZs"
        case .if: return "Fn::If"
        case .equals: return "Fn::Equals"
        case .not: return "Fn::Not"
        case .and: return "Fn::And"
        case .or: return "Fn::Or"
        case .findInMap: return "Fn::FindInMap"
        case .importValue: return "Fn::ImportValue"
        case .cidr: return "Fn::Cidr"
        case .base64: return "Fn::Base64"
        case .other(let name): return name
        }
    }

    /// The YAML short form: `!Ref`, `!GetAtt`, `!Condition`.
    var tag: String {
        switch self {
        case .ref, .condition: return "!" + longName
        case .other(let name): return "!" + name.replacingOccurrences(of: "Fn::", with: "")
        case .getAtt, .sub, .join, .select, .split, .getAZs, .if, .equals, .not, .and, .or, .findInMap, .importValue,
             .cidr, .base64:
            return "!" + longName.dropFirst(4)
        }
    }

    /// The function a YAML tag names.
    static func tagged(_ tag: String) -> Intrinsic? { evaluated.first { $0.tag == tag } }

    /// The function a one-key mapping names: `Ref`, or any `Fn::` key. `Condition` is a
    /// function only inside condition functions, where the evaluator reads it.
    static func keyed(_ key: String) -> Intrinsic? {
        if key == "Ref" { return .ref }
        guard key.hasPrefix("Fn::") else { return nil }
        return evaluated.first { $0.longName == key } ?? .other(key)
    }
}

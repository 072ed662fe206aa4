import Topology
import Yams

/// Reads a template's text (YAML, or JSON, which the same parser reads so places stay
/// exact) into `TemplateNode`s. Tags other than CloudFormation's short forms are refused:
/// a misspelt `!Reff` would otherwise be read as plain text.
enum TemplateParser {
    /// The largest template CloudFormation accepts (from Amazon S3): 1 MB
    /// (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html,
    /// read 2026-11-30). Anything larger is not a template it could deploy.
    static let maximumBytes = 1_048_576
    /// How deeply values may nest. Templates need a handful of levels; the limit keeps every
    /// recursive walk of the tree far from the stack's end.
    static let maximumDepth = 200

    /// The root node of `bytes`, read as the file `file`.
    static func parse(_ bytes: [UInt8], file: String) throws(LoadError) -> TemplateNode {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard bytes.count <= maximumBytes else {
            throw LoadError.at(start, "the template is \(bytes.count) bytes; CloudFormation accepts templates of at most \(maximumBytes) bytes (1 MB)")
        }
        let text = try TextCheck.decode(bytes, file: file)
        do {
            guard let root = try Yams.compose(yaml: text) else {
                throw LoadError.at(start, "the file is empty; a template has at least 'Resources'")
            }
            return try convert(root, budget: NodeBudget(file: file, bytes: bytes.count), depth: 0)
        } catch let error as LoadError {
            throw error
        } catch let error as YamlError {
            throw YAMLErrorMessage.loadError(error, file: file)
        } catch {
            throw LoadError(.malformed, "\(file): \(error)")
        }
    }

    private static func convert(_ node: Node, budget: NodeBudget, depth: Int) throws -> TemplateNode {
        try budget.spend(node)
        let place = sourceLocation(node, file: budget.file)
        guard depth < maximumDepth else {
            throw LoadError.at(place, "values nest more than \(maximumDepth) levels deep; a template needs a few")
        }
        let tag = node.tag.rawValue
        if tag.hasPrefix("!"), tag != "!" {
            guard let function = Intrinsic.tagged(tag) else {
                let known = Intrinsic.evaluated.map(\.tag)
                let hint = Suggestion.closest(to: tag, in: known).map { "; did you mean '\($0)'?" } ?? ""
                throw LoadError.at(place, "unknown tag '\(tag)'\(hint) (CloudFormation's short forms are \(known.joined(separator: " ")))")
            }
            return TemplateNode(shape: .call(function, try untagged(node, budget: budget, place: place, depth: depth)), place: place)
        }
        return try untagged(node, budget: budget, place: place, depth: depth)
    }

    /// The node's own value, its tag set aside.
    private static func untagged(_ node: Node, budget: NodeBudget, place: SourceLocation, depth: Int) throws -> TemplateNode {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return TemplateNode(shape: .null, place: place)
            }
            return TemplateNode(shape: .text(scalar.string), place: place)
        case .sequence(let sequence):
            return TemplateNode(shape: .list(try sequence.map { try convert($0, budget: budget, depth: depth + 1) }), place: place)
        case .mapping(let mapping):
            var entries: [TemplateNode.Entry] = []
            for (key, value) in mapping {
                guard let name = key.scalar?.string else {
                    throw LoadError.at(sourceLocation(key, file: budget.file), "mapping keys must be plain names")
                }
                entries.append(TemplateNode.Entry(key: name, keyPlace: sourceLocation(key, file: budget.file),
                                                  value: try convert(value, budget: budget, depth: depth + 1)))
            }
            if entries.count == 1, let function = Intrinsic.keyed(entries[0].key) {
                return TemplateNode(shape: .call(function, entries[0].value), place: place)
            }
            return TemplateNode(shape: .map(entries), place: place)
        case .alias:
            throw LoadError.at(place, "a YAML alias that names no anchor")
        }
    }
}

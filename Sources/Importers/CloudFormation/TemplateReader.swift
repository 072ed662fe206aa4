import Topology

/// Reads the sections of a template from its root node, refusing what CloudFormation
/// would refuse about their shape: unknown sections and attributes (with a suggestion),
/// logical ids that are not alphanumeric, a resource without `Type`.
enum TemplateReader {
    static let sections = ["AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Rules", "Mappings",
                           "Conditions", "Transform", "Resources", "Outputs", "Globals"]
    static let resourceKeys = ["Type", "Properties", "Condition", "DependsOn", "Metadata", "DeletionPolicy",
                               "UpdateReplacePolicy", "CreationPolicy", "UpdatePolicy"]
    static let parameterKeys = ["Type", "Default", "Description", "AllowedValues", "AllowedPattern",
                                "ConstraintDescription", "MaxLength", "MinLength", "MaxValue", "MinValue", "NoEcho"]
    static let outputKeys = ["Value", "Description", "Export", "Condition"]

    static func read(_ root: TemplateNode, file: String) throws(LoadError) -> Template {
        var template = Template(file: file)
        let top = try checked(root, "a template", keys: sections)
        if let version = top["AWSTemplateFormatVersion"] {
            guard version.text == "2010-09-09" else {
                throw LoadError.at(version.place, "AWSTemplateFormatVersion is \(version.described); the only version is '2010-09-09'")
            }
        }
        template.description = top["Description"]?.text ?? ""
        for entry in try mapping(top["Parameters"], "Parameters") {
            template.parameters[entry.key] = try parameter(entry)
        }
        for entry in try mapping(top["Mappings"], "Mappings") { template.mappings[entry.key] = entry.value }
        for entry in try mapping(top["Conditions"], "Conditions") { template.conditions[entry.key] = entry.value }
        template.transforms = try transforms(top["Transform"])
        guard let resources = top["Resources"] else {
            throw LoadError.at(root.place, "a template needs 'Resources', with at least one resource")
        }
        for entry in try mapping(resources, "Resources") {
            guard template.resourceAt[entry.key] == nil else {
                throw LoadError.at(entry.keyPlace, "resource '\(entry.key)' is defined twice")
            }
            if template.parameters[entry.key] != nil {
                throw LoadError.at(entry.keyPlace, "'\(entry.key)' names both a parameter and a resource; logical ids are unique in a template")
            }
            template.resourceAt[entry.key] = template.resources.count
            template.resources.append(try resource(entry))
        }
        guard !template.resources.isEmpty else {
            throw LoadError.at(resources.place, "'Resources' is empty; a template has at least one resource")
        }
        for entry in try mapping(top["Outputs"], "Outputs") { template.outputs.append(try output(entry)) }
        return template
    }

    /// The entries of a section or attribute that must be a mapping; none when absent.
    static func mapping(_ node: TemplateNode?, _ what: String, keys: [String]? = nil) throws(LoadError) -> [TemplateNode.Entry] {
        guard let node else { return [] }
        if case .null = node.shape { return [] }
        guard let entries = node.entries else {
            throw LoadError.at(node.place, "\(what) must be a mapping, found \(node.described)")
        }
        if let keys {
            for entry in entries where !keys.contains(entry.key) {
                let hint = Suggestion.closest(to: entry.key, in: keys).map { "; did you mean '\($0)'?" }
                    ?? "; expected one of: \(keys.joined(separator: ", "))"
                throw LoadError.at(entry.keyPlace, "unknown key '\(entry.key)' in \(what)\(hint)")
            }
        }
        return entries
    }

    /// `node`, once checked to be a mapping of only `keys`.
    private static func checked(_ node: TemplateNode, _ what: String, keys: [String]) throws(LoadError) -> TemplateNode {
        _ = try mapping(node, what, keys: keys)
        return node
    }

    private static func logicalId(_ entry: TemplateNode.Entry, _ noun: String) throws(LoadError) {
        guard !entry.key.isEmpty, entry.key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw LoadError.at(entry.keyPlace, "\(noun) name '\(entry.key)' must be alphanumeric (A-Z, a-z, 0-9)")
        }
    }

    private static func parameter(_ entry: TemplateNode.Entry) throws(LoadError) -> Template.Parameter {
        try logicalId(entry, "parameter")
        let node = try checked(entry.value, "parameter '\(entry.key)'", keys: parameterKeys)
        guard let type = node["Type"]?.text else {
            throw LoadError.at(entry.value.place, "parameter '\(entry.key)' needs 'Type' (String, Number, CommaDelimitedList, an AWS-specific type…)")
        }
        var allowed: [String]?
        if let values = node["AllowedValues"] {
            guard case .list(let items) = values.shape else {
                throw LoadError.at(values.place, "AllowedValues of parameter '\(entry.key)' must be a list")
            }
            allowed = items.compactMap(\.text)
        }
        return Template.Parameter(name: entry.key, place: entry.keyPlace, type: type, defaultValue: node["Default"],
                                  allowedValues: allowed)
    }

    private static func resource(_ entry: TemplateNode.Entry) throws(LoadError) -> Template.Resource {
        try logicalId(entry, "resource")
        let node = try checked(entry.value, "resource '\(entry.key)'", keys: resourceKeys)
        guard let typeNode = node["Type"] else {
            throw LoadError.at(entry.keyPlace, "resource '\(entry.key)' needs 'Type' (such as AWS::EC2::VPC)")
        }
        guard let type = typeNode.text, !type.isEmpty else {
            throw LoadError.at(typeNode.place, "'Type' of resource '\(entry.key)' must be a type name such as AWS::EC2::VPC, found \(typeNode.described)")
        }
        return Template.Resource(logicalId: entry.key, place: entry.keyPlace, type: type, typePlace: typeNode.place,
                                 properties: node["Properties"], condition: try name(node["Condition"], "Condition of resource '\(entry.key)'"),
                                 dependsOn: try names(node["DependsOn"], "DependsOn of resource '\(entry.key)'"))
    }

    private static func output(_ entry: TemplateNode.Entry) throws(LoadError) -> Template.Output {
        try logicalId(entry, "output")
        let node = try checked(entry.value, "output '\(entry.key)'", keys: outputKeys)
        guard let value = node["Value"] else { throw LoadError.at(entry.keyPlace, "output '\(entry.key)' needs 'Value'") }
        var exportName: TemplateNode?
        if let export = node["Export"] {
            let fields = try checked(export, "Export of output '\(entry.key)'", keys: ["Name"])
            guard let name = fields["Name"] else {
                throw LoadError.at(export.place, "Export of output '\(entry.key)' needs 'Name'")
            }
            exportName = name
        }
        return Template.Output(name: entry.key, place: entry.keyPlace, value: value, exportName: exportName,
                               condition: try name(node["Condition"], "Condition of output '\(entry.key)'"))
    }

    private static func name(_ node: TemplateNode?, _ what: String) throws(LoadError) -> (name: String, place: SourceLocation)? {
        guard let node else { return nil }
        guard let text = node.text else { throw LoadError.at(node.place, "\(what) must be a name, found \(node.described)") }
        return (text, node.place)
    }

    private static func names(_ node: TemplateNode?, _ what: String) throws(LoadError) -> [(name: String, place: SourceLocation)] {
        guard let node else { return [] }
        if case .list(let items) = node.shape {
            var out: [(name: String, place: SourceLocation)] = []
            for item in items { if let one = try name(item, what) { out.append(one) } }
            return out
        }
        return try name(node, what).map { [$0] } ?? []
    }

    private static func transforms(_ node: TemplateNode?) throws(LoadError) -> [(name: String, place: SourceLocation)] {
        guard let node else { return [] }
        switch node.shape {
        case .text(let name): return [(name, node.place)]
        case .list(let items): return items.map { ($0.text ?? $0.described, $0.place) }
        case .null, .map, .call: return [(node.described, node.place)]
        }
    }
}

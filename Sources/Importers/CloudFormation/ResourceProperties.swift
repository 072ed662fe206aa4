import Topology

/// The evaluated properties of one resource of a mapped type, with typed, located access:
/// a property of the wrong shape is refused at the place its value came from, and a
/// property the type does not have is refused with a suggestion.
struct ResourceProperties {
    let resource: Template.Resource
    let elementId: String
    let type: ResourceType
    /// Its place among every loaded template's resources, in file order.
    let sequence: Int
    private let values: [String: TemplateValue]
    /// The `Name` tag, else the logical id: what the element is called.
    let name: String

    init(_ resource: Template.Resource, elementId: String, type: ResourceType, sequence: Int,
         evaluated: TemplateValue?) throws(LoadError) {
        self.resource = resource
        self.sequence = sequence
        self.elementId = elementId
        self.type = type
        var values: [String: TemplateValue] = [:]
        if let evaluated {
            guard case .map(let entries) = evaluated.shape else {
                throw LoadError.at(evaluated.place, "Properties of \(resource.type) '\(resource.logicalId)' must be a mapping, found \(evaluated.described)")
            }
            for entry in entries {
                guard type.properties.contains(entry.key) else {
                    let hint = Suggestion.closest(to: entry.key, in: type.properties).map { "; did you mean '\($0)'?" }
                        ?? "; it has \(type.properties.sorted().joined(separator: ", "))"
                    throw LoadError.at(entry.keyPlace, "\(resource.type) has no property '\(entry.key)'\(hint)")
                }
                values[entry.key] = entry.value
            }
        }
        self.values = values
        var name = resource.logicalId
        if case .list(let tags)? = values["Tags"]?.shape {
            for tag in tags where tag["Key"]?.flatText == "Name" {
                if let text = tag["Value"]?.flatText, !text.isEmpty { name = text }
            }
        }
        self.name = name
    }

    /// `AWS::EC2::Subnet 'PublicA'`, for messages.
    var what: String { "\(resource.type) '\(resource.logicalId)'" }
    var place: SourceLocation { resource.place }

    subscript(key: String) -> TemplateValue? { values[key] }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// Where the value of `key` came from, or the resource when it is not set.
    func place(of key: String) -> SourceLocation { values[key]?.place ?? resource.place }

    /// A single value: text, a resource's id or a symbolic value's text.
    func text(_ key: String) throws(LoadError) -> String? {
        guard let value = values[key] else { return nil }
        return try Self.text(value, key, of: what)
    }

    static func text(_ value: TemplateValue, _ key: String, of what: String) throws(LoadError) -> String {
        guard let text = value.flatText else {
            throw LoadError.at(value.place, "\(key) of \(what) must be a single value, found \(value.described)")
        }
        return text
    }

    func required(_ key: String) throws(LoadError) -> TemplateValue {
        guard let value = values[key] else { throw LoadError.at(resource.place, "\(what) needs '\(key)'") }
        return value
    }

    /// `true` or `false`, in any case, as CloudFormation reads booleans.
    func bool(_ key: String) throws(LoadError) -> Bool? {
        guard let value = values[key] else { return nil }
        switch value.flatText?.lowercased() {
        case "true"?: return true
        case "false"?: return false
        default:
            if value.isSymbolic { return nil }
            throw LoadError.at(value.place, "\(key) of \(what) must be true or false, found \(value.described)")
        }
    }

    func int(_ key: String) throws(LoadError) -> Int? {
        guard let value = values[key] else { return nil }
        if value.isSymbolic { return nil }
        guard let number = value.flatText.flatMap({ Int($0) }) else {
            throw LoadError.at(value.place, "\(key) of \(what) must be a whole number, found \(value.described)")
        }
        return number
    }

    /// A list property's items; a symbolic value stands for the whole list.
    func list(_ key: String) throws(LoadError) -> [TemplateValue] {
        guard let value = values[key] else { return [] }
        switch value.shape {
        case .list(let items): return items
        case .symbol: return [value]
        case .text, .map, .resource, .noValue:
            throw LoadError.at(value.place, "\(key) of \(what) must be a list, found \(value.described)")
        }
    }

    /// A list of single values.
    func texts(_ key: String) throws(LoadError) -> [String] {
        var out: [String] = []
        for item in try list(key) { out.append(try Self.text(item, key, of: what)) }
        return out
    }

    /// A CIDR, checked; nil when the value is symbolic (it has no address to check).
    func cidr(_ value: TemplateValue, _ key: String) throws(LoadError) -> CIDR? {
        if value.isSymbolic { return nil }
        let text = try Self.text(value, key, of: what)
        switch CIDR.parse(text) {
        case .success(let cidr): return cidr
        case .failure(let error): throw LoadError.at(value.place, "invalid CIDR '\(text)' in \(key) of \(what): \(error.reason)")
        }
    }

    func cidr(_ key: String) throws(LoadError) -> CIDR? {
        try values[key].flatMap { v throws(LoadError) in try cidr(v, key) }
    }

    /// An IPv4 address, checked; nil when absent or symbolic.
    func ipv4(_ key: String) throws(LoadError) -> IPv4Address? {
        guard let value = values[key], !value.isSymbolic else { return nil }
        let text = try Self.text(value, key, of: what)
        guard let address = IPv4Address(text) else {
            throw LoadError.at(value.place, "invalid IPv4 address '\(text)' in \(key) of \(what)")
        }
        return address
    }
}

import Foundation
import Topology

/// Evaluates one template's values: parameters (an override, else the default, else a
/// symbolic value and a warning), pseudo parameters, conditions and every intrinsic
/// function. A `Ref` or identity `Fn::GetAtt` of a resource gives the resource's element id.
final class TemplateEvaluator {
    let template: Template
    let index: Int
    unowned let stacks: StackSet
    private var parameterValues: [String: TemplateValue] = [:]
    var conditionValues: [String: Bool] = [:]
    /// Resource properties already evaluated for `Fn::GetAtt`, by `Resource.Property`.
    private var propertyValues: [String: TemplateValue] = [:]
    /// How deep evaluation may go: values nest at most `TemplateParser.maximumDepth`
    /// levels, and chains through conditions, attributes and imports (across templates,
    /// counted in `StackSet.depth`) add to it, so no template can exhaust the stack.
    static let maximumDepth = 400

    init(template: Template, index: Int, stacks: StackSet) {
        self.template = template
        self.index = index
        self.stacks = stacks
    }

    var region: String { stacks.options.region }

    /// The value of `node`, intrinsic functions evaluated.
    func value(_ node: TemplateNode) throws(LoadError) -> TemplateValue {
        try descend(at: node.place)
        defer { ascend() }
        switch node.shape {
        case .null:
            return TemplateValue(.noValue, at: node.place)
        case .text(let text):
            return TemplateValue(.text(text), at: node.place)
        case .list(let items):
            var out: [TemplateValue] = []
            for item in items {
                let v = try value(item)
                if case .noValue = v.shape { continue }
                out.append(v)
            }
            return TemplateValue(.list(out), at: node.place)
        case .map(let entries):
            var out: [TemplateValue.Entry] = []
            for entry in entries {
                let v = try value(entry.value)
                if case .noValue = v.shape { continue }
                out.append(TemplateValue.Entry(key: entry.key, keyPlace: entry.keyPlace, value: v))
            }
            return TemplateValue(.map(out), at: node.place)
        case .call(let function, let argument):
            return try call(function, argument, at: node.place)
        }
    }

    /// One level deeper, or an error past the limit; the caller steps back up with `depth -= 1`.
    func descend(at place: SourceLocation) throws(LoadError) {
        stacks.depth += 1
        guard stacks.depth <= Self.maximumDepth else {
            stacks.depth -= 1
            throw LoadError.at(place, "values nest or refer to each other more than \(Self.maximumDepth) levels deep")
        }
    }

    func ascend() { stacks.depth -= 1 }

    private func call(_ function: Intrinsic, _ argument: TemplateNode, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        switch function {
        case .ref:
            guard let name = argument.text else { throw LoadError.at(argument.place, "Ref takes a name, found \(argument.described)") }
            return try reference(name, at: argument.place)
        case .getAtt: return try getAtt(argument, at: place)
        case .sub: return try sub(argument, at: place)
        case .join: return try join(argument, at: place)
        case .select: return try select(argument, at: place)
        case .split: return try split(argument, at: place)
        case .getAZs: return try getAZs(argument, at: place)
        case .findInMap: return try findInMap(argument, at: place)
        case .importValue:
            let name = try value(argument)
            guard case .text(let text) = name.shape else {
                stacks.warn(argument.place, "the name Fn::ImportValue imports is \(name.described); its value stays symbolic")
                return TemplateValue(.symbol("ImportValue:\(name.flatText ?? "?")"), at: place)
            }
            return try stacks.importValue(text, at: place)
        case .cidr: return try cidr(argument, at: place)
        case .base64: return try base64(argument, at: place)
        case .if:
            let items = try arguments(argument, function, count: 3)
            guard let name = items[0].text else { throw LoadError.at(items[0].place, "Fn::If takes a condition name first") }
            return try value(condition(name, at: items[0].place) ? items[1] : items[2])
        case .equals, .not, .and, .or, .condition:
            let truth = try truth(TemplateNode(shape: .call(function, argument), place: place))
            return TemplateValue(.text(truth ? "true" : "false"), at: place)
        case .other(let name):
            // Functions of the language extensions transform (and Fn::Transform) are known,
            // so a misspelling of one is suggested too.
            let known = Intrinsic.evaluated.map(\.longName) + ["Fn::Length", "Fn::ToJsonString", "Fn::Transform", "Fn::ForEach"]
            let hint = Suggestion.closest(to: name, in: known.filter { $0 != name }).map { "; did you mean '\($0)'?" }
                ?? "; linkscope evaluates \(Intrinsic.evaluated.map(\.longName).joined(separator: ", "))"
            throw LoadError.at(place, "linkscope does not evaluate \(name)\(hint)")
        }
    }

    /// The items of a function's list argument, exactly `count` of them.
    func arguments(_ argument: TemplateNode, _ function: Intrinsic, count: Int) throws(LoadError) -> [TemplateNode] {
        guard case .list(let items) = argument.shape, items.count == count else {
            throw LoadError.at(argument.place, "\(function.longName) takes a list of \(count) values, found \(argument.described)")
        }
        return items
    }

    /// `Ref`: a pseudo parameter, a parameter's value or a resource's element id.
    func reference(_ name: String, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        if let pseudo = PseudoParameter(rawValue: name) { return self.pseudo(pseudo, at: place) }
        if let parameter = template.parameters[name] { return try parameterValue(parameter, at: place) }
        return try resourceId(name, at: place)
    }

    /// The element id of a resource the template keeps.
    func resourceId(_ logicalId: String, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        guard let resource = template.resource(logicalId) else {
            let hint = Suggestion.closest(to: logicalId, in: template.resources.map(\.logicalId)).map { "; did you mean '\($0)'?" } ?? ""
            throw LoadError.at(place, "no resource '\(logicalId)' in the template\(hint)")
        }
        if let condition = resource.condition, try !self.condition(condition.name, at: condition.place) {
            throw LoadError.at(place, "'\(logicalId)' is left out of the stack (its condition '\(condition.name)' is false), so nothing can refer to it here; refer to it under Fn::If with the same condition")
        }
        return TemplateValue(.resource(stacks.elementIds[index][logicalId]!), at: place)
    }

    private func pseudo(_ pseudo: PseudoParameter, at place: SourceLocation) -> TemplateValue {
        switch pseudo {
        case .accountId: return TemplateValue(.text(stacks.options.account), at: place)
        case .region: return TemplateValue(.text(region), at: place)
        case .stackName: return TemplateValue(.text(template.stackName), at: place)
        case .partition: return TemplateValue(.text(PseudoParameter.partition(of: region)), at: place)
        case .urlSuffix: return TemplateValue(.text(PseudoParameter.urlSuffix(of: region)), at: place)
        case .noValue: return TemplateValue(.noValue, at: place)
        case .notificationARNs: return TemplateValue(.list([]), at: place)
        case .stackId: return TemplateValue(.symbol("StackId:\(template.stackName)"), at: place)
        }
    }

    private func parameterValue(_ parameter: Template.Parameter, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        if let known = parameterValues[parameter.name] { return known }
        let result: TemplateValue
        if let given = stacks.options.parameters[parameter.name] {
            if let allowed = parameter.allowedValues, !allowed.contains(given) {
                throw LoadError(.malformed, "--parameter \(parameter.name)=\(given): not one of its AllowedValues (\(allowed.joined(separator: ", "))), declared at \(parameter.place)")
            }
            result = typed(TemplateValue(.text(given), at: parameter.place), parameter)
        } else if let node = parameter.defaultValue {
            let fallback = try value(node)
            result = parameter.isSSM
                ? TemplateValue(.symbol("SSM:\(fallback.flatText ?? "?")"), at: node.place)
                : typed(fallback, parameter)
        } else {
            stacks.warn(place, "parameter '\(parameter.name)' has no default and no value; it stays symbolic as 'Parameter:\(parameter.name)' (give one with --parameter \(parameter.name)=VALUE)")
            result = TemplateValue(.symbol("Parameter:\(parameter.name)"), at: place)
        }
        parameterValues[parameter.name] = result
        return result
    }

    /// List-typed parameters take comma-separated text.
    private func typed(_ value: TemplateValue, _ parameter: Template.Parameter) -> TemplateValue {
        guard parameter.isList, case .text(let text) = value.shape else { return value }
        let items = text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false)
            .map { TemplateValue(.text($0.trimmingCharacters(in: .whitespaces)), at: value.place) }
        return TemplateValue(.list(items), at: value.place)
    }

    /// `Fn::GetAtt`: `Resource.Attribute`, or `[Resource, Attribute]`.
    private func getAtt(_ argument: TemplateNode, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        let name: String, attribute: String
        if let text = argument.text, let dot = text.firstIndex(of: ".") {
            (name, attribute) = (String(text[..<dot]), String(text[text.index(after: dot)...]))
        } else if case .list(let items) = argument.shape, items.count == 2, let first = items[0].text,
                  let second = try value(items[1]).flatText {
            (name, attribute) = (first, second)
        } else {
            throw LoadError.at(argument.place, "Fn::GetAtt takes Resource.Attribute or [Resource, Attribute], found \(argument.described)")
        }
        let id = try resourceId(name, at: argument.place)
        let resource = template.resource(name)!
        guard let type = ResourceType.byName[resource.type] else {
            return TemplateValue(.symbol("GetAtt:\(name).\(attribute)"), at: place)
        }
        switch type.attributes[attribute] {
        case .identity?:
            return id
        case .property(let property)?:
            return try propertyValue(resource, property) ?? TemplateValue(.symbol("GetAtt:\(name).\(attribute)"), at: place)
        case .deployed?:
            return TemplateValue(.symbol("GetAtt:\(name).\(attribute)"), at: place)
        case nil:
            if let near = Suggestion.closest(to: attribute, in: type.attributes.keys) {
                throw LoadError.at(argument.place, "\(resource.type) has no attribute '\(attribute)'; did you mean '\(near)'?")
            }
            return TemplateValue(.symbol("GetAtt:\(name).\(attribute)"), at: place)
        }
    }

    /// One property of a resource, evaluated once; nil when the resource does not set it.
    private func propertyValue(_ resource: Template.Resource, _ property: String) throws(LoadError) -> TemplateValue? {
        let key = resource.logicalId + "." + property
        if let known = propertyValues[key] { return known }
        guard let properties = resource.properties, let node = properties[property] else { return nil }
        let result = try value(node)
        if case .noValue = result.shape { return nil }
        propertyValues[key] = result
        return result
    }
}

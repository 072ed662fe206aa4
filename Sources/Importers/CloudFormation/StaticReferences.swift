import Topology

/// Checks what a template's names refer to before anything is evaluated, as CloudFormation
/// validates a template: every `Ref`, `Fn::GetAtt`, `Fn::Sub` variable, `DependsOn` and
/// condition name must exist (else a suggestion), and no resources may need each other
/// to be created first (a circular reference, named in full).
struct StaticReferences {
    let template: Template
    /// For each resource, the resources it refers to, with where.
    private var needs: [String: [(String, SourceLocation)]] = [:]
    /// For each condition, the conditions it names.
    private var conditionNeeds: [String: [(String, SourceLocation)]] = [:]
    private var names: [String] { Array(template.parameters.keys) + template.resources.map(\.logicalId) + PseudoParameter.allCases.map(\.rawValue) }

    static func check(_ template: Template) throws(LoadError) {
        var checker = StaticReferences(template: template)
        for name in template.conditions.keys.sorted() {
            var found: [(String, SourceLocation)] = []
            try checker.walk(template.conditions[name]!, from: nil, conditions: &found, inCondition: true)
            checker.conditionNeeds[name] = found
        }
        for resource in template.resources {
            var found: [(String, SourceLocation)] = []
            if let condition = resource.condition { try checker.condition(condition.name, at: condition.place) }
            for (name, place) in resource.dependsOn {
                guard template.resourceAt[name] != nil else { throw checker.unknown(name, at: place, "DependsOn of '\(resource.logicalId)' names", resourcesOnly: true) }
                checker.needs[resource.logicalId, default: []].append((name, place))
            }
            if let properties = resource.properties {
                try checker.walk(properties, from: resource.logicalId, conditions: &found, inCondition: false)
            }
        }
        for output in template.outputs {
            var found: [(String, SourceLocation)] = []
            if let condition = output.condition { try checker.condition(condition.name, at: condition.place) }
            try checker.walk(output.value, from: nil, conditions: &found, inCondition: false)
            if let name = output.exportName { try checker.walk(name, from: nil, conditions: &found, inCondition: false) }
        }
        try Cycles.check(order: template.resources.map(\.logicalId), edges: checker.needs, what: "circular reference between resources",
                         why: "CloudFormation cannot create them: each needs another first")
        try Cycles.check(order: template.conditions.keys.sorted(), edges: checker.conditionNeeds, what: "circular reference between conditions",
                         why: "a condition cannot depend on itself")
    }

    private mutating func walk(_ node: TemplateNode, from resource: String?, conditions: inout [(String, SourceLocation)],
                               inCondition: Bool) throws(LoadError) {
        switch node.shape {
        case .null, .text:
            return
        case .list(let items):
            for item in items { try walk(item, from: resource, conditions: &conditions, inCondition: inCondition) }
        case .map(let entries):
            if inCondition, entries.count == 1, entries[0].key == "Condition", let name = entries[0].value.text {
                try condition(name, at: entries[0].value.place)
                conditions.append((name, entries[0].value.place))
                return
            }
            for entry in entries { try walk(entry.value, from: resource, conditions: &conditions, inCondition: inCondition) }
        case .call(let function, let argument):
            try call(function, argument, at: node.place, from: resource, conditions: &conditions, inCondition: inCondition)
        }
    }

    private mutating func call(_ function: Intrinsic, _ argument: TemplateNode, at place: SourceLocation, from resource: String?,
                               conditions: inout [(String, SourceLocation)], inCondition: Bool) throws(LoadError) {
        switch function {
        case .ref:
            guard let name = argument.text else { break }
            try refer(name, at: argument.place, from: resource, attribute: false)
            return
        case .getAtt:
            if let text = argument.text, let dot = text.firstIndex(of: ".") {
                try refer(String(text[..<dot]), at: argument.place, from: resource, attribute: true)
                return
            }
            if case .list(let items) = argument.shape, let name = items.first?.text {
                try refer(name, at: items[0].place, from: resource, attribute: true)
                for item in items.dropFirst() { try walk(item, from: resource, conditions: &conditions, inCondition: inCondition) }
                return
            }
        case .sub:
            try sub(argument, from: resource, conditions: &conditions, inCondition: inCondition)
            return
        case .condition:
            if let name = argument.text {
                try condition(name, at: argument.place)
                conditions.append((name, argument.place))
                return
            }
        case .if:
            if case .list(let items) = argument.shape, let name = items.first?.text {
                try condition(name, at: items[0].place)
                for item in items.dropFirst() { try walk(item, from: resource, conditions: &conditions, inCondition: inCondition) }
                return
            }
        case .equals, .not, .and, .or:
            try walk(argument, from: resource, conditions: &conditions, inCondition: true)
            return
        case .join, .select, .split, .getAZs, .findInMap, .importValue, .cidr, .base64, .other:
            break
        }
        try walk(argument, from: resource, conditions: &conditions, inCondition: inCondition)
    }

    /// The variables of an `Fn::Sub` string, less those its own mapping defines.
    private mutating func sub(_ argument: TemplateNode, from resource: String?, conditions: inout [(String, SourceLocation)],
                              inCondition: Bool) throws(LoadError) {
        var text: TemplateNode? = argument
        var own: Set<String> = []
        if case .list(let items) = argument.shape {
            text = items.first
            if items.count > 1 {
                for entry in items[1].entries ?? [] { own.insert(entry.key) }
                try walk(items[1], from: resource, conditions: &conditions, inCondition: inCondition)
            }
        }
        guard let string = text?.text, let place = text?.place else { return }
        for case .variable(let name) in SubText.parts(string) where !own.contains(name) {
            if let dot = name.firstIndex(of: ".") {
                try refer(String(name[..<dot]), at: place, from: resource, attribute: true)
            } else {
                try refer(name, at: place, from: resource, attribute: false)
            }
        }
    }

    private mutating func refer(_ name: String, at place: SourceLocation, from resource: String?, attribute: Bool) throws(LoadError) {
        if template.resourceAt[name] != nil {
            if let resource { needs[resource, default: []].append((name, place)) }
            return
        }
        if !attribute, template.parameters[name] != nil || PseudoParameter(rawValue: name) != nil { return }
        throw unknown(name, at: place, attribute ? "Fn::GetAtt names" : "Ref names", resourcesOnly: attribute)
    }

    private func condition(_ name: String, at place: SourceLocation) throws(LoadError) {
        guard template.conditions[name] == nil else { return }
        let hint = Suggestion.closest(to: name, in: template.conditions.keys).map { "; did you mean '\($0)'?" }
            ?? (template.conditions.isEmpty ? "; the template has no Conditions" : "")
        throw LoadError.at(place, "unknown condition '\(name)'\(hint)")
    }

    private func unknown(_ name: String, at place: SourceLocation, _ what: String, resourcesOnly: Bool) -> LoadError {
        let candidates = resourcesOnly ? template.resources.map(\.logicalId) : names
        let hint = Suggestion.closest(to: name, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
        let kinds = resourcesOnly ? "no resource" : "no parameter, resource or pseudo parameter"
        return LoadError.at(place, "\(what) '\(name)', but the template has \(kinds) of that name\(hint)")
    }
}

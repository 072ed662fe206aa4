import Topology

/// `Conditions`: each evaluated once, on first use. A condition that depends on a value
/// linkscope cannot resolve is taken as false, with a warning saying so.
extension TemplateEvaluator {
    /// Whether the named condition holds.
    func condition(_ name: String, at place: SourceLocation) throws(LoadError) -> Bool {
        if let known = conditionValues[name] { return known }
        guard let node = template.conditions[name] else {
            let hint = Suggestion.closest(to: name, in: template.conditions.keys).map { "; did you mean '\($0)'?" } ?? ""
            throw LoadError.at(place, "unknown condition '\(name)'\(hint)")
        }
        let result: Bool
        if let known = try tristate(node) {
            result = known
        } else {
            stacks.warn(node.place, "condition '\(name)' depends on a value linkscope cannot resolve; it is taken as false")
            result = false
        }
        conditionValues[name] = result
        return result
    }

    /// A condition function's truth.
    func truth(_ node: TemplateNode) throws(LoadError) -> Bool {
        try tristate(node) ?? false
    }

    /// True, false, or nil when it depends on a symbolic value.
    private func tristate(_ node: TemplateNode) throws(LoadError) -> Bool? {
        try descend(at: node.place)
        defer { ascend() }
        switch node.shape {
        case .call(.condition, let argument):
            guard let name = argument.text else { throw LoadError.at(argument.place, "Condition takes a condition name") }
            return try condition(name, at: argument.place)
        case .call(.equals, let argument):
            let items = try arguments(argument, .equals, count: 2)
            let (a, b) = (try value(items[0]), try value(items[1]))
            if a.isSymbolic || b.isSymbolic { return nil }
            return same(a, b)
        case .call(.not, let argument):
            let items = try arguments(argument, .not, count: 1)
            return try tristate(items[0]).map { !$0 }
        case .call(.and, let argument), .call(.or, let argument):
            guard case .list(let items) = argument.shape, (2...10).contains(items.count) else {
                throw LoadError.at(argument.place, "Fn::And and Fn::Or take a list of 2 to 10 conditions, found \(argument.described)")
            }
            let isAnd: Bool
            if case .call(.and, _) = node.shape { isAnd = true } else { isAnd = false }
            var unknown = false
            for item in items {
                guard let truth = try tristate(item) else { unknown = true; continue }
                if truth != isAnd { return truth }
            }
            return unknown ? nil : isAnd
        case .map(let entries) where entries.count == 1 && entries[0].key == "Condition":
            guard let name = entries[0].value.text else {
                throw LoadError.at(entries[0].value.place, "Condition takes a condition name")
            }
            return try condition(name, at: entries[0].value.place)
        case .text(let text) where text == "true" || text == "false":
            return text == "true"
        case .null, .text, .list, .map, .call:
            throw LoadError.at(node.place, "a condition is Fn::Equals, Fn::Not, Fn::And, Fn::Or or a Condition, found \(node.described)")
        }
    }

    /// CloudFormation compares values as written: strings, and lists item by item.
    private func same(_ a: TemplateValue, _ b: TemplateValue) -> Bool {
        switch (a.shape, b.shape) {
        case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy(same)
        default: return a.flatText != nil && a.flatText == b.flatText
        }
    }
}

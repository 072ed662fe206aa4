import Topology

/// Runs the rule catalogue over a topology. Each rule is a pass over the elements it is
/// about, using the topology's indexes, so checking costs about one walk of the model.
public enum Checks {
    /// The findings of `rules` (all when nil), most severe first, then in rule order.
    public static func run(_ topology: NetworkModel, rules: Set<String>? = nil) -> [Finding] {
        let wanted = { (rule: Rule) in rules?.contains(rule.id) ?? true }
        var context = CheckContext(topology: topology)
        if Rules.all.contains(where: wanted) {
            EndpointChecks.run(&context)
            NetworkChecks.run(&context)
            LinkChecks.run(&context)
            ServiceChecks.run(&context)
        }
        let order = Dictionary(uniqueKeysWithValues: Rules.all.enumerated().map { ($1.id, $0) })
        return context.findings.filter { rules?.contains($0.rule) ?? true }.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
            let ra = order[a.element.rule] ?? 0, rb = order[b.element.rule] ?? 0
            return ra == rb ? a.offset < b.offset : ra < rb
        }.map(\.element)
    }

    /// The findings about each element, for markers in the explorer.
    public static func byElement(_ findings: [Finding]) -> [String: [Finding]] {
        Dictionary(grouping: findings, by: \.element)
    }
}

/// What the checks share while they run: the topology and the findings so far.
struct CheckContext {
    let topology: NetworkModel
    var findings: [Finding] = []

    /// `name (id)`, or the id alone when the name is the id.
    func label(_ id: String) -> String {
        guard let name = topology.element(id)?.name, name != id else { return id }
        return "\(name) (\(id))"
    }

    mutating func add(_ rule: Rule, _ element: String, _ message: String) {
        add(rule, element, [], message)
    }

    mutating func add(_ rule: Rule, _ element: String, _ others: [String], severity: Severity? = nil, _ message: String) {
        findings.append(Finding(rule: rule.id, severity: severity ?? rule.severity, element: element, elements: others,
                                message: message, hint: rule.hint, source: rule.source))
    }
}

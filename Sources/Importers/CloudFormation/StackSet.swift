import Topology

/// Every template one command loads, evaluated together: each resource's element id is
/// fixed first, then every export, so an `Fn::ImportValue` in one stack finds the output
/// another stack exports, whatever order the sources were given in.
final class StackSet {
    let templates: [Template]
    let options: LoadOptions
    private(set) var evaluators: [TemplateEvaluator] = []
    /// The element id of each resource, per template: its logical id, or `STACK/LogicalId`
    /// when several loaded templates use the same logical id.
    private(set) var elementIds: [[String: String]] = []
    /// The template and resource behind each element id.
    private(set) var resourceOf: [String: (template: Int, resource: Int)] = [:]
    private var exports: [String: (template: Int, output: Int)] = [:]
    /// Each export's value, evaluated once however many imports name it.
    private var exportValues: [String: TemplateValue] = [:]
    /// Exports being evaluated, outermost first, to name an import cycle.
    private var importing: [String] = []
    private(set) var warnings: [LoadWarning] = []
    /// How deep evaluation is, over every template (see `TemplateEvaluator.maximumDepth`).
    var depth = 0
    private var warned: Set<LoadWarning> = []

    init(_ templates: [Template], options: LoadOptions) throws(LoadError) {
        self.templates = templates
        self.options = options
        assignElementIds()
        evaluators = templates.indices.map { TemplateEvaluator(template: templates[$0], index: $0, stacks: self) }
        try checkParameterOverrides()
        try collectExports()
    }

    /// Notes a warning once, however often the value behind it is evaluated.
    func warn(_ place: SourceLocation, _ message: String) {
        let warning = LoadWarning(place, message)
        if warned.insert(warning).inserted { warnings.append(warning) }
    }

    /// The resource an element id stands for.
    func resource(ofElement id: String) -> Template.Resource? {
        resourceOf[id].map { templates[$0.template].resources[$0.resource] }
    }

    /// The value another (or the same) template exports as `name`; a symbolic value and a
    /// warning when no loaded template exports it.
    func importValue(_ name: String, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        guard let (t, o) = exports[name] else {
            let hint = Suggestion.closest(to: name, in: exports.keys).map { " (did you mean '\($0)'?)" } ?? ""
            warn(place, "no template among the sources exports '\(name)'\(hint); its value stays symbolic as 'ImportValue:\(name)' (give the exporting template with another --source)")
            return TemplateValue(.symbol("ImportValue:\(name)"), at: place)
        }
        if let known = exportValues[name] { return known }
        if let at = importing.firstIndex(of: name) {
            throw LoadError.at(place, "circular import: \((importing[at...] + [name]).joined(separator: " → ")) (each export's value imports the next)")
        }
        importing.append(name)
        defer { importing.removeLast() }
        let value = try evaluators[t].value(templates[t].outputs[o].value)
        exportValues[name] = value
        return value
    }

    private func assignElementIds() {
        var templatesUsing: [String: Int] = [:]
        for template in templates {
            for id in Set(template.resources.map(\.logicalId)) { templatesUsing[id, default: 0] += 1 }
        }
        for (t, template) in templates.enumerated() {
            var ids: [String: String] = [:]
            for (r, resource) in template.resources.enumerated() {
                let shared = (templatesUsing[resource.logicalId] ?? 0) > 1
                let id = shared ? "\(template.stackName)/\(resource.logicalId)" : resource.logicalId
                ids[resource.logicalId] = id
                resourceOf[id] = (t, r)
            }
            elementIds.append(ids)
        }
    }

    /// A `--parameter` no template declares is a typo, not a value to ignore.
    private func checkParameterOverrides() throws(LoadError) {
        let declared = Set(templates.flatMap(\.parameters.keys))
        for key in options.parameters.keys.sorted() where !declared.contains(key) {
            let hint = Suggestion.closest(to: key, in: declared).map { "; did you mean '\($0)'?" }
                ?? (declared.isEmpty ? "; the templates declare no parameters" : "; they declare \(declared.sorted().joined(separator: ", "))")
            throw LoadError(.malformed, "--parameter \(key): no template among the sources declares a parameter '\(key)'\(hint)")
        }
    }

    private func collectExports() throws(LoadError) {
        var places: [String: SourceLocation] = [:]
        for (t, template) in templates.enumerated() {
            for (o, output) in template.outputs.enumerated() {
                guard let nameNode = output.exportName else { continue }
                if let condition = output.condition, try !evaluators[t].condition(condition.name, at: condition.place) { continue }
                let name = try evaluators[t].value(nameNode)
                guard case .text(let text) = name.shape else {
                    warn(nameNode.place, "the export name of output '\(output.name)' is \(name.described), so no import can find it")
                    continue
                }
                if let first = places[text] {
                    throw LoadError.at(nameNode.place, "export '\(text)' is already exported at \(first); export names are unique in a region")
                }
                places[text] = nameNode.place
                exports[text] = (t, o)
            }
        }
    }
}

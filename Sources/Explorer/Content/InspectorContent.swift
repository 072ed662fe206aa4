import SafeText
import Analysis
import Topology

/// What the middle pane says: every field of the selection. References are links that
/// Enter follows. Built from the state alone, so the view draws it and the update finds
/// its links and line count without calling the view.
enum InspectorContent {
    /// Long relation lists stop here: the pane shows what fits a screen, not 50,000 consumers.
    static let listLimit = 200
    /// Values narrower than this move under their labels.
    static let minimumValueWidth = 16

    static func text(_ state: AppState, width: Int) -> RichText {
        var text = RichText(width: width)
        let t = state.model.topology
        if state.view == .compare {
            OptionInspector.describe(state, into: &text)
        } else if state.view == .trace, state.trace.result != nil {
            TraceInspector.describe(state, into: &text)
            if let element = state.selectedElement {
                text.blank()
                describe(element, t, findings: state.findingsByElement(for: element), into: &text)
            }
        } else if let element = state.selectedElement {
            describe(element, t, findings: state.findingsByElement(for: element), into: &text)
        } else if state.view == .architecture, let node = state.selectedNode {
            describeGroup(node, state.model, into: &text)
        } else {
            text.add([Span("Nothing selected", .dim)])
        }
        return text
    }

    static func describe(_ element: AnyElement, _ t: NetworkModel, findings: [String: [Finding]],
                                 into text: inout RichText) {
        text.add([Span(element.name, .title)])
        text.add([Span(element.kind.noun + "  ", .dim), Span(element.id, .dim)])
        text.blank()
        for finding in findings[element.id] ?? [] {
            text.add([Span(finding.severity.rawValue + " ", Marker.style(finding.severity)), Span(finding.rule, .heading),
                      Span(": " + finding.message)], indent: 2)
            text.add([Span("  fix: " + finding.hint, .dim)], indent: 7)
        }
        if findings[element.id] != nil { text.blank() }
        let fields = t.fields(of: element)
        let labelWidth = min(22, (fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2)
        // In a narrow pane, values go under their labels rather than into a sliver beside them.
        let besideLabels = text.width - labelWidth >= minimumValueWidth
        let indent = besideLabels ? labelWidth : 2
        for field in fields {
            let values = spans(field.value, t, room: text.width - indent, into: &text)
            let label = besideLabels ? Span(field.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0), .heading)
                : Span(field.label, .heading)
            if !besideLabels { text.add([label]) }
            if values.isEmpty {
                text.add([besideLabels ? label : Span("  "), Span("-", .dim)], indent: indent)
            }
            for (i, value) in values.enumerated() {
                let lead = i == 0 && besideLabels ? label : Span(String(repeating: " ", count: indent))
                text.add([lead] + value, indent: indent)
            }
        }
        let relations = t.relations(of: element)
        if !relations.isEmpty {
            text.blank()
            text.add([Span("Links", .title)])
            for relation in relations {
                text.add([Span(relation.label, .heading), Span(" (\(relation.ids.count))", .dim)])
                for id in relation.ids.prefix(listLimit) {
                    text.add([Span("  ")] + reference(id, t, room: text.width - 2, into: &text), indent: 4)
                }
                if relation.ids.count > listLimit {
                    text.add([Span("  … and \(relation.ids.count - listLimit) more", .dim)])
                }
            }
        }
        if let location = element.location {
            text.blank()
            text.add([Span("defined at \(location)", .dim)])
        }
    }

    /// A field's value as lines of spans; references become links.
    private static func spans(_ value: FieldValue, _ t: NetworkModel, room: Int, into text: inout RichText) -> [[Span]] {
        switch value {
        case .text(let s): return s.isEmpty ? [] : s.split(separator: "\n").map { [Span(String($0))] }
        case .bool(let b): return [[Span(b ? "yes" : "no", b ? .ok : .normal)]]
        case .texts(let list): return list.isEmpty ? [] : [[Span(list.joined(separator: ", "))]]
        case .lines(let list): return list.map { [Span($0)] }
        case .ref(let id): return [reference(id, t, room: room, into: &text)]
        case .refs(let ids):
            var lines = ids.prefix(listLimit).map { reference($0, t, room: room, into: &text) }
            if ids.count > listLimit { lines.append([Span("… and \(ids.count - listLimit) more", .dim)]) }
            return lines
        case .routes(let routes):
            return routes.map {
                [Span($0.destination + " → ")] + reference($0.target, t, room: room - $0.destination.count - 3, into: &text)
                    + ($0.isBlackhole ? [Span(" blackhole", .error)] : [])
            }
        }
    }

    /// An element reference: a link showing the name, with the id after it when they differ
    /// and both fit in `room` columns (else the id is left to the element's own page).
    static func reference(_ id: String, _ t: NetworkModel, room: Int = .max, into text: inout RichText) -> [Span] {
        guard let element = t.element(id) else { return [Span(id)] }
        let link = text.link(.element(id))
        if element.name == id { return [Span(id, .link, link: link)] }
        guard DisplayWidth.of(element.name) + 1 + DisplayWidth.of(id) <= room else { return [Span(element.name, .link, link: link)] }
        return [Span(element.name, .link, link: link), Span(" " + id, .dim)]
    }

    /// Inspector text for a node that is not an element: what it groups, as links.
    private static func describeGroup(_ node: TreeNode, _ model: ExplorerModel, into text: inout RichText) {
        let (label, detail) = TreeLabels.label(node, model)
        text.add([Span(label, .title)])
        if !detail.isEmpty { text.add([Span(detail, .dim)]) }
        text.blank()
        let children = model.children(of: node)
        for child in children.prefix(listLimit) {
            switch child {
            case .element(let id): text.add(reference(id, model.topology, room: text.width, into: &text), indent: 2)
            case .account, .region, .group, .root: text.add([Span(TreeLabels.label(child, model).0)])
            }
        }
        if children.count > listLimit { text.add([Span("… and \(children.count - listLimit) more", .dim)]) }
    }
}

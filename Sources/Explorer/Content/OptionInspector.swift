import Analysis
import Topology

/// The inspector in view 4: the selected option's verdict for the pair and why, its cost,
/// what already exists, and its catalogue figures with their sources.
enum OptionInspector {
    static func describe(_ state: AppState, into text: inout RichText) {
        guard let option = state.compare.selectedOption else { return }
        let t = state.model.topology
        text.add([Span(option.title, .title)])
        if let a = state.compare.selectedAssessment {
            let verdict = a.feasible ? (a.exists ? "feasible, already built" : "feasible") : "not possible for this pair"
            text.add([Span(verdict, a.feasible ? .ok : .error)])
            text.blank()
            for reason in a.reasons {
                let style: Style = reason.verdict == .for ? .ok : (reason.blocking ? .error : .warning)
                text.add([Span(reason.mark + " ", style), Span(reason.rule.rawValue, .heading), Span(": " + reason.message)],
                         indent: 2)
                // The message names the elements; these links go to them.
                let linked = reason.elements.filter { t.element($0) != nil }
                guard !linked.isEmpty else { continue }
                var spans = [Span("  → ", .dim)]
                for (i, id) in linked.enumerated() {
                    spans += InspectorContent.reference(id, t, room: 0, into: &text)
                    if i < linked.count - 1 { spans.append(Span(", ", .dim)) }
                }
                text.add(spans, indent: 4)
            }
            if let cost = a.cost, a.feasible {
                text.blank()
                text.add([Span("Estimated cost ", .heading), Span(cost.shortText + " a month", .emphasis)])
                for line in cost.lines { text.add([Span("  " + line.explanation, .dim)], indent: 4) }
                for note in cost.notes { text.add([Span("  " + note, .dim)], indent: 4) }
            }
            if let comparison = state.compare.comparison {
                text.blank()
                text.add([Span("Recommendation ", .heading), Span(comparison.recommendation)], indent: 2)
            }
        }
        text.blank()
        text.add([Span("Catalogue", .heading)])
        let rows: [(String, String)] = [("direction", option.direction.rawValue), ("transitive", support(option.transitive)),
                                        ("overlapping CIDRs", support(option.overlappingCidrs)),
                                        ("cross-account", support(option.crossAccount)),
                                        ("cross-region", support(option.crossRegion)), ("layer", option.layer),
                                        ("pricing", option.pricingModel)]
        for (label, value) in rows {
            text.add([Span("  " + label.padding(toLength: 18, withPad: " ", startingAt: 0), .heading), Span(value)], indent: 20)
        }
        for figure in option.bandwidth + option.quotas {
            text.add([Span("  " + figure.label + ": ", .heading), Span(figure.shownValue), Span(" (as of \(figure.asOf))", .dim)],
                     indent: 4)
        }
        for source in option.sources {
            text.add([Span("  "), Span(source, .link, link: text.link(.url(source)))], indent: 4)
        }
    }

    private static func support(_ s: OptionSupport) -> String {
        s.note.isEmpty ? s.answer.rawValue : "\(s.answer.rawValue): \(s.note)"
    }
}

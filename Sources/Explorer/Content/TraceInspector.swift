import Analysis

/// The inspector of view 7: for a hop, what it decided and the rule that decided it; for a
/// heading, the verdict and what it assumes. The element's own fields follow.
enum TraceInspector {
    static func describe(_ state: AppState, into text: inout RichText) {
        guard let result = state.trace.result else { return }
        switch state.trace.rows[safe: state.trace.list.selected] {
        case .hop(let hop, let number)?:
            let (_, style) = TraceView.mark(hop, state.glyphs)
            text.add([Span("Hop \(number): ", .title), Span(hop.action.rawValue, style)])
            if let rule = hop.rule { text.add([Span("rule  ", .heading), Span(rule)], indent: 6) }
            if let code = hop.code {
                text.add([Span("code  ", .heading), Span(code.rawValue, .error)], indent: 6)
                text.add([Span("      " + code.meaning, .dim)], indent: 6)
            }
            text.add([Span(hop.note)])
            if hop.assumed { text.add([Span("not modelled: assumed to allow", .warning)]) }
        case .heading?, nil:
            let path = state.trace.list.selected == 0 ? result.forward : (result.reply ?? result.forward)
            if let block = path.blockedBy {
                text.add([Span("Blocked at ", .title), InspectorContent.reference(block.element, state.model.topology,
                                                                                   into: &text).first ?? Span(block.element)])
                text.add([Span(block.code.rawValue, .error), Span(": " + block.message)])
            } else {
                text.add([Span("Gets through", .title)])
            }
            if !result.assumptions.isEmpty {
                text.blank()
                text.add([Span("Assumed where the architecture is silent", .heading)])
                for assumption in result.assumptions { text.add([Span("• " + assumption)], indent: 2) }
            }
        }
    }
}

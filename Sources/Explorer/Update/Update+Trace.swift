import Analysis
import Topology

/// `p`: trace from the selection to what the prompt names, and show the hops in view 7.
extension Update {
    /// Where a trace from the current selection starts: the selected element, or in the
    /// trace view the start of the trace shown.
    static func traceStart(_ state: AppState) -> String? {
        if state.view == .trace { return state.trace.request?.from ?? state.trace.from }
        return state.selectedElement?.id
    }

    /// Completions while the destination word is typed (none once the traffic words start):
    /// element ids and names as for a jump, and `internet`.
    static func traceCompletions(for text: String, in model: ExplorerModel) -> [String] {
        guard !text.isEmpty, !text.contains(" ") else { return [] }
        let extra = "internet".hasPrefix(text.lowercased()) ? ["internet"] : []
        return Array((extra + completions(for: text, in: model)).prefix(completionLimit))
    }

    /// Runs the trace the prompt asks for; the selected completion replaces the destination word.
    static func traceTo(_ prompt: Prompt, _ state: inout AppState) {
        guard let from = state.trace.from else { return }
        var text = prompt.text
        if let picked = prompt.completions[safe: prompt.completion.selected] {
            let words = text.split(separator: " ").dropFirst()
            text = ([picked] + words.map(String.init)).joined(separator: " ")
        }
        switch TraceQuery.parse(text, from: from) {
        case .failure(let error):
            state.message = error.message
        case .success(let request):
            let tracer = state.model.tracer
            if let problem = state.trace.run(request, with: tracer) {
                state.message = problem
                return
            }
            if state.view != .trace {
                state.history.append(place(state))
                show(.trace, &state)
            } else {
                selectionChanged(&state)
            }
        }
    }
}

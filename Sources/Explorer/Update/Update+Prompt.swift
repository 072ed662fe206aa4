import Analysis

/// The filter (`/`), jump (`:`) and compare lines.
extension Update {
    /// How many completions the jump line offers.
    static let completionLimit = 8

    static func promptKey(_ key: Key, _ state: inout AppState) {
        guard var prompt = state.prompt else { return }
        switch key {
        case .escape:
            state.prompt = nil
            if prompt.kind == .filter, !state.filter.isEmpty {
                state.filter = ""
                state.refreshList()
            }
            return
        case .enter:
            state.prompt = nil
            switch prompt.kind {
            case .jump: jump(prompt, &state)
            case .compareFrom, .compareTo: pickEnd(prompt, &state)
            case .traceTo: traceTo(prompt, &state)
            case .filter: break
            }
            return
        case .backspace:
            guard !prompt.text.isEmpty else {
                state.prompt = nil
                return
            }
            prompt.text.removeLast()
        case .character(let c):
            prompt.text.append(c)
        case .space:
            prompt.text.append(" ")
        case .tab where prompt.kind != .filter:
            if let id = prompt.completions[safe: prompt.completion.selected] { prompt.text = id }
        case .up where prompt.kind != .filter:
            prompt.completion.move(-1, count: prompt.completions.count, height: completionLimit)
            state.prompt = prompt
            return
        case .down where prompt.kind != .filter:
            prompt.completion.move(1, count: prompt.completions.count, height: completionLimit)
            state.prompt = prompt
            return
        default:
            return
        }
        switch prompt.kind {
        case .filter:
            state.prompt = prompt
            state.filter = prompt.text
            state.refreshList()
        case .jump, .compareFrom, .compareTo:
            prompt.completions = completions(for: prompt.text, in: state.model)
            prompt.completion = ListState()
            state.prompt = prompt
        case .traceTo:
            prompt.completions = traceCompletions(for: prompt.text, in: state.model)
            prompt.completion = ListState()
            state.prompt = prompt
        }
    }

    /// Ids whose id or name contains the text; those where a word starts with it first.
    static func completions(for text: String, in model: ExplorerModel) -> [String] {
        guard !text.isEmpty else { return [] }
        var starts: [String] = [], contains: [String] = []
        for match in model.search.matches(text, limit: 500) where starts.count < completionLimit {
            if match.atWordStart { starts.append(model.searchIDs[match.key]) } else { contains.append(model.searchIDs[match.key]) }
        }
        return Array((starts + contains).prefix(completionLimit))
    }

    /// Sets an end of the comparison from the prompt: the selected completion, else the
    /// text as typed (an id, a name, or an AWS service short name such as `s3`).
    static func pickEnd(_ prompt: Prompt, _ state: inout AppState) {
        let value = prompt.completions[safe: prompt.completion.selected] ?? prompt.text
        guard !value.isEmpty else { return }
        do {
            _ = try AdvisorEnd.resolve(value, in: state.model.topology)
        } catch {
            state.message = CompareState.describe(error)
            return
        }
        if prompt.kind == .compareFrom { state.compare.from = value } else { state.compare.to = value }
        state.message = state.compare.evaluate(with: state.model.advisor)
        if state.message == nil, state.compare.to == nil { state.prompt = Prompt(kind: .compareTo) }
    }

    static func jump(_ prompt: Prompt, _ state: inout AppState) {
        let exact = state.model.topology.resolve(prompt.text)
        let id = prompt.completions[safe: prompt.completion.selected] ?? exact.first?.id
        guard let id else {
            state.message = "Nothing has the id or name '\(prompt.text)'"
            return
        }
        state.history.append(place(state))
        goTo(id, &state)
    }
}

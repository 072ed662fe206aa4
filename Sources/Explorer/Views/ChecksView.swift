import Analysis

/// View 5: what the checks found, grouped by severity. Enter goes to the element.
enum ChecksView {
    static func draw(_ state: AppState, into frame: inout Frame, area: Rect) {
        let count = state.model.findings.count
        let title = "Checks (\(count) finding\(count == 1 ? "" : "s"))" + (state.filter.isEmpty ? "" : " /\(state.filter)")
        frame.box(area, title: title, focused: state.focus == .list)
        let inner = area.inner
        guard !inner.isEmpty else { return }
        if state.checks.rows.isEmpty {
            let text = count == 0 ? "No findings: every rule passes." : "nothing matches"
            frame.put(text, x: inner.x + 1, y: inner.y, style: count == 0 ? .ok : .dim, limit: inner.width - 1)
            return
        }
        let t = state.model.topology
        let end = min(state.checks.rows.count, state.checks.list.offset + inner.height)
        for index in state.checks.list.offset..<end {
            let y = inner.y + index - state.checks.list.offset
            let selected = index == state.checks.list.selected
            let style: Style = selected ? (state.focus == .list ? .selected : .selectedUnfocused) : .normal
            if selected { frame.fill(inner.row(index - state.checks.list.offset), style: style) }
            switch state.checks.rows[index] {
            case .heading(let severity, let n):
                frame.put(" \(severity.rawValue) (\(n))", x: inner.x, y: y, style: selected ? style : Marker.style(severity),
                          limit: inner.width)
            case .finding(let i):
                let finding = state.model.findings[i]
                var x = inner.x + 1
                x += frame.put(String(Marker.glyph(finding.severity, state.glyphs)) + " ", x: x, y: y,
                               style: selected ? style : Marker.style(finding.severity))
                x += frame.put(finding.rule.padding(toLength: 34, withPad: " ", startingAt: 0), x: x, y: y,
                               style: selected ? style : .heading, limit: inner.maxX - x)
                let name = t.element(finding.element)?.name ?? finding.element
                x += frame.put(name + "  ", x: x, y: y, style: style, limit: inner.maxX - x)
                frame.put(finding.message, x: x, y: y, style: selected ? style : .dim, limit: inner.maxX - x)
            }
        }
    }
}

import Analysis

/// View 7: a trace's hops, the verdict of each direction as a heading, each hop with its
/// mark (passed, stopped, or assumed where the model is silent). Enter goes to the hop's element.
enum TraceView {
    static func draw(_ state: AppState, into frame: inout Frame, area: Rect) {
        frame.box(area, title: title(state), focused: state.focus == .list)
        let inner = area.inner
        guard !inner.isEmpty else { return }
        guard let result = state.trace.result else {
            frame.put("Select something and press p to trace traffic from it.", x: inner.x + 1, y: inner.y, style: .dim,
                      limit: inner.width - 1)
            return
        }
        let list = state.trace.list
        let end = min(state.trace.rows.count, list.offset + inner.height)
        for index in list.offset..<end {
            let y = inner.y + index - list.offset
            let selected = index == list.selected
            let style: Style = selected ? (state.focus == .list ? .selected : .selectedUnfocused) : .normal
            if selected { frame.fill(inner.row(index - list.offset), style: style) }
            switch state.trace.rows[index] {
            case .heading(let text, let reachable):
                frame.put(" " + text, x: inner.x, y: y, style: selected ? style : (reachable ? .ok : .error), limit: inner.width)
            case .hop(let hop, let number):
                drawHop(hop, number: number, in: state, selected: selected ? style : nil, y: y, inner: inner, into: &frame)
            }
        }
        if !result.assumptions.isEmpty, end - list.offset < inner.height {
            let y = inner.y + end - list.offset
            frame.put(" rests on \(result.assumptions.count) assumption\(result.assumptions.count == 1 ? "" : "s"): see the inspector",
                      x: inner.x, y: y, style: .warning, limit: inner.width)
        }
    }

    private static func drawHop(_ hop: TraceHop, number: Int, in state: AppState, selected: Style?, y: Int, inner: Rect,
                                into frame: inout Frame) {
        let t = state.model.topology
        var x = inner.x + 1
        x += frame.put(String(number).leftPadded(to: 3) + " ", x: x, y: y, style: selected ?? .dim, limit: inner.maxX - x)
        let (glyph, markStyle) = mark(hop, state.glyphs)
        x += frame.put(String(glyph) + " ", x: x, y: y, style: selected ?? markStyle, limit: inner.maxX - x)
        x += frame.put(hop.action.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0), x: x, y: y,
                       style: selected ?? markStyle, limit: inner.maxX - x)
        let name = t.element(hop.element)?.name ?? hop.element
        x += frame.put(name + "  ", x: x, y: y, style: selected ?? .heading, limit: inner.maxX - x)
        let label = name == hop.element ? name : "\(hop.element) (\(name))"
        frame.put(hop.rule(besides: label) ?? hop.note, x: x, y: y, style: selected ?? .dim, limit: inner.maxX - x)
    }

    /// A hop's mark: passed, stopped here, or assumed.
    static func mark(_ hop: TraceHop, _ glyphs: Glyphs) -> (Character, Style) {
        if hop.action.stops { return (glyphs.cross, .error) }
        if hop.assumed { return ("?", .warning) }
        return (glyphs.yes, .ok)
    }

    private static func title(_ state: AppState) -> String {
        guard let request = state.trace.request, let result = state.trace.result else { return "Trace" }
        let traffic = request.port.map { "\(request.ipProtocol):\($0)" } ?? "\(request.ipProtocol)"
        let verdict = result.reachable ? "reachable" : "NOT reachable"
        let t = state.model.topology
        let from = t.element(result.from)?.name ?? result.from, to = t.element(result.to)?.name ?? result.to
        return "Trace \(from) → \(to) \(traffic): \(verdict)"
    }
}

extension String {
    /// Right-aligned in `width` columns (numbers in a column).
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

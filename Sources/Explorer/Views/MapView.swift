import Analysis

/// View 6: the neighbourhood of the centre box as boxes and lines, panned so the
/// selection shows; the selected box and line are highlighted.
enum MapView {
    static func draw(_ state: AppState, into frame: inout Frame, area: Rect) {
        let map = state.map
        let t = state.model.topology
        let centre = map.focus.flatMap { t.element($0)?.name } ?? "all"
        let reach = map.hops.map { "\($0) hop\($0 == 1 ? "" : "s")" } ?? "all hops"
        var title = "Map: \(centre), \(reach)" + (state.filter.isEmpty ? "" : " /\(state.filter)")
        if let edge = map.edge, let line = map.layout?.graph.edges[edge] {
            title += " · line: \(line.label) (\(line.kind.title))"
        }
        frame.box(area, title: title, focused: state.focus == .list)
        let inner = area.inner
        guard !inner.isEmpty, let layout = map.layout else { return }
        if layout.boxes.isEmpty {
            frame.put("nothing to draw", x: inner.x + 1, y: inner.y, style: .dim, limit: inner.width - 1)
            return
        }
        MapCanvas(layout: layout, selectedNode: map.selected, selectedEdge: map.edge, finding: { state.marker($0) })
            .draw(into: &frame, area: inner, origin: (map.originX, map.originY))
    }
}

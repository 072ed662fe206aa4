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
        let (path, blockedAt) = tracePath(state, layout.graph)
        MapCanvas(layout: layout, selectedNode: map.selected, selectedEdge: map.edge, finding: { state.marker($0) },
                  path: path, blockedAt: blockedAt)
            .draw(into: &frame, area: inner, origin: (map.originX, map.originY))
    }

    /// The boxes of the last trace's path: a hop's own box, else the box of the VPC it is in
    /// (a security group, a route table); and the box where it was stopped.
    static func tracePath(_ state: AppState, _ graph: MapGraph) -> (Set<String>, String?) {
        guard let result = state.trace.result else { return ([], nil) }
        let t = state.model.topology
        func box(_ id: String) -> String? {
            if graph.node(id) != nil { return id }
            return t.element(id)?.vpcID.flatMap { graph.node($0) == nil ? nil : $0 }
        }
        let hops = result.forward.hops + (result.reply?.hops ?? [])
        return (Set(hops.compactMap { box($0.element) }), result.forward.blockedBy.flatMap { box($0.element) })
    }
}

import Analysis

/// View 6: moving between boxes, along lines, and widening or narrowing what is shown.
extension Update {
    /// Selects the nearest box that way.
    static func mapStep(_ direction: MapDirection, _ state: inout AppState) {
        guard let layout = state.map.layout, let from = state.map.selected,
              let next = layout.nearest(from: from, direction) else { return }
        state.map.select(next)
        state.revealMapSelection()
        selectionChanged(&state)
    }

    /// The first or last box, in layout order.
    static func mapEnd(last: Bool, _ state: inout AppState) {
        guard let boxes = state.map.layout?.boxes, let box = last ? boxes.last : boxes.first,
              let layout = state.map.layout else { return }
        state.map.select(layout.graph.nodes[box.node].id)
        state.revealMapSelection()
        selectionChanged(&state)
    }

    /// Tab and BTab: the selected box's lines in turn, highlighted.
    static func cycleLine(_ step: Int, _ state: inout AppState) {
        let lines = state.map.selectedEdges
        guard !lines.isEmpty else { state.message = "No lines from this box"; return }
        let current = state.map.edge.flatMap(lines.firstIndex(of:))
        let next = current.map { ($0 + step + lines.count) % lines.count } ?? (step > 0 ? 0 : lines.count - 1)
        state.map.edge = lines[next]
        state.revealMapSelection()
    }

    /// Enter on a selected line: the map centres on the box at its other end (so all of
    /// that box's lines can be followed on), remembering where we were.
    static func followLine(_ state: inout AppState) -> Bool {
        guard let index = state.map.edge, let layout = state.map.layout, let from = state.map.selected else { return false }
        let target = layout.graph.edges[index].other(than: from)
        state.history.append(place(state))
        state.map.centre(on: target)
        state.refreshMap()
        selectionChanged(&state)
        return true
    }

    static func changeHops(widen: Bool, _ state: inout AppState) {
        if widen {
            let before = state.map.hops
            state.map.widen(state.model.mapGraph)
            if before == state.map.hops {
                state.message = before == nil ? "The whole map is shown"
                    : "The whole map has more than \(MapState.wholeMapLimit) boxes; 3 hops is the most shown"
                return
            }
        } else {
            state.map.narrow()
        }
        state.refreshMap()
    }

    /// Shows element `id` on the map: selects its box when shown, else (or when asked to
    /// `centre`) centres the map on it.
    static func showOnMap(_ element: String, centre: Bool = false, _ state: inout AppState) -> Bool {
        let graph = state.model.mapGraph
        guard let found = state.model.topology.element(element), let node = graph.focus(for: found, in: state.model.topology)
        else { return false }
        if !centre, state.map.layout?.box(of: node) != nil {
            state.map.select(node)
            state.revealMapSelection()
        } else {
            state.map.centre(on: node)
            state.refreshMap()
        }
        return true
    }

    /// Opening the map: centred on what the previous view had selected.
    static func openMap(from element: String?, _ state: inout AppState) {
        let graph = state.model.mapGraph
        let t = state.model.topology
        let centre = element.flatMap(t.element).flatMap { graph.focus(for: $0, in: t) }
            ?? state.map.focus ?? graph.nodes.first?.id
        if centre != state.map.focus || state.map.layout == nil { state.map.centre(on: centre) }
    }
}

import Analysis

/// View 6's state: the box the map is centred on and how far it reaches, the selected box
/// and line, where the pane looks, and the layout those give (rebuilt by the update when
/// they change, so drawing and navigation read it without laying out again).
public struct MapState: Sendable {
    /// The box the neighbourhood is counted from.
    public private(set) var focus: String?
    /// How many lines away boxes are shown; nil: all of them.
    public private(set) var hops: Int? = 1
    public private(set) var selected: String?
    /// The selected line (an index into the layout's graph), picked with Tab.
    public var edge: Int?
    /// The layout cell at the pane's top-left corner.
    public var originX = 0
    public var originY = 0
    public private(set) var layout: MapLayout?

    /// Beyond this many boxes, "all hops" stays at three: a map is for seeing, not counting.
    static let wholeMapLimit = 200

    /// The hops the neighbourhood can grow to: 1, 2, 3 and, for maps small enough, all.
    mutating func widen(_ graph: MapGraph) {
        switch hops {
        case nil: return
        case let h? where h >= 3: if graph.nodes.count <= Self.wholeMapLimit { hops = nil }
        case let h?: hops = h + 1
        }
    }

    mutating func narrow() {
        hops = max(1, (hops ?? 4) - 1)
    }

    /// Centres the map on `id` and selects it.
    mutating func centre(on id: String?) {
        focus = id
        selected = id
        edge = nil
    }

    /// Selects a box of the layout, keeping the focus.
    mutating func select(_ id: String) {
        selected = id
        edge = nil
    }

    /// Lays the neighbourhood out again; `filter` keeps the boxes whose name or id holds it.
    mutating func rebuild(_ graph: MapGraph, filter: String) {
        var shown = focus.map { graph.neighbourhood(of: $0, hops: hops) } ?? graph
        if !filter.isEmpty { shown = shown.keeping { $0.name.lowercased().contains(filter.lowercased()) || $0.id.contains(filter) } }
        layout = MapLayout(shown)
        if let selected, layout?.box(of: selected) == nil { self.selected = focus.flatMap { layout?.box(of: $0) == nil ? nil : $0 } }
        if selected == nil { selected = layout?.graph.nodes.first?.id }
        edge = nil
    }

    /// Pans so the selected box, or the far end of the selected line, is inside a pane of
    /// `width` × `height`.
    mutating func reveal(width: Int, height: Int) {
        guard let layout, let id = selected else { return }
        let target = edge.map { layout.graph.edges[$0].other(than: id) } ?? id
        guard let box = layout.box(of: target) else { return }
        if box.x < originX || box.x + box.width > originX + width {
            originX = max(0, min(box.x - 2, box.x + box.width - width + 2))
        }
        if box.y < originY || box.y + box.height > originY + height {
            originY = max(0, min(box.y - 1, box.y + box.height - height + 1))
        }
    }

    /// The lines of the selected box, in graph order.
    var selectedEdges: [Int] {
        guard let layout, let id = selected else { return [] }
        return layout.graph.edgeIndices(of: id)
    }
}

extension MapGraph {
    /// The boxes `keep` accepts and the lines between them.
    public func keeping(_ keep: (MapNode) -> Bool) -> MapGraph {
        var out = MapGraph()
        for node in nodes where keep(node) { out.add(node) }
        for edge in edges { out.add(edge) }
        out.hiddenNeighbours = hiddenNeighbours.filter { out.node($0.key) != nil }
        return out
    }
}

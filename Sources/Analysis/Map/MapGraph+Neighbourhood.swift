extension MapGraph {
    /// A node joined to more than this many others shows the first of them and counts the
    /// rest: a transit gateway with 5,000 attachments is a hub with "+4,976 more", not a
    /// 5,000-box picture.
    public static let neighbourLimit = 24
    /// A neighbourhood stops growing at this many boxes, nearest first: more hops on a
    /// large account add "+N more" marks, not a picture no screen shows (and each key
    /// stays within a frame).
    public static let nodeLimit = 120

    /// What the map shows around a focus: the nodes within `hops` lines of it (all when
    /// `hops` is nil), the lines between those, and per node how many lines lead to nodes
    /// left out (drawn as "+N more"). Costs the size of the answer, not of the graph.
    public func neighbourhood(of focus: String, hops: Int?) -> MapGraph {
        guard let start = indexOfNode[focus], let hops else { return self }
        // Node indices, not ids: a hub's thousands of lines are read as integers, and only
        // the first `neighbourLimit` of them at that.
        var distance = [start: 0]
        var frontier = [start]
        var step = 0
        while step < hops, !frontier.isEmpty {
            step += 1
            var next: [Int] = []
            for node in frontier where distance.count < Self.nodeLimit {
                for edge in edgesOfNode[node].prefix(Self.neighbourLimit) where distance.count < Self.nodeLimit {
                    let neighbour = other(edge, than: node)
                    guard distance[neighbour] == nil else { continue }
                    distance[neighbour] = step
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        let kept = distance.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
        var out = MapGraph()
        for node in kept { out.add(nodes[node]) }
        // Each line between kept nodes once, from its `from` end, in graph order.
        var inside: [Int] = []
        for node in kept {
            for edge in edgesOfNode[node] where ends[edge].from == node && distance[ends[edge].to] != nil {
                inside.append(edge)
            }
        }
        for edge in inside.sorted() { out.add(edges[edge]) }
        for (shown, node) in kept.enumerated() {
            let hidden = edgesOfNode[node].count - out.edgesOfNode[shown].count
            if hidden > 0 { out.hiddenNeighbours[nodes[node].id] = hidden }
        }
        return out
    }
}

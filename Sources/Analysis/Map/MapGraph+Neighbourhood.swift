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
        guard node(focus) != nil, let hops else { return self }
        var distance = [focus: 0]
        var frontier = [focus]
        var step = 0
        while step < hops, !frontier.isEmpty {
            step += 1
            var next: [String] = []
            for id in frontier where distance.count < Self.nodeLimit {
                for edge in edges(of: id).prefix(Self.neighbourLimit) where distance.count < Self.nodeLimit {
                    let other = edge.other(than: id)
                    guard distance[other] == nil else { continue }
                    distance[other] = step
                    next.append(other)
                }
            }
            frontier = next
        }
        var out = MapGraph()
        for id in distance.keys.sorted(by: { (distance[$0]!, indexOfNode[$0]!) < (distance[$1]!, indexOfNode[$1]!) }) {
            out.add(nodes[indexOfNode[id]!])
        }
        var inside = Set<Int>()
        for id in distance.keys {
            for index in edgesOfNode[id] ?? [] where distance[edges[index].from] != nil && distance[edges[index].to] != nil {
                inside.insert(index)
            }
        }
        for index in inside.sorted() { out.add(edges[index]) }
        for node in out.nodes {
            let all = edgesOfNode[node.id]?.count ?? 0
            let shown = out.edges(of: node.id).count
            if all > shown { out.hiddenNeighbours[node.id] = all - shown }
        }
        return out
    }
}

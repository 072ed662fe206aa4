import Analysis

extension ExplorerModel {
    /// The map's graph of the whole model: built once, when the map is first opened, so
    /// the other views never pay for it.
    var mapGraph: MapGraph {
        mapCache.withLock { cached in
            if let cached { return cached }
            let graph = MapGraph(topology)
            cached = graph
            return graph
        }
    }
}

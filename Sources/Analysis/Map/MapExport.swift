/// The map for documents: Mermaid (renders in GitHub Markdown as is) and Graphviz DOT,
/// both grouped by account and region, with a shape per kind of box and a style per kind
/// of line. Names come from data: every label is escaped for its format.
public enum MapExport {
    /// Boxes in group order, each group's boxes together.
    static func grouped(_ graph: MapGraph) -> [(group: MapGroup, nodes: [Int])] {
        var order: [MapGroup] = []
        var members: [MapGroup: [Int]] = [:]
        for (i, node) in graph.nodes.enumerated() {
            if members[node.group] == nil { order.append(node.group) }
            members[node.group, default: []].append(i)
        }
        return order.sorted().map { ($0, members[$0] ?? []) }
    }

    /// A node's two-line label: its name, and its kind with detail.
    static func caption(_ node: MapNode) -> (String, String) {
        (node.name, node.detail.isEmpty ? node.kind.title : "\(node.kind.title) · \(node.detail)")
    }

    /// Line colours, shared by both formats, by what the line is.
    static func colour(_ kind: MapEdgeKind) -> String {
        switch kind {
        case .privateLink, .gatewayEndpoint, .gatewayLoadBalancerEndpoint, .lattice, .loadBalancer: return "#1f77b4"
        case .peering, .attachment, .transitGatewayPeering: return "#7f3fbf"
        case .vpn, .directConnect: return "#2ca02c"
        }
    }
}

extension MapExport {
    /// A Mermaid `flowchart LR`: a subgraph per account and region, quoted labels, `-->`
    /// for PrivateLink and endpoints, `---` for peering and attachments, dotted for links
    /// not available, a class per kind of box and a link style per kind of line. Handed out
    /// a line at a time, as `dot` is.
    public static func mermaid(_ graph: MapGraph, line emit: (String) -> Void) {
        let ids = mermaidIDs(graph)
        emit("flowchart LR")
        for (number, (group, members)) in grouped(graph).enumerated() {
            emit("  subgraph group\(number)[\"\(mermaidText(group.title))\"]")
            for index in members {
                let (name, detail) = caption(graph.nodes[index])
                emit("    \(ids[index])[\"\(mermaidText(name))<br/>\(mermaidText(detail))\"]")
            }
            emit("  end")
        }
        var linksOfKind: [MapEdgeKind: [Int]] = [:]
        for (number, edge) in graph.edges.enumerated() {
            guard let from = graph.indexOfNode[edge.from], let to = graph.indexOfNode[edge.to] else { continue }
            let arrow: String
            switch (edge.kind.directed, edge.up) {
            case (true, true): arrow = "-->"
            case (false, true): arrow = "---"
            case (true, false): arrow = "-.->"
            case (false, false): arrow = "-.-"
            }
            emit("  \(ids[from]) \(arrow)|\"\(mermaidText(edge.label))\"| \(ids[to])")
            linksOfKind[edge.kind, default: []].append(number)
        }
        for kind in MapNode.Kind.allCases {
            let members = graph.nodes.indices.filter { graph.nodes[$0].kind == kind }
            guard !members.isEmpty else { continue }
            emit("  classDef \(mermaidClass(kind)) \(mermaidClassStyle(kind))")
            emit("  class \(members.map { ids[$0] }.joined(separator: ",")) \(mermaidClass(kind))")
        }
        for kind in MapEdgeKind.allCases {
            guard let links = linksOfKind[kind] else { continue }
            emit("  linkStyle \(links.map(String.init).joined(separator: ",")) stroke:\(colour(kind))")
        }
    }

    /// Ids Mermaid accepts: letters, digits and `_` (element ids hold `.`, `:` and `/`),
    /// numbered where two would clash.
    static func mermaidIDs(_ graph: MapGraph) -> [String] {
        var used = Set<String>()
        return graph.nodes.enumerated().map { index, node in
            let safe = "n_" + String(node.id.unicodeScalars.map { $0.properties.isAlphabetic && $0.isASCII
                || ("0"..."9").contains($0) ? Character($0) : "_" })
            let id = used.contains(safe) ? "\(safe)_\(index)" : safe
            used.insert(id)
            return id
        }
    }

    /// Text inside a quoted Mermaid label: quotes and angle brackets as entities, line
    /// breaks as spaces (a label's own `<br/>` is the only break).
    static func mermaidText(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "#": out += "#35;"
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    static func mermaidClass(_ kind: MapNode.Kind) -> String {
        switch kind {
        case .vpc: return "vpc"
        case .endpointService: return "endpointService"
        case .awsService: return "awsService"
        case .transitGateway: return "transitGateway"
        case .network: return "network"
        case .connection: return "connection"
        }
    }

    static func mermaidClassStyle(_ kind: MapNode.Kind) -> String {
        switch kind {
        case .vpc: return "fill:#eef4ff,stroke:#3366cc"
        case .endpointService: return "fill:#fff4e5,stroke:#cc7a00"
        case .awsService: return "fill:#fffbe5,stroke:#b38f00"
        case .transitGateway: return "fill:#f3e8ff,stroke:#7f3fbf"
        case .network: return "fill:#eaf7ea,stroke:#2ca02c"
        case .connection: return "fill:#f2f2f2,stroke:#666666,stroke-dasharray:3 3"
        }
    }
}

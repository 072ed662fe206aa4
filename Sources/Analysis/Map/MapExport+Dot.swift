extension MapExport {
    /// A Graphviz `digraph`: a `cluster_` subgraph per account and region, a shape per kind
    /// of box, and per line a colour by kind, `dir=none` where traffic goes both ways and
    /// `style=dashed` where the link is not available. Handed out a line at a time, so a
    /// whole account's graph is written as it is made, never held as one string.
    public static func dot(_ graph: MapGraph, line emit: (String) -> Void) {
        for header in ["digraph linkscope {", "  rankdir=LR;", "  node [fontname=\"Helvetica\", fontsize=10];",
                       "  edge [fontname=\"Helvetica\", fontsize=9];"] { emit(header) }
        for (number, (group, members)) in grouped(graph).enumerated() {
            emit("  subgraph cluster_\(number) {")
            emit("    label=\(dotString(group.title));")
            for index in members {
                let node = graph.nodes[index]
                let (name, detail) = caption(node)
                emit("    \(dotString(node.id)) [label=\(dotString(name + "\n" + detail)), shape=\(dotShape(node.kind))];")
            }
            emit("  }")
        }
        for edge in graph.edges {
            var attributes = ["label=\(dotString(edge.label))", "color=\"\(colour(edge.kind))\""]
            if !edge.kind.directed { attributes.append("dir=none") }
            if !edge.up { attributes.append("style=dashed") }
            emit("  \(dotString(edge.from)) -> \(dotString(edge.to)) [\(attributes.joined(separator: ", "))];")
        }
        emit("}")
    }

    /// A DOT quoted string: backslashes and quotes escaped, line breaks as `\n` (which DOT
    /// draws as a break), other control characters dropped.
    static func dotString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func dotShape(_ kind: MapNode.Kind) -> String {
        switch kind {
        case .vpc: return "box"
        case .endpointService: return "component"
        case .awsService: return "ellipse"
        case .transitGateway: return "hexagon"
        case .network: return "house"
        case .connection: return "note"
        }
    }
}

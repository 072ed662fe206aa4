import Analysis
import Testing
@testable import Importers
import Topology

/// The map's graph and its exports: every connection of every sample is drawn, groups
/// are per account and region, and names from data cannot break the formats.
@Suite struct MapExportTests {
    static let samples = ["default", "saas-privatelink", "hybrid-dx", "inspection-gwlb", "multi-region"]

    @Test(arguments: samples)
    func everyConnectionIsALine(sample: String) throws {
        let t = try ImporterRegistry.load(["sample:\(sample)"])
        let graph = MapGraph(t)
        for c in t.connections where c.type != .transitGateway {
            #expect(graph.edges.contains { $0.element == c.id }, "\(c.id) (\(c.type.rawValue))")
        }
        for c in t.connections where c.type == .transitGateway {
            let vpcs = c.attachments.filter { t.vpc($0) != nil }
            #expect(graph.edges.filter { $0.kind == .attachment && $0.from == c.id }.count == vpcs.count, "\(c.id)")
        }
        for e in t.endpoints where e.service != nil {
            #expect(graph.edges.contains { $0.element == e.id && $0.from == e.vpc }, "\(e.id)")
        }
    }

    @Test(arguments: samples)
    func mermaidHasASubgraphPerGroupAndAnEdgePerLine(sample: String) throws {
        let graph = MapGraph(try ImporterRegistry.load(["sample:\(sample)"]))
        let text = exported(MapExport.mermaid, graph)
        let lines = text.split(separator: "\n")
        #expect(lines.first == "flowchart LR")
        #expect(lines.filter { $0.hasPrefix("  subgraph ") }.count == Set(graph.nodes.map(\.group)).count)
        let edgeLines = lines.filter { $0.contains("-->|") || $0.contains("---|") || $0.contains("-.->|") || $0.contains("-.-|") }
        #expect(edgeLines.count == graph.edges.count)
        for line in lines where line.hasPrefix("    n_") {
            let id = line.dropFirst(4).prefix { $0 != "[" }
            #expect(id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }, "\(line)")
        }
    }

    static let hostile = """
    format: linkscope/v1
    vpcs:
      - {id: "vpc-a", name: "say \\"hi\\" [x] <b> #1 back\\\\slash\\nnext", account: "111122223333", region: us-east-1,
         cidrs: [10.0.0.0/16]}
      - {id: "vpc-b:odd.id/x", name: b, account: "111122223333", region: us-east-1, cidrs: [10.1.0.0/16]}
    connections:
      - {id: pcx-1, name: "peer \\"q\\"", type: vpc-peering, between: [vpc-a, "vpc-b:odd.id/x"]}
    """

    @Test func mermaidEscapesNamesAndIds() throws {
        let graph = MapGraph(try NetworkModel(merging: [NativeLoader.load(bytes: Array(Self.hostile.utf8), file: "h.yaml")]))
        let text = exported(MapExport.mermaid, graph)
        #expect(text.contains("say #quot;hi#quot; [x] #lt;b#gt; #35;1 back\\slash next"))
        #expect(text.contains("n_vpc_b_odd_id_x["))
        #expect(text.contains("|\"peer #quot;q#quot;\"|"))
        #expect(!text.contains("\n    n_vpc_a[\"say \"hi"))
    }

    @Test func dotEscapesQuotesBackslashesAndLineBreaks() throws {
        let graph = MapGraph(try NetworkModel(merging: [NativeLoader.load(bytes: Array(Self.hostile.utf8), file: "h.yaml")]))
        let text = exported(MapExport.dot, graph)
        #expect(text.contains(#"label="say \"hi\" [x] <b> #1 back\\slash\nnext\nVPC · 10.0.0.0/16""#))
        #expect(text.contains(#""vpc-b:odd.id/x" [label="b\nVPC · 10.1.0.0/16", shape=box];"#))
        #expect(text.contains(##""vpc-a" -> "vpc-b:odd.id/x" [label="peer \"q\"", color="#7f3fbf", dir=none];"##))
        #expect(text.hasPrefix("digraph linkscope {") && text.hasSuffix("}"))
        #expect(text.components(separatedBy: "subgraph cluster_").count - 1 == 1)
    }

    @Test func aNeighbourhoodCountsWhatItLeavesOut() throws {
        let t = try ImporterRegistry.load([])
        let graph = MapGraph(t)
        let storefront = "vpc-0f5400cb341c90ca7"
        let near = graph.neighbourhood(of: storefront, hops: 1)
        #expect(near.node(storefront) != nil)
        for node in near.nodes where node.id != storefront {
            #expect(graph.edges(of: storefront).contains { $0.other(than: storefront) == node.id }, "\(node.id)")
        }
        for node in near.nodes {
            #expect(near.edges(of: node.id).count + (near.hiddenNeighbours[node.id] ?? 0) == graph.edges(of: node.id).count)
        }
        #expect(graph.neighbourhood(of: storefront, hops: 0).nodes.map(\.id) == [storefront])
        #expect(graph.neighbourhood(of: storefront, hops: nil).nodes.count == graph.nodes.count)
    }

    @Test func theLayoutIsDeterministicAndBoxesNeverOverlap() throws {
        let graph = MapGraph(try ImporterRegistry.load([]))
        let a = MapLayout(graph), b = MapLayout(graph)
        #expect(a.boxes == b.boxes && a.lines == b.lines)
        for (i, p) in a.boxes.enumerated() {
            for q in a.boxes[(i + 1)...] {
                let apart = p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y
                #expect(apart, "boxes \(p.node) and \(q.node) overlap")
            }
        }
        for line in a.lines {
            for (p, q) in zip(line.points, line.points.dropFirst()) {
                #expect(p.x == q.x || p.y == q.y, "a diagonal leg in line \(line.edge)")
            }
        }
    }

    @Test func aNeighbourhoodStopsGrowingAtTheLimit() throws {
        // vpc-0 peers with 20 VPCs, each of which peers with 20 more: two hops are 421 boxes.
        var vpcs: [String] = ["vpc-0"], peerings: [(String, String)] = []
        for i in 1...20 {
            vpcs.append("vpc-\(i)")
            peerings.append(("vpc-0", "vpc-\(i)"))
            for j in 1...20 {
                vpcs.append("vpc-\(i)-\(j)")
                peerings.append(("vpc-\(i)", "vpc-\(i)-\(j)"))
            }
        }
        var yaml = "format: linkscope/v1\nvpcs:\n"
        for (n, id) in vpcs.enumerated() {
            yaml += "  - {id: \(id), account: \"111122223333\", region: us-east-1, cidrs: [10.\(n / 200).\(n % 200).0/24]}\n"
        }
        yaml += "connections:\n"
        for (n, pair) in peerings.enumerated() { yaml += "  - {id: pcx-\(n), type: vpc-peering, between: [\(pair.0), \(pair.1)]}\n" }
        let graph = MapGraph(try NetworkModel(merging: [NativeLoader.load(bytes: Array(yaml.utf8), file: "tree.yaml")]))
        let near = graph.neighbourhood(of: "vpc-0", hops: 2)
        #expect(near.nodes.count == MapGraph.nodeLimit)
        // Nearest first: every first-hop VPC is kept before any second-hop one.
        for i in 1...20 { #expect(near.node("vpc-\(i)") != nil) }
        let hidden = near.hiddenNeighbours.values.reduce(0, +)
        #expect(hidden == graph.nodes.count - MapGraph.nodeLimit)
    }
}

/// An export's lines joined, as `linkscope map` prints them.
private func exported(_ export: (MapGraph, (String) -> Void) -> Void, _ graph: MapGraph) -> String {
    var lines: [String] = []
    export(graph) { lines.append($0) }
    return lines.joined(separator: "\n")
}

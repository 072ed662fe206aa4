@testable import Analysis
import Importers
import TestSupport
import Testing
import Topology

/// The map's indexes against the plain scans they replace: a graph's per-node edge lists
/// (kept as the graph is built, by neighbourhoods and filters alike), the neighbourhood
/// walk over node indices, and the router's channel order. Each is checked against a
/// slow, obvious version on graphs where the limits take effect.
@Suite struct MapIndexTests {
    @Test(arguments: MapExportTests.samples)
    func everyGraphsEdgeListsAgreeWithAScan(sample: String) throws {
        let graph = MapGraph(try ImporterRegistry.load(["sample:\(sample)"]))
        expectEdgeListsAgree(graph)
        expectEdgeListsAgree(graph.keeping { $0.name.lowercased().contains("a") })
        for node in graph.nodes {
            for hops in 1...2 { expectEdgeListsAgree(graph.neighbourhood(of: node.id, hops: hops)) }
        }
    }

    @Test(arguments: MapExportTests.samples)
    func aNeighbourhoodIsTheWalkOverIds(sample: String) throws {
        let graph = MapGraph(try ImporterRegistry.load(["sample:\(sample)"]))
        for node in graph.nodes {
            for hops in 0...3 { expectWalk(graph, from: node.id, hops: hops) }
        }
    }

    @Test func aNeighbourhoodOfAHubIsTheWalkOverIds() {
        for focus in ["vpc-hub", "vpc-1", "vpc-29"] {
            for hops in 1...3 { expectWalk(Self.hub, from: focus, hops: hops) }
        }
        #expect(Self.hub.neighbourhood(of: "vpc-hub", hops: 1).nodes.count == MapGraph.neighbourLimit + 1)
        expectEdgeListsAgree(Self.hub)
        expectEdgeListsAgree(Self.hub.neighbourhood(of: "vpc-hub", hops: 2))
        expectEdgeListsAgree(Self.hub.neighbourhood(of: "vpc-7", hops: 2).keeping { $0.id.hasSuffix("2") })
    }

    @Test func channelsFollowTheOrderingRule() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<500 {
            let gutter = (0..<Int(random.next() % 40)).map { _ in
                MapRouter.Run(from: Int(random.next() % 12), to: Int(random.next() % 12), sameSide: random.next() % 4 == 0)
            }
            #expect(MapRouter.channels(gutter) == Self.channelsByRule(gutter), "\(gutter.map { ($0.from, $0.to, $0.sameSide) })")
        }
    }

    /// A VPC peered with 30 others, each peered with its neighbour and with 3 of its own:
    /// more lines than a box shows, and lines between boxes a walk reaches by other paths.
    static let hub: MapGraph = {
        var pairs: [(String, String)] = []
        for i in 1...30 {
            pairs.append(("vpc-hub", "vpc-\(i)"))
            if i > 1 { pairs.append(("vpc-\(i - 1)", "vpc-\(i)")) }
            for j in 1...3 { pairs.append(("vpc-\(i)", "vpc-\(i)-\(j)")) }
        }
        var ids: [String] = []
        for (a, b) in pairs { for id in [a, b] where !ids.contains(id) { ids.append(id) } }
        var yaml = "format: linkscope/v1\nvpcs:\n"
        for (n, id) in ids.enumerated() {
            yaml += "  - {id: \(id), account: \"111122223333\", region: us-east-1, cidrs: [10.\(n / 200).\(n % 200).0/24]}\n"
        }
        yaml += "connections:\n"
        for (n, pair) in pairs.enumerated() { yaml += "  - {id: pcx-\(n), type: vpc-peering, between: [\(pair.0), \(pair.1)]}\n" }
        return MapGraph(try! NetworkModel(merging: [NativeLoader.load(bytes: Array(yaml.utf8), file: "hub.yaml")]))
    }()

    /// Each node's edge list read from the index is the one a scan of the edges finds.
    private func expectEdgeListsAgree(_ graph: MapGraph) {
        for node in graph.nodes {
            let scanned = graph.edges.indices.filter { graph.edges[$0].from == node.id || graph.edges[$0].to == node.id }
            #expect(graph.edgeIndices(of: node.id) == scanned, "\(node.id)")
        }
    }

    /// The neighbourhood as first written, over ids and copies of edges: nearest first
    /// (then graph order), each box's first `neighbourLimit` lines, `nodeLimit` boxes.
    private func expectWalk(_ graph: MapGraph, from focus: String, hops: Int) {
        let order = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($1.id, $0) })
        var distance = [focus: 0], frontier = [focus], step = 0
        while step < hops, !frontier.isEmpty {
            step += 1
            var next: [String] = []
            for id in frontier where distance.count < MapGraph.nodeLimit {
                for edge in graph.edges(of: id).prefix(MapGraph.neighbourLimit) where distance.count < MapGraph.nodeLimit {
                    let other = edge.other(than: id)
                    if distance[other] == nil {
                        distance[other] = step
                        next.append(other)
                    }
                }
            }
            frontier = next
        }
        let nodes = distance.keys.sorted { (distance[$0]!, order[$0]!) < (distance[$1]!, order[$1]!) }
        let edges = graph.edges.filter { distance[$0.from] != nil && distance[$0.to] != nil }
        var hidden: [String: Int] = [:]
        for id in nodes {
            let left = graph.edges(of: id).count - edges.filter { $0.from == id || $0.to == id }.count
            if left > 0 { hidden[id] = left }
        }
        let near = graph.neighbourhood(of: focus, hops: hops)
        #expect(near.nodes.map(\.id) == nodes, "\(focus), \(hops) hops")
        #expect(near.edges == edges, "\(focus), \(hops) hops")
        #expect(near.hiddenNeighbours == hidden, "\(focus), \(hops) hops")
    }

    /// The channel order as first written: comparing every run with every other, then
    /// placing the first by row whose predecessors are placed (on a cycle, the first by row).
    static func channelsByRule(_ gutter: [MapRouter.Run]) -> [Int] {
        var before: [Set<Int>] = Array(repeating: [], count: gutter.count)
        for (a, left) in gutter.enumerated() {
            for (b, right) in gutter.enumerated() where a != b && left.leftRows.contains(right.to) && !right.sameSide {
                before[b].insert(a)
            }
        }
        var placed = Set<Int>(), out = Array(repeating: 0, count: gutter.count)
        let byRow = gutter.indices.sorted { (min(gutter[$0].from, gutter[$0].to), $0) < (min(gutter[$1].from, gutter[$1].to), $1) }
        for slot in gutter.indices {
            let next = byRow.first { !placed.contains($0) && before[$0].isSubset(of: placed) } ?? byRow.first { !placed.contains($0) }!
            placed.insert(next)
            out[next] = slot
        }
        return out
    }
}

import SafeText
import Topology

/// Where a map's boxes and lines go, in character cells: a layered layout, deterministic
/// (same graph, same picture), so headless renders and golden frames can test it.
///
/// The algorithm: nodes go in columns by role (on-premises networks, transit gateways,
/// consumer VPCs, services, provider VPCs), so traffic reads left to right and hubs sit in
/// the middle. Within a column, boxes keep their account-and-region group together (a
/// frame around each run) and are ordered by the mean row of their neighbours in earlier
/// columns, which removes most crossings. Lines run orthogonally: out of a box side, along
/// a channel of their own in the gutter, into the next column. A line that skips columns
/// passes through them on a row below their boxes, so it never crosses a box.
public struct MapLayout: Sendable {
    public let graph: MapGraph
    public private(set) var boxes: [MapBox] = []
    public private(set) var groups: [MapGroupFrame] = []
    public private(set) var lines: [MapLine] = []
    public private(set) var width = 0
    public private(set) var height = 0
    private var boxOfNode: [String: Int] = [:]

    /// The widest a box grows; longer names are cut in the middle.
    static let boxWidthRange = 18...34
    /// Endpoints listed in a VPC's box before the rest are counted.
    static let portLimit = 8

    public init(_ graph: MapGraph) {
        self.graph = graph
        var columnWidths: [Int] = [], columnBottoms: [Int] = []
        var groupColumns: [Int] = []
        for (c, column) in Self.columns(graph).enumerated() {
            let inner = Self.boxWidth(column.map { graph.nodes[$0] }, graph)
            var y = 0
            var run: [Int] = []
            func closeRun() {
                guard let first = run.first, let last = run.last else { return }
                let top = boxes[first].y - 1, bottom = boxes[last].y + boxes[last].height
                groups.append(MapGroupFrame(title: graph.nodes[boxes[first].node].group.title,
                                            x: 0, y: top, width: inner + 2, height: bottom - top + 1))
                groupColumns.append(c)
                y = bottom + 2
                run = []
            }
            for index in column {
                let node = graph.nodes[index]
                if let last = run.last, graph.nodes[boxes[last].node].group != node.group { closeRun() }
                let lines = Self.lines(of: node, graph, width: inner - 2)
                let top = run.last.map { boxes[$0].y + boxes[$0].height + 1 } ?? y + 1
                boxOfNode[node.id] = boxes.count
                run.append(boxes.count)
                boxes.append(MapBox(node: index, column: c, x: 0, y: top, width: inner, height: lines.count + 2,
                                    lines: lines))
            }
            closeRun()
            columnWidths.append(inner + 2)
            columnBottoms.append(max(0, y - 2))
        }
        var router = MapRouter(graph: graph, boxes: boxes, boxOfNode: boxOfNode, columnWidths: columnWidths,
                               columnBottoms: columnBottoms)
        lines = router.route()
        for i in boxes.indices { boxes[i].x = router.columnX[boxes[i].column] + 1 }
        for i in groups.indices { groups[i].x = router.columnX[groupColumns[i]] }
        width = router.width
        height = router.height
    }

    /// The box of node `id`, if it is shown.
    public func box(of id: String) -> MapBox? { boxOfNode[id].map { boxes[$0] } }

    /// Column per node: networks, transit gateways, consumer VPCs, services, provider VPCs;
    /// empty columns dropped; each ordered by group, then by its neighbours' mean position.
    static func columns(_ graph: MapGraph) -> [[Int]] {
        let providers = Set(graph.edges.filter { $0.kind == .loadBalancer }.map(\.to))
        let consumers = Set(graph.edges.filter { $0.kind != .loadBalancer && $0.kind.directed }.map(\.from))
        func role(_ node: MapNode) -> Int {
            switch node.kind {
            case .network, .connection: return 0
            case .transitGateway: return 1
            case .vpc: return providers.contains(node.id) && !consumers.contains(node.id) ? 4 : 2
            case .endpointService, .awsService: return 3
            }
        }
        var byRole = Array(repeating: [Int](), count: 5)
        for (i, node) in graph.nodes.enumerated() { byRole[role(node)].append(i) }
        var position: [Int: Double] = [:]
        var out: [[Int]] = []
        for column in byRole where !column.isEmpty {
            let keyed = column.map { index -> (Int, Double) in
                let placed = graph.edgesOfNode[index].compactMap { position[graph.other($0, than: index)] }
                return (index, placed.isEmpty ? Double(index) : placed.reduce(0, +) / Double(placed.count))
            }
            let sorted = keyed.sorted { a, b in
                let (na, nb) = (graph.nodes[a.0], graph.nodes[b.0])
                if na.group != nb.group { return na.group < nb.group }
                if a.1 != b.1 { return a.1 < b.1 }
                return (na.name, na.id) < (nb.name, nb.id)
            }.map(\.0)
            for (row, index) in sorted.enumerated() { position[index] = Double(row) }
            out.append(sorted)
        }
        return out
    }

    /// A column's box width: its longest line, within `boxWidthRange`.
    static func boxWidth(_ nodes: [MapNode], _ graph: MapGraph) -> Int {
        let widest = nodes.map { node in
            ([node.name, kindLine(node), node.group.title] + node.ports.map { "◆ " + $0.name }).map(DisplayWidth.of).max() ?? 0
        }.max() ?? 0
        return min(boxWidthRange.upperBound, max(boxWidthRange.lowerBound, widest + 4))
    }

    /// A box's second line: what it is, and its detail.
    static func kindLine(_ node: MapNode) -> String {
        node.detail.isEmpty ? node.kind.shortTitle : "\(node.kind.shortTitle) · \(node.detail)"
    }

    /// What a box says, cut to `width` columns.
    static func lines(of node: MapNode, _ graph: MapGraph, width: Int) -> [MapBoxLine] {
        func cut(_ text: String) -> String { MiddleCut.fit(text, width: width) }
        var out = [MapBoxLine(text: cut(node.name), role: .title, port: nil)]
        out.append(MapBoxLine(text: cut(kindLine(node)), role: .detail, port: nil))
        for port in node.ports.prefix(portLimit) {
            out.append(MapBoxLine(text: MiddleCut.fit(port.name, width: width - 2), role: .port(port.type), port: port.id))
        }
        if node.ports.count > portLimit {
            out.append(MapBoxLine(text: "+\(node.ports.count - portLimit) more endpoints", role: .more, port: nil))
        }
        if let hidden = graph.hiddenNeighbours[node.id] {
            out.append(MapBoxLine(text: "+\(hidden) more linked", role: .more, port: nil))
        }
        return out
    }
}

/// A node's box: its top-left corner, size and lines (inside the border).
public struct MapBox: Sendable, Equatable {
    /// The node's index in the graph.
    public let node: Int
    public let column: Int
    public internal(set) var x: Int
    public let y: Int
    public let width: Int
    public let height: Int
    public let lines: [MapBoxLine]

    /// The row of an endpoint's line, for the line that leaves from it.
    func row(ofPort id: String) -> Int? {
        lines.firstIndex { $0.port == id }.map { y + 1 + $0 }
    }

    public var centre: (x: Int, y: Int) { (x + width / 2, y + height / 2) }
}

/// One line inside a box.
public struct MapBoxLine: Sendable, Equatable {
    public enum Role: Sendable, Equatable {
        case title, detail, more
        case port(EndpointType)
    }

    public let text: String
    public let role: Role
    public let port: String?
}

/// The frame around a run of boxes of one account and region.
public struct MapGroupFrame: Sendable, Equatable {
    public let title: String
    public internal(set) var x: Int
    public let y: Int
    public let width: Int
    public let height: Int
}

/// A routed line: the corners of its path, and the arrowhead where the traffic arrives.
public struct MapLine: Sendable, Equatable {
    /// The edge's index in the graph.
    public let edge: Int
    public let points: [(x: Int, y: Int)]
    /// Where the arrowhead goes and which way it points (directed lines only).
    public let arrow: (x: Int, y: Int, pointsRight: Bool)?

    public static func == (a: MapLine, b: MapLine) -> Bool {
        a.edge == b.edge && a.points.elementsEqual(b.points, by: { $0 == $1 })
            && a.arrow.map { [$0.x, $0.y, $0.pointsRight ? 1 : 0] } == b.arrow.map { [$0.x, $0.y, $0.pointsRight ? 1 : 0] }
    }
}

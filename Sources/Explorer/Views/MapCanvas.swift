import Analysis
import SafeText
import Topology

/// Draws a map layout into a frame: group frames and lines first, through one grid of
/// line directions so crossings and joins get proper junctions (┼ ├ ┤ ┬ ┴), then the boxes
/// on top. Only the cells inside `area` are touched, so a 5,000-box layout costs what is
/// on screen. The map view and `linkscope map --format text` both draw with it.
public struct MapCanvas {
    public let layout: MapLayout
    /// The selected node and line, drawn highlighted.
    public var selectedNode: String?
    public var selectedEdge: Int?
    /// The most severe check finding about an element, for the marks the other views show.
    public var finding: (String) -> Severity?
    /// The boxes a trace passes (view 7's last trace), and the one where it was stopped.
    public var path: Set<String>
    public var blockedAt: String?

    public init(layout: MapLayout, selectedNode: String? = nil, selectedEdge: Int? = nil,
                finding: @escaping (String) -> Severity? = { _ in nil }, path: Set<String> = [], blockedAt: String? = nil) {
        self.layout = layout
        self.selectedNode = selectedNode
        self.selectedEdge = selectedEdge
        self.finding = finding
        self.path = path
        self.blockedAt = blockedAt
    }

    /// Draws the part of the layout that starts at `origin` into `area`.
    public func draw(into frame: inout Frame, area: Rect, origin: (x: Int, y: Int)) {
        guard !area.isEmpty else { return }
        // The part of the layout on screen, in layout coordinates.
        let window = Rect(x: origin.x, y: origin.y, width: area.width, height: area.height)
        var grid = LineGrid(window: window)
        for group in layout.groups {
            grid.rectangle(x: group.x, y: group.y, width: group.width, height: group.height, style: .border)
        }
        for line in layout.lines {
            let edge = layout.graph.edges[line.edge]
            let style: Style = line.edge == selectedEdge ? .selectedLink : Self.style(edge.kind)
            grid.path(line.points, style: style, dashed: !edge.up)
        }
        grid.draw(into: &frame, area: area, glyphs: frame.glyphs)
        for group in layout.groups {
            put(" \(group.title) ", x: group.x + 2, y: group.y, style: .dim, limit: group.width - 4, &frame, area, origin)
        }
        for line in layout.lines {
            guard let arrow = line.arrow else { continue }
            let glyph = frame.glyphs.asciiOnly ? (arrow.pointsRight ? ">" : "<") : (arrow.pointsRight ? "▶" : "◀")
            let edge = layout.graph.edges[line.edge]
            put(glyph, x: arrow.x, y: arrow.y, style: line.edge == selectedEdge ? .selectedLink : Self.style(edge.kind),
                limit: 1, &frame, area, origin)
        }
        for box in layout.boxes { drawBox(box, &frame, area, origin) }
        // Where a line leaves or enters a box, its border shows the join (looked up only
        // for the ends on screen).
        func onScreen(_ p: (x: Int, y: Int)) -> Bool { window.contains(x: p.x, y: p.y) }
        for line in layout.lines {
            guard let first = line.points.first, let last = line.points.last, onScreen(first) || onScreen(last) else { continue }
            let edge = layout.graph.edges[line.edge]
            let ends = [edge.from, edge.to].compactMap(layout.box(of:))
            for end in [first, last] where onScreen(end) {
                guard let box = ends.first(where: { end.y > $0.y && end.y < $0.y + $0.height - 1
                    && (end.x == $0.x || end.x == $0.x + $0.width - 1) }) else { continue }
                let right = end.x == box.x + box.width - 1
                let glyph = frame.glyphs.asciiOnly ? "+" : (right ? "├" : "┤")
                let selected = layout.graph.nodes[box.node].id == selectedNode
                put(glyph, x: end.x, y: end.y, style: selected ? .focusedBorder : .border, limit: 1, &frame, area, origin)
            }
        }
    }

    private func drawBox(_ box: MapBox, _ frame: inout Frame, _ area: Rect, _ origin: (x: Int, y: Int)) {
        let visible = Rect(x: box.x - origin.x + area.x, y: box.y - origin.y + area.y, width: box.width, height: box.height)
        guard visible.maxX > area.x, visible.x < area.maxX, visible.maxY > area.y, visible.y < area.maxY else { return }
        let node = layout.graph.nodes[box.node]
        let selected = node.id == selectedNode
        let blank = String(repeating: " ", count: box.width)
        for row in 0..<box.height {
            put(blank, x: box.x, y: box.y + row, style: .normal, limit: box.width, &frame, area, origin)
        }
        let g = frame.glyphs
        let border: Style = selected ? .focusedBorder
            : node.id == blockedAt ? .error : path.contains(node.id) ? .ok : .border
        let h = String(repeating: g.horizontal, count: max(0, box.width - 2))
        put(String(g.topLeft) + h + String(g.topRight), x: box.x, y: box.y, style: border, limit: box.width, &frame, area, origin)
        put(String(g.bottomLeft) + h + String(g.bottomRight), x: box.x, y: box.y + box.height - 1, style: border,
            limit: box.width, &frame, area, origin)
        for (i, line) in box.lines.enumerated() {
            let y = box.y + 1 + i
            put(String(g.vertical), x: box.x, y: y, style: border, limit: 1, &frame, area, origin)
            put(String(g.vertical), x: box.x + box.width - 1, y: y, style: border, limit: 1, &frame, area, origin)
            let (text, style) = Self.text(line, glyphs: g, selected: selected)
            let element = line.port ?? (line.role == .title ? node.id : nil)
            if let severity = element.flatMap(finding) {
                // The mark goes first, as in the tree and the tables; the text gives way.
                put(String(Marker.glyph(severity, g)), x: box.x + 1, y: y, style: Marker.style(severity), limit: 1,
                    &frame, area, origin)
                put(text, x: box.x + 3, y: y, style: style, limit: box.width - 4, &frame, area, origin)
            } else {
                put(text, x: box.x + 1, y: y, style: style, limit: box.width - 2, &frame, area, origin)
            }
        }
    }

    /// Puts text at layout coordinates, clipped to `area`.
    private func put(_ text: String, x: Int, y: Int, style: Style, limit: Int, _ frame: inout Frame, _ area: Rect,
                     _ origin: (x: Int, y: Int)) {
        let sx = x - origin.x + area.x, sy = y - origin.y + area.y
        guard sy >= area.y, sy < area.maxY else { return }
        var skipped = text[...]
        var column = sx
        while column < area.x, let first = skipped.first {
            column += max(1, DisplayWidth.of(first))
            skipped = skipped.dropFirst()
        }
        frame.put(String(skipped), x: column, y: sy, style: style, limit: min(limit - (column - sx), area.maxX - column))
    }

    static func text(_ line: MapBoxLine, glyphs: Glyphs, selected: Bool) -> (String, Style) {
        switch line.role {
        case .title: return (line.text, selected ? .selected : .title)
        case .detail: return (line.text, .dim)
        case .more: return (line.text, .dim)
        case .port(let type): return (mark(type, glyphs) + " " + line.text, .normal)
        }
    }

    /// The mark an endpoint has at the edge of its VPC's box, by type.
    static func mark(_ type: EndpointType, _ glyphs: Glyphs) -> String {
        switch type {
        case .interface: return glyphs.asciiOnly ? "I" : "◆"
        case .gateway: return glyphs.asciiOnly ? "G" : "▣"
        case .gatewayLoadBalancer: return glyphs.asciiOnly ? "L" : "◈"
        case .resource: return glyphs.asciiOnly ? "R" : "◇"
        case .serviceNetwork: return glyphs.asciiOnly ? "N" : "◎"
        }
    }

    static func style(_ kind: MapEdgeKind) -> Style {
        switch kind {
        case .privateLink, .gatewayEndpoint, .gatewayLoadBalancerEndpoint, .lattice, .loadBalancer: return .linePrivate
        case .peering, .attachment, .transitGatewayPeering: return .lineRouted
        case .vpn, .directConnect: return .lineHybrid
        }
    }
}

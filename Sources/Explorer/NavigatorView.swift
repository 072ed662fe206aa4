import Topology

/// The architecture tree: account › region › VPC › subnets, route tables, endpoints and
/// load balancers; then services, connections and networks. Draws only the visible rows.
enum NavigatorView {
    static func draw(_ state: AppState, into frame: inout Frame, area: Rect) {
        var title = state.filter.isEmpty ? "Navigator" : "Navigator /\(state.filter)"
        if state.treeMatches > ExplorerModel.filterRowLimit {
            title += " (first \(ExplorerModel.filterRowLimit) of \(state.treeMatches))"
        }
        frame.box(area, title: title, focused: state.focus == .list)
        let inner = area.inner
        guard !inner.isEmpty else { return }
        if state.treeRows.isEmpty {
            frame.put("nothing matches", x: inner.x + 1, y: inner.y, style: .dim, limit: inner.width - 1)
            return
        }
        let end = min(state.treeRows.count, state.tree.offset + inner.height)
        for index in state.tree.offset..<end {
            let row = state.treeRows[index]
            let y = inner.y + index - state.tree.offset
            let selected = index == state.tree.selected
            let style: Style = selected ? (state.focus == .list ? .selected : .selectedUnfocused) : .normal
            if selected { frame.fill(inner.row(index - state.tree.offset), style: style) }
            let marker = row.hasChildren
                ? (state.expanded.contains(row.node) || !state.filter.isEmpty ? state.glyphs.expanded : state.glyphs.collapsed)
                : " "
            let prefix = String(repeating: "  ", count: row.depth) + String(marker) + " "
            var x = inner.x + frame.put(prefix, x: inner.x, y: y, style: style, limit: inner.width)
            if case .element(let id) = row.node, let severity = state.model.worstFinding(id) {
                x += frame.put(String(Marker.glyph(severity, state.glyphs)) + " ", x: x, y: y,
                               style: selected ? style : Marker.style(severity), limit: inner.maxX - x)
            }
            let (label, detail) = label(row.node, state.model)
            x += frame.put(label, x: x, y: y, style: selected ? style : labelStyle(row.node), limit: inner.maxX - x)
            if !detail.isEmpty, x < inner.maxX - 2 {
                frame.put("  " + detail, x: x, y: y, style: selected ? style : .dim, limit: inner.maxX - x)
            }
        }
    }

    private static func labelStyle(_ node: TreeNode) -> Style {
        switch node {
        case .account, .root: return .heading
        case .region, .group: return .emphasis
        case .element: return .normal
        }
    }

    /// A node's name and a short detail shown dimmed after it.
    static func label(_ node: TreeNode, _ model: ExplorerModel) -> (String, String) {
        let t = model.topology
        switch node {
        case .account(let id):
            let name = t.account(id)?.name ?? id
            return (name, name == id ? "account" : id)
        case .region(_, let region):
            let count = model.vpcsOfRegion[node]?.count ?? 0
            return (region, count == 1 ? "1 VPC" : "\(count) VPCs")
        case .group(let vpc, let kind):
            return (kind.rawValue, String(model.childCount(vpc: vpc, kind)))
        case .root(let kind):
            return (kind.rawValue, String(model.count(kind)))
        case .element(let id):
            guard let element = t.element(id) else { return (id, "") }
            return (element.name, detail(element, t))
        }
    }

    private static func detail(_ element: any Element, _ t: Topology) -> String {
        switch element {
        case let v as Vpc: return v.cidrs.map(\.description).joined(separator: " ")
        case let s as Subnet: return [s.zoneId ?? s.zone, s.cidr?.description ?? ""].joined(separator: " ")
        case let e as Endpoint: return e.state == .available ? e.type.rawValue : "\(e.type.rawValue) · \(e.state.rawValue)"
        case let lb as LoadBalancer: return lb.type.rawValue
        case let s as Service: return s.awsShortName ?? s.type?.rawValue ?? ""
        case let c as Connection: return c.state.isUp ? c.type.rawValue : "\(c.type.rawValue) · \(c.state.rawValue)"
        case let n as Network: return n.cidrs.map(\.description).joined(separator: " ")
        case let r as RouteTable: return "\(r.routes.count) routes"
        default: return ""
        }
    }
}

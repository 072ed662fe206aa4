import Topology

/// The architecture tree: account › region › VPC › subnets, route tables, endpoints and
/// load balancers; then services, connections and networks. Draws only the visible rows.
enum NavigatorView {
    static func draw(_ state: AppState, into frame: inout Frame, area: Rect) {
        var title = state.filter.isEmpty ? "Navigator" : "Navigator /\(state.filter)"
        if state.navigator.matches > ExplorerModel.filterRowLimit {
            title += " (first \(ExplorerModel.filterRowLimit) of \(state.navigator.matches))"
        }
        frame.box(area, title: title, focused: state.focus == .list)
        let inner = area.inner
        guard !inner.isEmpty else { return }
        if state.navigator.rows.isEmpty {
            frame.put("nothing matches", x: inner.x + 1, y: inner.y, style: .dim, limit: inner.width - 1)
            return
        }
        let end = min(state.navigator.rows.count, state.navigator.list.offset + inner.height)
        for index in state.navigator.list.offset..<end {
            let row = state.navigator.rows[index]
            let y = inner.y + index - state.navigator.list.offset
            let selected = index == state.navigator.list.selected
            let style: Style = selected ? (state.focus == .list ? .selected : .selectedUnfocused) : .normal
            if selected { frame.fill(inner.row(index - state.navigator.list.offset), style: style) }
            let marker = row.hasChildren
                ? (state.navigator.expanded.contains(row.node) || !state.filter.isEmpty ? state.glyphs.expanded : state.glyphs.collapsed)
                : " "
            let prefix = String(repeating: "  ", count: row.depth) + String(marker) + " "
            var x = inner.x + frame.put(prefix, x: inner.x, y: y, style: style, limit: inner.width)
            if case .element(let id) = row.node, let severity = state.marker(id) {
                x += frame.put(String(Marker.glyph(severity, state.glyphs)) + " ", x: x, y: y,
                               style: selected ? style : Marker.style(severity), limit: inner.maxX - x)
            }
            let (label, detail) = TreeLabels.label(row.node, state.model)
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
}

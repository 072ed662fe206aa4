import SafeText
import Topology

/// The top row: the architecture's name, the breadcrumb to the selection, and the view tabs.
enum TopBar {
    static func draw(_ state: AppState, into frame: inout Frame, area: Rect) {
        frame.fill(area, style: .statusBar)
        var tabs: [(String, Bool)] = ViewID.allCases.map { (" \($0.rawValue) \($0.title) ", $0 == state.view) }
        var tabsWidth = tabs.reduce(0) { $0 + DisplayWidth.of($1.0) }
        if tabsWidth > area.width * 2 / 5 {
            // Narrow: every view by number, the current one by name too.
            tabs = ViewID.allCases.map { ($0 == state.view ? " \($0.rawValue) \($0.title) " : " \($0.rawValue) ", $0 == state.view) }
            tabsWidth = tabs.reduce(0) { $0 + DisplayWidth.of($1.0) }
        }
        var x = area.maxX - tabsWidth
        for (label, active) in tabs {
            x += frame.put(label, x: x, y: area.y, style: active ? .activeTab : .tab)
        }
        let room = max(0, area.width - tabsWidth - 2)
        var crumbs = [state.model.topology.name] + breadcrumb(state)
        var left = crumbs.joined(separator: state.glyphs.separator)
        // The end of the path says most about the selection: drop from the front first.
        while DisplayWidth.of(left) > room, crumbs.count > 1 {
            crumbs.removeFirst()
            left = String(state.glyphs.ellipsis) + state.glyphs.separator + crumbs.joined(separator: state.glyphs.separator)
        }
        frame.put(" " + left, x: area.x, y: area.y, style: .statusBar, limit: room + 1)
    }

    /// The names from the top of the tree down to the selection.
    static func breadcrumb(_ state: AppState) -> [String] {
        let t = state.model.topology
        let nodes: [TreeNode]
        switch state.view {
        case .architecture, .endpoints, .services, .checks, .map, .trace:
            if let element = state.selectedElement {
                nodes = state.model.path(to: element.id) ?? []
            } else if state.view == .architecture, let node = state.selectedNode {
                nodes = [node]
            } else {
                nodes = []
            }
        case .compare:
            // Where the view was opened from: the navigator's selection.
            nodes = state.selectedNode.flatMap { node in
                if case .element(let id) = node { return state.model.path(to: id) }
                if case .account(let id) = node { return state.model.path(to: id) }
                return nil
            } ?? []
        }
        return nodes.compactMap { node in
            switch node {
            case .account(let id), .element(let id): return t.element(id)?.name
            case .region(_, let region): return region
            case .group(_, let kind): return kind.rawValue
            case .root(let kind): return kind.rawValue
            }
        }
    }
}

import Topology

/// Mouse clicks and the wheel, hit-tested against the same layout the views draw.
extension Update {
    static func click(x: Int, y: Int, _ state: inout AppState) {
        let panes = Screen.panes(state)
        if panes.list.contains(x: x, y: y), state.view.isAvailable {
            state.focus = .list
            let inner = panes.list.inner
            let header = state.view == .architecture || state.view == .checks ? 0 : 1
            let row = y - inner.y - header
            guard row >= 0, row < inner.height - header else { return }
            let height = Screen.listHeight(state)
            switch state.view {
            case .architecture:
                let index = state.tree.offset + row
                guard index < state.treeRows.count else { return }
                if index == state.tree.selected, state.treeRows[index].hasChildren { activate(&state); return }
                state.tree.select(index, count: state.treeRows.count, height: height)
            case .endpoints:
                state.endpointTable.list.select(state.endpointTable.list.offset + row, count: state.endpointTable.order.count, height: height)
            case .services:
                state.serviceTable.list.select(state.serviceTable.list.offset + row, count: state.serviceTable.order.count, height: height)
            case .checks:
                state.checks.select(state.checks.offset + row, count: state.checkRows.count, height: height)
            case .compare:
                state.compare.list.select(state.compare.list.offset + row, count: state.compare.rowCount, height: height)
            default: return
            }
            selectionChanged(&state)
        } else if state.view.isAvailable, panes.inspector.contains(x: x, y: y) || panes.guide.contains(x: x, y: y) {
            focus(panes.guide.contains(x: x, y: y) ? .guide : .inspector, &state)
            if let link = link(at: x, y: y, state) {
                var scroll = paneScroll(state)
                scroll.link = link
                setPaneScroll(scroll, &state)
                followSelectedLink(&state)
            }
        }
    }

    /// The link drawn at (x, y) in the focused text pane, if any.
    static func link(at x: Int, y: Int, _ state: AppState) -> Int? {
        let area = textArea(state).inner
        let text = focusedText(state)
        guard let line = text.lines[safe: paneScroll(state).offset + y - area.y] else { return nil }
        var column = area.x + 1
        for span in line {
            let width = DisplayWidth.of(span.text)
            if x >= column, x < column + width { return span.link }
            column += width
        }
        return nil
    }

    static func wheel(x: Int, y: Int, delta: Int, _ state: inout AppState) {
        let lines = delta * 3
        if let overlay = state.overlay {
            let limit = max(0, Overlays.lineCount(state) - Overlays.area(state).inner.height)
            switch overlay {
            case .help(let offset): state.overlay = .help(offset: max(0, min(limit, offset + lines)))
            case .note(let topic, let offset): state.overlay = .note(topic: topic, offset: max(0, min(limit, offset + lines)))
            }
            return
        }
        let panes = Screen.panes(state)
        let height = Screen.listHeight(state)
        if panes.list.contains(x: x, y: y) {
            switch state.view {
            case .architecture: state.tree.scroll(lines, count: state.treeRows.count, height: height)
            case .endpoints: state.endpointTable.list.scroll(lines, count: state.endpointTable.order.count, height: height)
            case .services: state.serviceTable.list.scroll(lines, count: state.serviceTable.order.count, height: height)
            case .checks: state.checks.scroll(lines, count: state.checkRows.count, height: height)
            case .compare: state.compare.list.scroll(lines, count: state.compare.rowCount, height: height)
            default: return
            }
            selectionChanged(&state)
        } else if panes.inspector.contains(x: x, y: y) || panes.guide.contains(x: x, y: y) {
            let previous = state.focus
            state.focus = panes.guide.contains(x: x, y: y) ? .guide : .inspector
            scrollText(lines, &state)
            state.focus = previous
        }
    }
}

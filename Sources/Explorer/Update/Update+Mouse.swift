import SafeText
import Topology

/// Mouse clicks and the wheel, hit-tested against the same layout the views draw.
extension Update {
    static func click(x: Int, y: Int, _ state: inout AppState) {
        let panes = PaneLayout.panes(state)
        if state.view == .map, panes.list.contains(x: x, y: y) {
            state.focus = .list
            let inner = panes.list.inner
            if let id = state.map.layout?.box(atX: x - inner.x + state.map.originX, y: y - inner.y + state.map.originY) {
                state.map.select(id)
                selectionChanged(&state)
            }
        } else if panes.list.contains(x: x, y: y), let path = AppState.listPath(state.view) {
            state.focus = .list
            let inner = panes.list.inner
            let header = PaneLayout.headerRows(state.view)
            let row = y - inner.y - header
            guard row >= 0, row < inner.height - header else { return }
            let index = state[keyPath: path].offset + row
            if state.view == .architecture {
                guard index < state.rowCount else { return }
                if index == state.navigator.list.selected, state.navigator.rows[index].hasChildren { activate(&state); return }
            }
            state[keyPath: path].select(index, count: state.rowCount, height: PaneLayout.listHeight(state))
            selectionChanged(&state)
        } else if panes.inspector.contains(x: x, y: y) || panes.guide.contains(x: x, y: y) {
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
        let area = PaneLayout.textArea(state).inner
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
            let limit = max(0, OverlayContent.lineCount(state) - PaneLayout.overlay(state).inner.height)
            switch overlay {
            case .help(let offset): state.overlay = .help(offset: max(0, min(limit, offset + lines)))
            case .note(let topic, let offset): state.overlay = .note(topic: topic, offset: max(0, min(limit, offset + lines)))
            }
            return
        }
        let panes = PaneLayout.panes(state)
        if state.view == .map, panes.list.contains(x: x, y: y) {
            let limit = max(0, (state.map.layout?.height ?? 0) - panes.list.inner.height)
            state.map.originY = max(0, min(limit, state.map.originY + lines))
        } else if panes.list.contains(x: x, y: y) {
            guard let path = AppState.listPath(state.view) else { return }
            state[keyPath: path].scroll(lines, count: state.rowCount, height: PaneLayout.listHeight(state))
            selectionChanged(&state)
        } else if panes.inspector.contains(x: x, y: y) || panes.guide.contains(x: x, y: y) {
            let previous = state.focus
            state.focus = panes.guide.contains(x: x, y: y) ? .guide : .inspector
            scrollText(lines, &state)
            state.focus = previous
        }
    }
}

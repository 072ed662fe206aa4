/// Moving between and following links in the inspector and the guide panel, and going to
/// an element from anywhere (links, the jump line, history).
extension Update {
    static func textHeight(_ state: AppState) -> Int { PaneLayout.textArea(state).inner.height }

    /// The content of the focused text pane, as the view draws it.
    static func focusedText(_ state: AppState) -> RichText {
        let width = PaneLayout.textWidth(PaneLayout.textArea(state))
        return state.focus == .guide ? GuideContent.text(state, width: width) : InspectorContent.text(state, width: width)
    }

    static func paneScroll(_ state: AppState) -> PaneScroll {
        state.focus == .guide ? state.guidePanel : state.inspector
    }

    static func setPaneScroll(_ scroll: PaneScroll, _ state: inout AppState) {
        if state.focus == .guide { state.guidePanel = scroll } else { state.inspector = scroll }
    }

    /// Selects the next or previous link, scrolling to it; without links, scrolls.
    static func moveLink(_ delta: Int, _ state: inout AppState) {
        let text = focusedText(state)
        guard !text.links.isEmpty else { scrollText(delta, &state); return }
        var scroll = paneScroll(state)
        let current = scroll.link ?? 0
        let next = max(0, min(text.links.count - 1, current + delta))
        scroll.link = next
        if let line = text.line(ofLink: next) {
            let height = textHeight(state)
            if line < scroll.offset { scroll.offset = line }
            if line >= scroll.offset + height { scroll.offset = line - height + 1 }
            if next == current, delta != 0 {
                // At the first or last link: keep scrolling so the text around it can be read.
                scroll.offset = max(0, min(text.lines.count - height, scroll.offset + delta))
            }
        }
        setPaneScroll(scroll, &state)
    }

    /// Scrolls the focused text pane, keeping the selected link on screen when it can.
    static func scrollText(_ delta: Int, _ state: inout AppState) {
        let text = focusedText(state)
        var scroll = paneScroll(state)
        let height = textHeight(state)
        scroll.offset = max(0, min(max(0, text.lines.count - height), scroll.offset + delta))
        let visible = text.links.indices.filter { text.line(ofLink: $0).map { $0 >= scroll.offset && $0 < scroll.offset + height } ?? false }
        if let link = scroll.link, !visible.contains(link), let first = visible.first {
            scroll.link = delta > 0 ? first : visible.last
        }
        setPaneScroll(scroll, &state)
    }

    static func followSelectedLink(_ state: inout AppState) {
        let text = focusedText(state)
        guard let index = paneScroll(state).link, text.links.indices.contains(index) else { return }
        follow(text.links[index], &state)
    }

    static func follow(_ link: PaneLink, _ state: inout AppState) {
        switch link {
        case .element(let id):
            state.history.append(place(state))
            goTo(id, &state)
        case .topic(let topic):
            state.guideTopics.append(topic)
            state.guidePanel = PaneScroll(offset: 0, link: 0)
        case .reader(let topic):
            state.overlay = .note(topic: topic, offset: 0)
        case .url(let url):
            state.message = "Open in a browser: \(url)"
        }
    }

    /// Where the explorer is now, to come back to.
    static func place(_ state: AppState) -> Place {
        let table: TableState?
        switch state.view {
        case .endpoints: table = state.endpointTable
        case .services: table = state.serviceTable
        case .architecture, .compare, .checks, .map, .trace: table = nil
        }
        let node = state.view == .map ? state.map.selected.map(TreeNode.element) : state.selectedNode
        return Place(view: state.view, node: node, tableSelection: table?.selectedID(in: state.model),
                     listRow: state.view == .checks || state.view == .trace ? state.list?.selected : nil, focus: state.focus)
    }

    /// Shows element `id`: in the current table when it is one of its rows, else in the navigator.
    static func goTo(_ id: String, _ state: inout AppState) {
        if selectInTable(id, &state) {
            state.focus = .list
        } else if state.view == .map, showOnMap(id, &state) {
            state.focus = .list
        } else if let path = state.model.path(to: id), let node = path.last {
            state.view = .architecture
            state.focus = .list
            state.filter = ""
            for node in path.dropLast() { state.navigator.expanded.insert(node) }
            state.refreshList()
            state.navigator.select(node, height: PaneLayout.listHeight(state))
        }
        selectionChanged(&state)
    }

    /// Selects element `id` in the current view's table, when it is one of its rows.
    private static func selectInTable(_ id: String, _ state: inout AppState) -> Bool {
        let height = PaneLayout.listHeight(state)
        switch state.view {
        case .endpoints: return state.endpointTable.select(id: id, model: state.model, height: height)
        case .services: return state.serviceTable.select(id: id, model: state.model, height: height)
        case .architecture, .compare, .checks, .map, .trace: return false
        }
    }

    static func restore(_ place: Place, _ state: inout AppState) {
        if place.view == .map, case .element(let id)? = place.node {
            state.view = .map
            _ = showOnMap(id, centre: true, &state)
            selectionChanged(&state)
        } else if let row = place.listRow {
            state.view = place.view
            state.refreshList()
            let count = state.rowCount, height = PaneLayout.listHeight(state)
            state.list?.select(row, count: count, height: height)
            selectionChanged(&state)
        } else if let id = place.tableSelection {
            state.view = place.view
            state.refreshList()
            goTo(id, &state)
        } else if case .element(let id)? = place.node {
            goTo(id, &state)
        } else if case .account(let id)? = place.node {
            goTo(id, &state)
        } else {
            state.view = place.view
            state.refreshList()
            if let node = place.node, let row = state.navigator.rows.firstIndex(of: TreeRow(node: node, depth: 0, hasChildren: true)) {
                state.navigator.list.select(row, count: state.navigator.rows.count, height: PaneLayout.listHeight(state))
            }
            selectionChanged(&state)
        }
        focus(place.focus, &state)
    }
}

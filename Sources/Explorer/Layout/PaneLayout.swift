/// Where each pane goes for a state's size and view: pure geometry, shared by the views
/// that draw the panes and by the update that hit-tests clicks and pages by a pane's height.
enum PaneLayout {
    /// Below this size the panes cannot be read; a one-line notice shows instead.
    static let minimumWidth = 50
    static let minimumHeight = 12

    /// Below this width the guide shares a pane with the inspector; below the next, one
    /// pane shows at a time. Heights likewise for the views that stack their panes.
    static let threePaneWidth = 100
    static let twoPaneWidth = 60
    static let stackedTwoPaneHeight = 20

    /// How many panes fit side by side (or stacked) at this size.
    enum Mode: Equatable {
        case three, two, one
    }

    /// Panes that do not fit have an empty rectangle: they are a Tab away.
    struct Panes {
        var top: Rect
        var list: Rect
        var inspector: Rect
        var guide: Rect
        var status: Rect
    }

    static func mode(_ state: AppState) -> Mode {
        switch state.view {
        case .endpoints, .services, .checks, .compare, .map, .trace:
            if state.width < twoPaneWidth || state.height < stackedTwoPaneHeight { return .one }
        case .architecture:
            if state.width < twoPaneWidth { return .one }
        }
        return state.width < threePaneWidth ? .two : .three
    }

    static func panes(_ state: AppState) -> Panes {
        let full = Rect(x: 0, y: 0, width: state.width, height: state.height)
        let rows = Layout.split(full, .vertical, [.fixed(1), .fill, .fixed(1)])
        let body = rows[1]
        let none = Rect(x: 0, y: 0, width: 0, height: 0)
        var panes = Panes(top: rows[0], list: none, inspector: none, guide: none, status: rows[2])
        let stacked: Bool
        switch state.view {
        case .endpoints, .services, .checks, .compare, .map, .trace: stacked = true
        case .architecture: stacked = false
        }
        // The map needs room more than the text panes do.
        let listShare = state.view == .map ? 62 : 50
        switch mode(state) {
        case .one:
            switch state.focus {
            case .list: panes.list = body
            case .inspector: panes.inspector = body
            case .guide: panes.guide = body
            }
        case .two:
            let parts = stacked ? Layout.split(body, .vertical, [.percent(listShare), .fill])
                : Layout.split(body, .horizontal, [.percent(40), .fill])
            panes.list = parts[0]
            if state.sidePane == .guide { panes.guide = parts[1] } else { panes.inspector = parts[1] }
        case .three:
            if stacked {
                let halves = Layout.split(body, .vertical, [.percent(listShare), .fill])
                let bottom = Layout.split(halves[1], .horizontal, [.fill, .percent(45)])
                (panes.list, panes.inspector, panes.guide) = (halves[0], bottom[0], bottom[1])
            } else {
                let columns = Layout.split(body, .horizontal, [.percent(30), .fill, .percent(34)])
                (panes.list, panes.inspector, panes.guide) = (columns[0], columns[1], columns[2])
            }
        }
        return panes
    }

    /// The panes not on screen at this size, in Tab order.
    static func hidden(_ state: AppState) -> [Pane] {
        let panes = panes(state)
        return Pane.allCases.filter { pane in
            switch pane {
            case .list: return panes.list.isEmpty
            case .inspector: return panes.inspector.isEmpty
            case .guide: return panes.guide.isEmpty
            }
        }
    }

    /// The rows of the view's list inside its border, below a table's header row.
    static func listHeight(_ state: AppState) -> Int {
        max(0, listArea(state).inner.height - headerRows(state.view))
    }

    /// Where the list is, or would be when it is hidden (one pane at a time): scrolling
    /// keeps the selection visible for when the list comes back.
    static func listArea(_ state: AppState) -> Rect {
        let list = panes(state).list
        guard list.isEmpty else { return list }
        return Layout.split(Rect(x: 0, y: 0, width: state.width, height: state.height), .vertical,
                            [.fixed(1), .fill, .fixed(1)])[1]
    }

    /// Rows at the top of the list pane that are not list rows (a table's column titles).
    static func headerRows(_ view: ViewID) -> Int {
        switch view {
        case .architecture, .checks, .map, .trace: return 0
        case .endpoints, .services, .compare: return 1
        }
    }

    static func tooSmall(_ state: AppState) -> Bool {
        state.width < minimumWidth || state.height < minimumHeight
    }

    /// The focused text pane: the guide when it has the focus, else the inspector.
    static func textArea(_ state: AppState) -> Rect {
        let panes = panes(state)
        return state.focus == .guide || (state.focus == .list && panes.inspector.isEmpty && !panes.guide.isEmpty)
            ? panes.guide : panes.inspector
    }

    /// The text width inside a pane's border, less a margin.
    static func textWidth(_ area: Rect) -> Int { max(1, area.inner.width - 2) }

    /// Where the help and the note reader go, over the panes.
    static func overlay(_ state: AppState) -> Rect {
        let width = min(state.width - 4, 100)
        let height = state.height - 4
        return Rect(x: (state.width - width) / 2, y: 2, width: width, height: height)
    }
}

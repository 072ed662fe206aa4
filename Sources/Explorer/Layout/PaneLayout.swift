/// Where each pane goes for a state's size and view: pure geometry, shared by the views
/// that draw the panes and by the update that hit-tests clicks and pages by a pane's height.
enum PaneLayout {
    /// Below this size the panes cannot be read; a one-line notice shows instead.
    static let minimumWidth = 50
    static let minimumHeight = 12

    struct Panes {
        var top: Rect
        var list: Rect
        var inspector: Rect
        var guide: Rect
        var status: Rect
    }

    static func panes(_ state: AppState) -> Panes {
        let full = Rect(x: 0, y: 0, width: state.width, height: state.height)
        let rows = Layout.split(full, .vertical, [.fixed(1), .fill, .fixed(1)])
        let body = rows[1]
        switch state.view {
        case .endpoints, .services, .checks, .compare:
            let halves = Layout.split(body, .vertical, [.percent(50), .fill])
            let bottom = Layout.split(halves[1], .horizontal, [.fill, .percent(45)])
            return Panes(top: rows[0], list: halves[0], inspector: bottom[0], guide: bottom[1], status: rows[2])
        case .architecture, .map:
            let columns = Layout.split(body, .horizontal, [.percent(30), .fill, .percent(34)])
            return Panes(top: rows[0], list: columns[0], inspector: columns[1], guide: columns[2], status: rows[2])
        }
    }

    /// The rows of the view's list inside its border, below a table's header row.
    static func listHeight(_ state: AppState) -> Int {
        panes(state).list.inner.height - headerRows(state.view)
    }

    /// Rows at the top of the list pane that are not list rows (a table's column titles).
    static func headerRows(_ view: ViewID) -> Int {
        switch view {
        case .architecture, .checks, .map: return 0
        case .endpoints, .services, .compare: return 1
        }
    }

    static func tooSmall(_ state: AppState) -> Bool {
        state.width < minimumWidth || state.height < minimumHeight
    }

    /// The focused text pane: the guide when it has the focus, else the inspector.
    static func textArea(_ state: AppState) -> Rect {
        let panes = panes(state)
        return state.focus == .guide ? panes.guide : panes.inspector
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

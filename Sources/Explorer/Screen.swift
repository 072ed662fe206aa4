/// Draws a whole state into a frame: the pure view function that the terminal and
/// `render` share.
public enum Screen {
    /// Below this size the panes cannot be read; a one-line notice shows instead.
    public static let minimumWidth = 50
    public static let minimumHeight = 12

    /// Where each pane goes for a state's size and view.
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
        default:
            let columns = Layout.split(body, .horizontal, [.percent(30), .fill, .percent(34)])
            return Panes(top: rows[0], list: columns[0], inspector: columns[1], guide: columns[2], status: rows[2])
        }
    }

    /// The rows the focused list shows at once (inside its border, less a table's header).
    static func listHeight(_ state: AppState) -> Int {
        let inner = panes(state).list.inner.height
        return state.view == .architecture || state.view == .checks ? inner : inner - 1
    }

    static func tooSmall(_ state: AppState) -> Bool {
        state.width < minimumWidth || state.height < minimumHeight
    }

    public static func draw(_ state: AppState) -> Frame {
        var frame = Frame(width: state.width, height: state.height, glyphs: state.glyphs)
        guard !tooSmall(state) else {
            frame.put("Enlarge to \(minimumWidth)x\(minimumHeight)", x: 0, y: 0, style: .warning)
            return frame
        }
        let panes = panes(state)
        TopBar.draw(state, into: &frame, area: panes.top)
        switch state.view {
        case .architecture:
            NavigatorView.draw(state, into: &frame, area: panes.list)
        case .endpoints:
            TableView.draw(state.endpointTable, state, into: &frame, area: panes.list)
        case .services:
            TableView.draw(state.serviceTable, state, into: &frame, area: panes.list)
        case .checks:
            ChecksView.draw(state, into: &frame, area: panes.list)
        case .compare:
            CompareView.draw(state, into: &frame, area: panes.list)
        case .map:
            NotBuiltView.draw(state, into: &frame, area: Rect(x: 0, y: 1, width: state.width, height: state.height - 2))
            StatusLine.draw(state, into: &frame, area: panes.status)
            CompletionsView.draw(state, into: &frame)
            Overlays.draw(state, into: &frame)
            return frame
        }
        InspectorView.draw(state, into: &frame, area: panes.inspector)
        GuidePanel.draw(state, into: &frame, area: panes.guide)
        StatusLine.draw(state, into: &frame, area: panes.status)
        CompletionsView.draw(state, into: &frame)
        Overlays.draw(state, into: &frame)
        return frame
    }
}

/// Views 4 to 6 until their issues land: a plain statement, not an empty screen.
enum NotBuiltView {
    static func draw(_ state: AppState, into frame: inout Frame, area: Rect) {
        frame.box(area, title: state.view.title)
        let lines = ["The \(state.view.title.lowercased()) view is not in this version of linkscope yet.",
                     "Views 1 to 5 work: press 1, 2, 3, 4 or 5."]
        for (i, line) in lines.enumerated() {
            frame.put(line, x: area.x + 2, y: area.y + 2 + i, style: i == 0 ? .heading : .dim, limit: area.width - 4)
        }
    }
}

/// Draws a whole state into a frame: the pure view function that the terminal and
/// `render` share.
public enum Screen {
    /// Below this size the panes cannot be read; a one-line notice shows instead.
    public static var minimumSize: (width: Int, height: Int) { (PaneLayout.minimumWidth, PaneLayout.minimumHeight) }

    public static func draw(_ state: AppState) -> Frame {
        var frame = Frame(width: state.width, height: state.height, glyphs: state.glyphs)
        guard !PaneLayout.tooSmall(state) else {
            frame.put("Enlarge to \(PaneLayout.minimumWidth)x\(PaneLayout.minimumHeight)", x: 0, y: 0, style: .warning)
            return frame
        }
        let panes = PaneLayout.panes(state)
        TopBar.draw(state, into: &frame, area: panes.top)
        switch state.view {
        case _ where panes.list.isEmpty:
            break
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
        if !panes.inspector.isEmpty { InspectorView.draw(state, into: &frame, area: panes.inspector) }
        if !panes.guide.isEmpty { GuidePanel.draw(state, into: &frame, area: panes.guide) }
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

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
            MapView.draw(state, into: &frame, area: panes.list)
        case .trace:
            TraceView.draw(state, into: &frame, area: panes.list)
        }
        if !panes.inspector.isEmpty { InspectorView.draw(state, into: &frame, area: panes.inspector) }
        if !panes.guide.isEmpty { GuidePanel.draw(state, into: &frame, area: panes.guide) }
        StatusLine.draw(state, into: &frame, area: panes.status)
        CompletionsView.draw(state, into: &frame)
        Overlays.draw(state, into: &frame)
        return frame
    }
}

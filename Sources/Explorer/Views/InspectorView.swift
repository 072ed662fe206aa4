/// The middle pane: the inspector's text, scrolled, with the selected link highlighted.
enum InspectorView {
    static func draw(_ state: AppState, into frame: inout Frame, area: Rect) {
        let text = InspectorContent.text(state, width: PaneLayout.textWidth(area))
        TextPane.draw(text, scroll: state.inspector, title: "Inspector", focused: state.focus == .inspector,
                      into: &frame, area: area)
    }
}

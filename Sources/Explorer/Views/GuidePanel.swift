/// The right pane: the guide's digest for the selection, scrolled, with the selected link
/// highlighted.
enum GuidePanel {
    static func draw(_ state: AppState, into frame: inout Frame, area: Rect) {
        let text = GuideContent.text(state, width: PaneLayout.textWidth(area))
        TextPane.draw(text, scroll: state.guidePanel, title: "Guide", focused: state.focus == .guide, into: &frame, area: area)
    }
}

/// The modal layers over the panes: key help and the full-screen note reader.
enum Overlays {
    static func draw(_ state: AppState, into frame: inout Frame) {
        guard let overlay = state.overlay else { return }
        let area = PaneLayout.overlay(state)
        frame.fill(area)
        switch overlay {
        case .help(let offset):
            let text = OverlayContent.help(state, width: PaneLayout.textWidth(area))
            TextPane.draw(text, scroll: PaneScroll(offset: offset), title: "Help: keys here (Esc closes)", focused: true,
                          into: &frame, area: area)
        case .note(let topic, let offset):
            let text = OverlayContent.reader(state, topic: topic, width: PaneLayout.textWidth(area))
            TextPane.draw(text, scroll: PaneScroll(offset: offset), title: "Guide: \(topic) (Esc closes)", focused: true,
                          into: &frame, area: area)
        }
    }
}

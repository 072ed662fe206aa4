/// The modal layers over the panes: key help and the full-screen note reader.
enum Overlays {
    static func area(_ state: AppState) -> Rect {
        let width = min(state.width - 4, 100)
        let height = state.height - 4
        return Rect(x: (state.width - width) / 2, y: 2, width: width, height: height)
    }

    static func draw(_ state: AppState, into frame: inout Frame) {
        guard let overlay = state.overlay else { return }
        let area = area(state)
        frame.fill(area)
        switch overlay {
        case .help(let offset):
            let text = helpText(state, width: TextPane.textWidth(area))
            TextPane.draw(text, scroll: PaneScroll(offset: offset), title: "Help: keys here (Esc closes)", focused: true,
                          into: &frame, area: area)
        case .note(let topic, let offset):
            let text = readerText(state, topic: topic, width: TextPane.textWidth(area))
            TextPane.draw(text, scroll: PaneScroll(offset: offset), title: "Guide: \(topic) (Esc closes)", focused: true,
                          into: &frame, area: area)
        }
    }

    /// The key table for the current view and pane, built from the bindings themselves.
    static func helpText(_ state: AppState, width: Int) -> RichText {
        var text = RichText(width: width)
        let active = KeyBindings.scopes(state)
        text.add([Span("\(state.view.title) view", .title)])
        for scope in active.reversed() {
            text.blank()
            text.add([Span(scope.rawValue, .heading)])
            for binding in KeyBindings.all where binding.scope == scope {
                let keys = binding.keys.map(\.label).joined(separator: " ")
                text.add([Span("  " + keys.padding(toLength: 14, withPad: " ", startingAt: 0), .key), Span(binding.help)],
                         indent: 16)
            }
        }
        text.blank()
        text.add([Span("Mouse", .heading)])
        text.add([Span("  click selects a row; the wheel scrolls the pane under the pointer.")])
        text.blank()
        text.add([Span("In the filter (/) and jump (:) line: type, Bksp deletes, Enter accepts, Esc cancels;", .dim)])
        text.add([Span("the jump line completes ids and names with Tab and ↑↓.", .dim)])
        return text
    }

    static func readerText(_ state: AppState, topic: String, width: Int) -> RichText {
        guard let note = state.model.guide.note(topic) else {
            var text = RichText(width: width)
            text.add([Span("No guide note for \(topic).", .dim)])
            return text
        }
        return NoteRendering.full(note, library: state.model.guide, glyphs: state.glyphs, width: width)
    }

    /// How many lines the overlay's text has, for scrolling limits.
    static func lineCount(_ state: AppState) -> Int {
        let width = TextPane.textWidth(area(state))
        switch state.overlay {
        case .help?: return helpText(state, width: width).lines.count
        case .note(let topic, _)?: return readerText(state, topic: topic, width: width).lines.count
        case nil: return 0
        }
    }
}

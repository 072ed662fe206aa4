import Analysis
import Topology

/// The text of the overlays: the key help for where the user is, built from the key table,
/// and a guide note read full screen.
enum OverlayContent {
    /// The key table for the current view and pane, built from the bindings themselves.
    static func help(_ state: AppState, width: Int) -> RichText {
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
        if state.view == .map { mapLegend(state.glyphs, into: &text) }
        text.blank()
        text.add([Span("Mouse", .heading)])
        text.add([Span("  click selects a row; the wheel scrolls the pane under the pointer.")])
        text.blank()
        text.add([Span("In the filter (/) and jump (:) line: type, Bksp deletes, Enter accepts, Esc cancels;", .dim)])
        text.add([Span("the jump line completes ids and names with Tab and ↑↓.", .dim)])
        return text
    }

    /// What the map's marks and lines mean.
    static func mapLegend(_ glyphs: Glyphs, into text: inout RichText) {
        text.blank()
        text.add([Span("Map legend", .heading)])
        for type in EndpointType.allCases {
            text.add([Span("  " + MapCanvas.mark(type, glyphs) + " ", .key), Span("\(type.rawValue) endpoint")])
        }
        for kind in MapEdgeKind.allCases {
            let sample = String(repeating: glyphs.horizontal, count: 3) + (kind.directed ? (glyphs.asciiOnly ? ">" : "▶") : "")
            text.add([Span("  " + sample.padding(toLength: 5, withPad: " ", startingAt: 0), MapCanvas.style(kind)),
                      Span(" " + kind.title)])
        }
        text.add([Span("  " + (glyphs.asciiOnly ? "- - " : "┄┄┄ ") + " a link that is not available or active", .dim)])
        text.add([Span("  +N more linked: boxes beyond the hops shown; + shows more", .dim)])
        text.add([Span("  " + String(glyphs.topLeft) + String(glyphs.horizontal) + String(glyphs.topRight) + "  ", .ok),
                  Span("a box the last trace (p) passes; "), Span("red", .error), Span(" where it was stopped")])
    }

    static func reader(_ state: AppState, topic: String, width: Int) -> RichText {
        guard let note = state.model.guide.note(topic) else {
            var text = RichText(width: width)
            text.add([Span("No guide note for \(topic).", .dim)])
            return text
        }
        return NoteRendering.full(note, library: state.model.guide, glyphs: state.glyphs, width: width)
    }

    /// How many lines the overlay's text has, for scrolling limits.
    static func lineCount(_ state: AppState) -> Int {
        let width = PaneLayout.textWidth(PaneLayout.overlay(state))
        switch state.overlay {
        case .help?: return help(state, width: width).lines.count
        case .note(let topic, _)?: return reader(state, topic: topic, width: width).lines.count
        case nil: return 0
        }
    }
}

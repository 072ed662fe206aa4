import SafeText

/// The bottom row: the prompt when one is open, else a message or the keys that work here.
enum StatusLine {
    static func draw(_ state: AppState, into frame: inout Frame, area: Rect) {
        frame.fill(area, style: .statusBar)
        if let prompt = state.prompt {
            let label: String, hint: String
            switch prompt.kind {
            case .filter: (label, hint) = ("/", "  Enter keep · Esc clear")
            case .jump: (label, hint) = (":", "  Tab complete · Enter go · Esc cancel")
            case .compareFrom: (label, hint) = ("compare from: ", "  an id, a name, or s3 · Tab complete · Enter · Esc")
            case .compareTo: (label, hint) = ("compare to: ", "  an id, a name, or s3 · Tab complete · Enter · Esc")
            case .traceTo: (label, hint) = ("trace to: ", "  an id, a name, an address or internet, then :443 or udp:53 · Tab · Enter · Esc")
            }
            let used = frame.put(label + prompt.text, x: area.x, y: area.y, style: .input)
            frame.put("▏", x: area.x + used, y: area.y, style: .input)
            frame.put(hint, x: area.x + used + 2, y: area.y, style: .statusBar)
            return
        }
        if let message = state.message {
            frame.put(" " + message, x: area.x, y: area.y, style: .warning)
            drawPending(state, into: &frame, area: area)
            return
        }
        var x = area.x + 1
        if !state.filter.isEmpty {
            x += frame.put("filter: \(state.filter)  ", x: x, y: area.y, style: .input)
        }
        let hidden = PaneLayout.hidden(state)
        for binding in KeyBindings.hints(state) {
            guard let key = binding.keys.first, var word = binding.hint else { continue }
            if binding.command == .nextPane, !hidden.isEmpty {
                // Panes that do not fit are a Tab away: say which.
                word += " (+" + hidden.map(\.title).joined(separator: ", ") + ")"
            }
            x += frame.put(key.label, x: x, y: area.y, style: .key)
            x += frame.put(" \(word)  ", x: x, y: area.y, style: .statusBar)
        }
        drawPending(state, into: &frame, area: area)
    }

    /// The progress mark at the right end while model parts are prepared in the background.
    private static func drawPending(_ state: AppState, into frame: inout Frame, area: Rect) {
        guard let note = state.pendingNote else { return }
        let text = " " + note + " "
        let width = min(area.width, DisplayWidth.of(text))
        let x = area.x + area.width - width
        frame.fill(Rect(x: x, y: area.y, width: width, height: 1), style: .statusBar)
        frame.put(text, x: x, y: area.y, style: .dim, limit: width)
    }
}

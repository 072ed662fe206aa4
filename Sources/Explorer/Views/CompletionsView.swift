import SafeText
import Topology

/// The jump line's completions, in a box just above the status line.
enum CompletionsView {
    static func draw(_ state: AppState, into frame: inout Frame) {
        guard let prompt = state.prompt, prompt.kind != .filter, !prompt.completions.isEmpty else { return }
        let t = state.model.topology
        let labels = prompt.completions.map { id -> String in
            guard let e = t.element(id) else { return id }
            return e.name == id ? "\(id)  \(e.kind.noun)" : "\(e.name)  \(id)  \(e.kind.noun)"
        }
        let width = min(state.width - 2, (labels.map(DisplayWidth.of).max() ?? 0) + 4)
        let area = Rect(x: 0, y: state.height - 3 - labels.count, width: width, height: labels.count + 2)
        frame.fill(area)
        frame.box(area, title: prompt.kind == .jump ? "jump" : "compare", focused: true)
        for (i, label) in labels.enumerated() {
            let selected = i == prompt.completion.selected
            let row = Rect(x: area.x + 1, y: area.y + 1 + i, width: area.width - 2, height: 1)
            if selected { frame.fill(row, style: .selected) }
            frame.put(label, x: row.x + 1, y: row.y, style: selected ? .selected : .normal, limit: row.width - 1)
        }
    }
}

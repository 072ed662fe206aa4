import SafeText
import Topology

/// An element table with aligned columns, a sort marker in the header, and the selected
/// row highlighted. Only the visible rows' cells are computed.
enum TableView {
    static func draw(_ table: TableState, _ state: AppState, into frame: inout Frame, area: Rect) {
        let title = "\(table.kind.title) (\(table.order.count))" + (state.filter.isEmpty ? "" : " /\(state.filter)")
        frame.box(area, title: title, focused: state.focus == .list)
        let inner = area.inner
        guard inner.height >= 2 else { return }
        let columns = table.kind.columns
        let rows = table.order[min(table.list.offset, table.order.count)..<min(table.order.count, table.list.offset + inner.height - 1)]
        let cells = rows.map { index in columns.map { $0.value(state.model.topology, index) } }
        let widths = widths(columns, cells, available: inner.width - 1)
        var x = inner.x + 1
        for (i, column) in columns.enumerated() where widths[i] > 0 {
            let arrow = i == table.sortColumn ? (table.ascending ? " ↑" : " ↓") : ""
            frame.put(column.title + (state.glyphs.asciiOnly ? arrow.replacingOccurrences(of: "↑", with: "^")
                          .replacingOccurrences(of: "↓", with: "v") : arrow),
                      x: x, y: inner.y, style: .heading, limit: widths[i])
            x += widths[i] + 1
        }
        if table.order.isEmpty {
            frame.put("nothing matches", x: inner.x + 1, y: inner.y + 1, style: .dim)
            return
        }
        for (row, values) in cells.enumerated() {
            let position = table.list.offset + row
            let y = inner.y + 1 + row
            let selected = position == table.list.selected
            let style: Style = selected ? (state.focus == .list ? .selected : .selectedUnfocused) : .normal
            if selected { frame.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            if let severity = state.marker(table.kind.id(table.order[position], in: state.model.topology)) {
                frame.put(String(Marker.glyph(severity, state.glyphs)), x: inner.x, y: y, style: selected ? style : Marker.style(severity))
            }
            var x = inner.x + 1
            for (i, column) in columns.enumerated() where widths[i] > 0 {
                let text = column.keepsEnd ? MiddleCut.fit(values[i], width: widths[i]) : values[i]
                let left = column.numeric ? x + max(0, widths[i] - DisplayWidth.of(text)) : x
                frame.put(text, x: left, y: y, style: selected ? style : cellStyle(column.title, text), limit: widths[i])
                x += widths[i] + 1
            }
        }
    }

    /// Column widths from the visible cells: each column as wide as its content up to its
    /// cap, spare room to the columns still cut short. When they do not fit, the least
    /// important columns go first (a column squeezed below its floor tells nothing), then
    /// the widest column above its floor gives up a cell at a time.
    static func widths(_ columns: [TableColumn], _ cells: [[String]], available: Int) -> [Int] {
        let natural = columns.indices.map { i in
            max(DisplayWidth.of(columns[i].title) + 2, cells.map { DisplayWidth.of($0[i]) }.max() ?? 0)
        }
        let floor = columns.indices.map { min(columns[$0].floor, natural[$0]) }
        var shown = Array(columns.indices)
        func gaps() -> Int { max(0, shown.count - 1) }
        while shown.count > 1, shown.map({ floor[$0] }).reduce(0, +) + gaps() > available,
              let least = shown.min(by: { columns[$0].keep < columns[$1].keep }) {
            shown.removeAll { $0 == least }
        }
        var widths = columns.indices.map { shown.contains($0) ? min(columns[$0].cap, natural[$0]) : 0 }
        func total() -> Int { widths.reduce(0, +) + gaps() }
        for i in shown where natural[i] > widths[i] && total() < available {
            widths[i] = min(natural[i], widths[i] + available - total())
        }
        while total() > available {
            // Above the floors first; a lone column wider than the pane is cut as it must be.
            let candidates = shown.filter { widths[$0] > floor[$0] }
            guard let widest = (candidates.isEmpty ? shown.filter { widths[$0] > 1 } : candidates)
                .max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    private static func cellStyle(_ column: String, _ text: String) -> Style {
        guard column == "STATE" else { return .normal }
        switch text {
        case "available": return .ok
        case "pending-acceptance", "pending": return .warning
        default: return .error
        }
    }
}

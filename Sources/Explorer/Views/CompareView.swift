import Analysis

/// View 4: connectivity options side by side. With a pair, each option's verdict for it,
/// ranked; without one, the catalogue itself.
enum CompareView {
    static func draw(_ state: AppState, into frame: inout Frame, area: Rect) {
        let compare = state.compare
        let title: String
        if let comparison = compare.comparison {
            title = "Compare \(comparison.from.name) → \(comparison.to.name)"
        } else {
            let from = compare.from.map { "from \(name($0, state)); t picks the destination" } ?? "c on any element, or f and t, picks a pair"
            title = "Connectivity options (\(from))"
        }
        frame.box(area, title: title, focused: state.focus == .list)
        let inner = area.inner
        guard inner.height >= 2 else { return }
        let header = compare.comparison == nil ? catalogueHeader : pairHeader
        let rows = rowCells(state)
        let visible = rows[min(compare.list.offset, rows.count)..<min(rows.count, compare.list.offset + inner.height - 1)]
        // The option comes first and stays longest; later columns give way in order.
        let columns = header.enumerated().map { i, column in
            TableColumn(column.0, column.1, floor: i == 0 ? 18 : 6, keep: header.count - i) { _, _ in "" }
        }
        let widths = TableView.widths(columns, Array(visible), available: inner.width - 1)
        var x = inner.x + 1
        for (i, column) in header.enumerated() where widths[i] > 0 {
            frame.put(column.0, x: x, y: inner.y, style: .heading, limit: widths[i])
            x += widths[i] + 1
        }
        for (row, cells) in visible.enumerated() {
            let position = compare.list.offset + row
            let y = inner.y + 1 + row
            let selected = position == compare.list.selected
            let style: Style = selected ? (state.focus == .list ? .selected : .selectedUnfocused) : .normal
            if selected { frame.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            var x = inner.x + 1
            for (i, text) in cells.enumerated() where widths[i] > 0 {
                let cellStyle: Style = selected ? style : (i == 1 && compare.comparison != nil ? (text.hasPrefix(String(state.glyphs.cross)) ? .error : .ok) : .normal)
                frame.put(text, x: x, y: y, style: cellStyle, limit: widths[i])
                x += widths[i] + 1
            }
        }
    }

    static let catalogueHeader: [(String, Int)] = [("OPTION", 31), ("DIRECTION", 18), ("TRANSITIVE", 10),
                                                   ("OVERLAP", 7), ("X-ACCOUNT", 9), ("X-REGION", 8), ("LAYER", 24)]
    static let pairHeader: [(String, Int)] = [("OPTION", 31), ("FEASIBLE", 9), ("EST. $/MO", 10), ("DIRECTION", 18),
                                              ("TRANSITIVE", 10), ("OVERLAP", 7), ("X-REGION", 8), ("LAYER", 24)]

    /// Every row's cells (a dozen options: computing all of them is cheap).
    static func rowCells(_ state: AppState) -> [[String]] {
        let g = state.glyphs
        guard let comparison = state.compare.comparison else {
            return OptionCatalogue.all.map { o in
                [o.id.rawValue, o.direction.rawValue, mark(o.transitive, g), mark(o.overlappingCidrs, g),
                 mark(o.crossAccount, g), mark(o.crossRegion, g), o.layer]
            }
        }
        return comparison.assessments.map { a in
            let o = a.option
            let verdict = (a.feasible ? String(g.yes) : String(g.cross)) + (a.exists ? " built" : "")
            let cost = a.feasible ? (a.cost?.shortText ?? "?") : "-"
            return [o.id.rawValue, verdict, cost, o.direction.rawValue, mark(o.transitive, g), mark(o.overlappingCidrs, g),
                    mark(o.crossRegion, g), o.layer]
        }
    }

    private static func mark(_ support: OptionSupport, _ glyphs: Glyphs) -> String {
        guard glyphs.asciiOnly else { return support.mark }
        switch support.answer {
        case .yes: return "y"
        case .no: return "x"
        case .conditional: return "~"
        case .notApplicable: return "-"
        case .unconfirmed: return "?"
        }
    }

    private static func name(_ id: String, _ state: AppState) -> String {
        state.model.topology.element(id)?.name ?? id
    }
}

/// View 5's state: findings under a heading per severity, and the selection, which never
/// rests on a heading while a finding can be selected.
public struct ChecksState: Sendable {
    public private(set) var rows: [CheckRow] = []
    public var list = ListState()

    /// Rebuilds the rows for the filter.
    mutating func refresh(model: ExplorerModel, filter: String, height: Int) {
        let shown = filter.isEmpty ? Array(model.findings.indices) : model.findingSearch.matches(filter).map(\.key)
        rows = CheckRow.rows(shown.map { model.findings[$0] }, indices: shown)
        list.select(list.selected, count: rows.count, height: height)
        if case .heading? = rows[safe: list.selected], rows.count > 1 {
            list.select(list.selected + 1, count: rows.count, height: height)
        }
    }

    /// Steps past a heading in the direction of travel (back, at the top).
    mutating func skipHeading(direction: Int, height: Int) {
        guard case .heading? = rows[safe: list.selected] else { return }
        let step = direction < 0 && list.selected > 0 ? -1 : 1
        list.move(step, count: rows.count, height: height)
        if case .heading? = rows[safe: list.selected] {
            list.move(-step, count: rows.count, height: height)
        }
        if list.selected == 1 { list.offset = 0 }
    }

    /// The index (into the model's findings) of the selected finding.
    var selectedFinding: Int? {
        guard case .finding(let index)? = rows[safe: list.selected] else { return nil }
        return index
    }
}

/// A sortable, filterable table's state: which rows show in which order, and the selection.
/// The order is rebuilt when the filter or the sort changes, not on moves.
public struct TableState: Sendable {
    public let kind: TableKind
    public private(set) var sortColumn = 0
    public private(set) var ascending = true
    /// Row indices into the topology's endpoints or services, filtered and sorted.
    public private(set) var order: [Int] = []
    public var list = ListState()

    init(kind: TableKind, model: ExplorerModel) {
        self.kind = kind
        order = Array(0..<kind.count(in: model.topology))
    }

    /// The id of the selected row's element.
    public func selectedID(in model: ExplorerModel) -> String? { selectedIndex.map { kind.id($0, in: model.topology) } }
    var selectedIndex: Int? { order.indices.contains(list.selected) ? order[list.selected] : nil }

    /// Re-filters and re-sorts against `model`, keeping the selected element selected.
    mutating func refresh(model: ExplorerModel, filter: String, height: Int) {
        let keep = selectedIndex
        let t = model.topology
        var rows = Array(0..<kind.count(in: t))
        if !filter.isEmpty {
            rows = model.tableSearch(kind).matches(filter).map(\.key)
        }
        let column = kind.columns[sortColumn]
        if column.numeric {
            let keys = rows.map { Int(column.value(t, $0)) ?? 0 }
            order = zip(rows, keys).sorted { ascending ? ($0.1, $0.0) < ($1.1, $1.0) : ($0.1, $0.0) > ($1.1, $1.0) }.map(\.0)
        } else if sortColumn != 0 || !ascending || !filter.isEmpty {
            let keys = rows.map { column.value(t, $0).lowercased() }
            order = zip(rows, keys).sorted { ascending ? ($0.1, $0.0) < ($1.1, $1.0) : ($0.1, $0.0) > ($1.1, $1.0) }.map(\.0)
        } else {
            order = rows
        }
        if let keep, let at = order.firstIndex(of: keep) { list.selected = at }
        list.select(list.selected, count: order.count, height: height)
    }

    /// Sorts by the next column (wrapping), ascending.
    mutating func sortByNextColumn(model: ExplorerModel, filter: String, height: Int) {
        sortColumn = (sortColumn + 1) % kind.columns.count
        ascending = true
        refresh(model: model, filter: filter, height: height)
    }

    mutating func reverse(model: ExplorerModel, filter: String, height: Int) {
        ascending.toggle()
        refresh(model: model, filter: filter, height: height)
    }

    /// Selects the row of element `id`, if it is shown.
    mutating func select(id: String, model: ExplorerModel, height: Int) -> Bool {
        guard let at = order.firstIndex(where: { kind.id($0, in: model.topology) == id }) else { return false }
        list.select(at, count: order.count, height: height)
        return true
    }
}

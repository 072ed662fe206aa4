/// A sortable, filterable table's state: which rows show in which order, and the selection.
/// The order is rebuilt when the filter or the sort changes, not on moves, and then from
/// the model's `TableIndex`: a cached order per column and one byte scan, so a keystroke
/// costs a pass over the rows, never a sort.
public struct TableState: Sendable {
    public let kind: TableKind
    public private(set) var sortColumn = 0
    public private(set) var ascending = true
    /// Row indices into the topology's endpoints or services, filtered and sorted.
    public private(set) var order: [Int] = []
    public var list = ListState()
    /// The rows the filter matched (ascending) and the filter they match: when the next
    /// filter contains this one, only these rows can match it.
    private var matched: (filter: String, rows: [Int])?

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
        let rows = filter.isEmpty ? nil : matches(filter, model: model)
        if sortColumn == 0 && ascending && filter.isEmpty {
            // Unsorted and unfiltered: the source's own order, no index needed.
            order = Array(0..<kind.count(in: model.topology))
        } else {
            order = model.table(kind).order(column: sortColumn, ascending: ascending, keeping: rows)
        }
        if let keep, let at = order.firstIndex(of: keep) { list.selected = at }
        list.select(list.selected, count: order.count, height: height)
    }

    /// The rows matching `filter`, narrowing the last answer when the filter grew.
    private mutating func matches(_ filter: String, model: ExplorerModel) -> [Int] {
        let text = model.table(kind).text
        let rows: [Int]
        if let matched, !matched.filter.isEmpty, SearchIndex.contains(filter, matched.filter) {
            rows = text.keys(containing: filter, among: matched.rows)
        } else {
            rows = text.keys(containing: filter)
        }
        matched = (filter, rows)
        return rows
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
        guard let row = kind.row(of: id, in: model.topology), let at = order.firstIndex(of: row) else { return false }
        list.select(at, count: order.count, height: height)
        return true
    }
}

import Topology

/// What a table's filter and sort read, computed once per table rather than once per
/// keystroke: every row's cells lower-cased in one buffer (the filter), and for each
/// column the rows in ascending order of that column's key (the sort). A sort keystroke
/// then walks a cached order instead of computing 50,000 cells and sorting them; a
/// filter keystroke scans bytes and keeps the matching rows of that order.
final class TableIndex: Sendable {
    let kind: TableKind
    /// Row `i`'s cells joined by spaces, lower-cased.
    let text: SearchIndex
    /// Per column, every row sorted by (key, row): stable, and its reverse is the exact
    /// descending order. Each is computed the first time it is wanted, or by `prepare`.
    private let ascending: [Deferred<[Int32]>]

    init(kind: TableKind, topology: NetworkModel) {
        self.kind = kind
        let columns = kind.columns
        let count = kind.count(in: topology)
        text = SearchIndex(count: count) { i in columns.map { $0.value(topology, i) } }
        ascending = columns.map { column in
            Deferred { TableIndex.sortedRows(column, count: count, topology: topology) }
        }
    }

    /// Computes every column's order now (the background preparation does this).
    func prepare() {
        for order in ascending { _ = order.value }
    }

    /// The rows, all or those in `rows` (ascending row numbers), ordered by `column`.
    func order(column: Int, ascending up: Bool, keeping rows: [Int]?) -> [Int] {
        let sorted = ascending[column].value
        var out: [Int] = []
        out.reserveCapacity(rows?.count ?? sorted.count)
        if let rows {
            var kept = [Bool](repeating: false, count: sorted.count)
            for row in rows { kept[row] = true }
            if up {
                for row in sorted where kept[Int(row)] { out.append(Int(row)) }
            } else {
                for row in sorted.reversed() where kept[Int(row)] { out.append(Int(row)) }
            }
        } else if up {
            for row in sorted { out.append(Int(row)) }
        } else {
            for row in sorted.reversed() { out.append(Int(row)) }
        }
        return out
    }

    /// The rows sorted by the column's key, then by row: numbers as numbers, text
    /// ignoring case.
    private static func sortedRows(_ column: TableColumn, count: Int, topology: NetworkModel) -> [Int32] {
        if column.numeric {
            let keys = (0..<count).map { Int(column.value(topology, $0)) ?? 0 }
            return (0..<count).sorted { (keys[$0], $0) < (keys[$1], $1) }.map(Int32.init)
        }
        let keys = (0..<count).map { column.value(topology, $0).lowercased() }
        return (0..<count).sorted { (keys[$0], $0) < (keys[$1], $1) }.map(Int32.init)
    }
}

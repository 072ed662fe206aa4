import Topology

/// What a table's filter and sort read, computed once per table rather than once per
/// keystroke: every row's cells lower-cased in one buffer (the filter), and for each
/// column the rows in ascending order of that column's key (the sort). A sort keystroke
/// then walks a cached order instead of computing 50,000 cells and sorting them; a
/// filter keystroke scans bytes and keeps the matching rows of that order. Built whole,
/// in the background (`ModelPart.endpointTable`) or by the first key that needs it.
final class TableIndex: Sendable {
    let kind: TableKind
    /// Row `i`'s cells joined by spaces, lower-cased.
    let text: SearchIndex
    /// Per column, every row sorted by (key, row): stable, and its reverse is the exact
    /// descending order.
    private let ascending: [[Int32]]

    /// Computes every cell once, for both the filter text and the column orders.
    init(kind: TableKind, topology: NetworkModel) {
        self.kind = kind
        let columns = kind.columns
        let count = kind.count(in: topology)
        let cells = columns.map { column in (0..<count).map { column.value(topology, $0) } }
        text = SearchIndex(count: count) { i in cells.map { $0[i] } }
        ascending = zip(columns, cells).map { column, values in TableIndex.sortedRows(values, numeric: column.numeric) }
    }

    /// The rows, all or those in `rows` (ascending row numbers), ordered by `column`.
    func order(column: Int, ascending up: Bool, keeping rows: [Int]?) -> [Int] {
        let sorted = ascending[column]
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

    /// The rows sorted by their cell, then by row: numbers as numbers, text ignoring case.
    /// The standard library's sort is stable, so rows with equal keys stay in row order
    /// without comparing rows.
    private static func sortedRows(_ values: [String], numeric: Bool) -> [Int32] {
        var rows = (0..<Int32(values.count)).map { $0 }
        if numeric {
            let keys = values.map { Int($0) ?? 0 }
            rows.sort { keys[Int($0)] < keys[Int($1)] }
        } else {
            let keys = values.map(lowercased)
            rows.sort { keys[Int($0)] < keys[Int($1)] }
        }
        return rows
    }

    /// `text.lowercased()`, without a new string when it is already lower-case ASCII.
    private static func lowercased(_ text: String) -> String {
        var text = text
        let plain = text.withUTF8 { bytes in !bytes.contains { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) } }
        return plain ? text : text.lowercased()
    }
}

import SafeText
import Explorer
import Topology

/// Aligned plain-text columns for the scripting commands. Each cell is kept to one line
/// here (`Sanitized.line`), so a value holding a line break cannot shift the columns.
///
/// A table of a large account (50,000 endpoints) is written a line at a time: the cells
/// are asked for twice, once to measure the columns and once to write them, and never
/// held together.
struct TextTable {
    let headers: [String]
    /// Rows added one by one (small tables)…
    private var stored: [[String]] = []
    /// …or computed on demand (the element tables of `list`).
    private var computed: (count: Int, cells: (Int) -> [String])?

    init(_ headers: String...) {
        self.headers = headers
    }

    /// A table of `count` rows whose cells `cells(i)` computes each time it is asked.
    init(_ headers: [String], count: Int, cells: @escaping (Int) -> [String]) {
        self.headers = headers
        computed = (count, cells)
    }

    mutating func add(_ cells: [String]) {
        precondition(computed == nil, "add to a computed table")
        stored.append(cells.map(Sanitized.line))
    }

    /// The whole table as one string, for a small table inside a longer text.
    func rendered() -> String {
        var lines: [String] = []
        forEachLine { lines.append($0) }
        return lines.joined(separator: "\n")
    }

    /// Writes the table to stdout a line at a time.
    func write() {
        forEachLine(Console.out)
    }

    private var count: Int { computed?.count ?? stored.count }

    private func cells(_ row: Int) -> [String] {
        guard let computed else { return stored[row] }
        return computed.cells(row).map(Sanitized.line)
    }

    /// The header and every row, each padded to the widest cell of its column (the last
    /// column is not padded).
    private func forEachLine(_ body: (String) -> Void) {
        var widths = headers.map(DisplayWidth.of)
        for row in 0..<count {
            for (column, cell) in cells(row).enumerated() { widths[column] = max(widths[column], DisplayWidth.of(cell)) }
        }
        body(line(headers, widths))
        for row in 0..<count { body(line(cells(row), widths)) }
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        var out = ""
        for (column, cell) in cells.enumerated() {
            if column > 0 { out += "  " }
            out += cell
            if column < cells.count - 1 { out += String(repeating: " ", count: widths[column] - DisplayWidth.of(cell)) }
        }
        return out
    }
}

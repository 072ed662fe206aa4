/// Routes a layout's lines: each leaves its box at a side row of its own (an endpoint's
/// line at the endpoint's row), turns in a channel of its own in the gutter, and passes
/// columns it skips on a row below their boxes. Gutters are as wide as their channels
/// need, so lines never share a vertical run.
struct MapRouter {
    let graph: MapGraph
    let boxes: [MapBox]
    let boxOfNode: [String: Int]
    let columnWidths: [Int]
    let columnBottoms: [Int]
    /// Where each column starts, once the gutters are sized.
    private(set) var columnX: [Int] = []
    private(set) var width = 0
    private(set) var height = 0

    init(graph: MapGraph, boxes: [MapBox], boxOfNode: [String: Int], columnWidths: [Int], columnBottoms: [Int]) {
        self.graph = graph
        self.boxes = boxes
        self.boxOfNode = boxOfNode
        self.columnWidths = columnWidths
        self.columnBottoms = columnBottoms
    }

    /// A vertical run in a gutter: the line it belongs to and the rows it spans.
    struct Run {
        let from: Int
        let to: Int
        /// A line between two boxes of one column: both its ends are on the gutter's left.
        var sameSide = false

        /// Rows where the run's line crosses from the left column to its channel.
        var leftRows: Set<Int> { sameSide ? [from, to] : [from] }
    }

    /// A path before gutters have widths: stops are (column-relative) places.
    private enum Stop {
        /// At a box's side: right side when `right`.
        case side(box: Int, row: Int, right: Bool)
        /// Through a column it skips, on a row below its boxes.
        case pass(column: Int, row: Int)
        /// The turn in gutter `gutter` from one row to another.
        case turn(gutter: Int, run: Int)
    }

    mutating func route() -> [MapLine] {
        var usedRows: [Int: Set<Int>] = [:]
        var passRows = columnBottoms.map { $0 + 1 }
        var runs: [[Run]] = Array(repeating: [], count: columnWidths.count)
        var plans: [(edge: Int, stops: [Stop], arrowAtEnd: Bool?)] = []

        func anchor(_ box: Int, port: String?, right: Bool) -> Int {
            let b = boxes[box]
            if let port, let row = b.row(ofPort: port) { return row }
            let key = box * 2 + (right ? 1 : 0)
            let rows = Array((b.y + 1)..<(b.y + b.height - 1))
            let free = rows.filter { row in !(usedRows[key]?.contains(row) ?? false) && !b.isPortRow(row) }
            let row = free.first ?? rows[(usedRows[key]?.count ?? 0) % rows.count]
            usedRows[key, default: []].insert(row)
            return row
        }

        for (index, edge) in graph.edges.enumerated() {
            guard let a = boxOfNode[edge.from], let b = boxOfNode[edge.to] else { continue }
            let (ca, cb) = (boxes[a].column, boxes[b].column)
            if ca == cb {
                let ya = anchor(a, port: edge.port, right: true), yb = anchor(b, port: nil, right: true)
                runs[ca].append(Run(from: ya, to: yb, sameSide: true))
                plans.append((index, [.side(box: a, row: ya, right: true), .turn(gutter: ca, run: runs[ca].count - 1),
                                      .side(box: b, row: yb, right: true)], edge.kind.directed ? true : nil))
                continue
            }
            let (left, right) = ca < cb ? (a, b) : (b, a)
            let yl = anchor(left, port: left == a ? edge.port : nil, right: true)
            let yr = anchor(right, port: right == a ? edge.port : nil, right: false)
            var stops: [Stop] = [.side(box: left, row: yl, right: true)]
            var y = yl
            for column in (boxes[left].column + 1)..<boxes[right].column {
                let pass = passRows[column]
                passRows[column] += 1
                runs[column - 1].append(Run(from: y, to: pass))
                stops += [.turn(gutter: column - 1, run: runs[column - 1].count - 1), .pass(column: column, row: pass)]
                y = pass
            }
            let last = boxes[right].column - 1
            runs[last].append(Run(from: y, to: yr))
            stops += [.turn(gutter: last, run: runs[last].count - 1), .side(box: right, row: yr, right: false)]
            plans.append((index, stops, edge.kind.directed ? (edge.to == graph.nodes[boxes[right].node].id) : nil))
        }

        let channel = runs.map(Self.channels)
        let gutterWidths = runs.enumerated().map { column, gutter in
            column == runs.count - 1 && gutter.isEmpty ? 0 : max(4, gutter.count + 3)
        }
        var x = 0
        for (column, width) in columnWidths.enumerated() {
            columnX.append(x)
            x += width + gutterWidths[column]
        }
        width = x
        height = max((passRows.max() ?? 0), (boxes.map { $0.y + $0.height }.max() ?? 0)) + 1

        return plans.map { plan in
            var points: [(x: Int, y: Int)] = []
            var arrow: (x: Int, y: Int, pointsRight: Bool)?
            for (i, stop) in plan.stops.enumerated() {
                switch stop {
                case .side(let box, let row, let right):
                    // Lines start on the box's border and cross its group's frame.
                    let b = boxes[box]
                    let frameX = columnX[b.column] + (right ? columnWidths[b.column] - 1 : 0)
                    points.append((right ? frameX - 1 : frameX + 1, row))
                    guard let toEnd = plan.arrowAtEnd else { break }
                    let isEnd = i == plan.stops.count - 1
                    if isEnd == toEnd {
                        // The cell just outside the frame, pointing at the box the traffic enters.
                        arrow = (right ? frameX + 1 : frameX - 1, row, !right)
                    }
                case .pass(let column, let row):
                    points.append((columnX[column], row))
                    points.append((columnX[column] + columnWidths[column] - 1, row))
                case .turn(let gutter, let index):
                    let run = runs[gutter][index]
                    let cx = columnX[gutter] + columnWidths[gutter] + 1 + channel[gutter][index]
                    points.append((cx, run.from))
                    points.append((cx, run.to))
                }
            }
            return MapLine(edge: plan.edge, points: points, arrow: arrow)
        }
    }

    /// Channels for a gutter's runs, one column each. A run whose line leaves the left
    /// column at some row goes left of a run whose line enters the right column at that
    /// row, so their horizontal pieces never overlap; otherwise runs go by their upper row.
    static func channels(_ gutter: [Run]) -> [Int] {
        // The "goes left of" pairs, found through the rows runs enter at rather than by
        // comparing every run with every other; per run, its successors and how many of
        // its predecessors are not placed yet.
        var enteringAt: [Int: [Int]] = [:]
        for (b, run) in gutter.enumerated() where !run.sameSide { enteringAt[run.to, default: []].append(b) }
        var after: [[Int]] = Array(repeating: [], count: gutter.count)
        var waiting = Array(repeating: 0, count: gutter.count)
        for (a, left) in gutter.enumerated() {
            for row in left.leftRows {
                for b in enteringAt[row] ?? [] where b != a {
                    after[a].append(b)
                    waiting[b] += 1
                }
            }
        }
        let byRow = gutter.indices.sorted { (min(gutter[$0].from, gutter[$0].to), $0) < (min(gutter[$1].from, gutter[$1].to), $1) }
        var rank = Array(repeating: 0, count: gutter.count)
        for (position, run) in byRow.enumerated() { rank[run] = position }
        // Ranks (places in `byRow`) of the unplaced runs whose predecessors are all placed,
        // highest first, so the next to place is the last.
        var ready = byRow.indices.reversed().filter { waiting[byRow[$0]] == 0 }
        var placed = Array(repeating: false, count: gutter.count), out = Array(repeating: 0, count: gutter.count)
        var unplacedFrom = 0
        for slot in gutter.indices {
            // The first by row whose predecessors are placed; on a cycle, the first by row.
            let next: Int
            if let first = ready.popLast() {
                next = byRow[first]
            } else {
                while placed[byRow[unplacedFrom]] { unplacedFrom += 1 }
                next = byRow[unplacedFrom]
            }
            placed[next] = true
            out[next] = slot
            for b in after[next] {
                waiting[b] -= 1
                guard waiting[b] == 0, !placed[b] else { continue }
                var low = 0, high = ready.count
                while low < high {
                    let middle = (low + high) / 2
                    if ready[middle] > rank[b] { low = middle + 1 } else { high = middle }
                }
                ready.insert(rank[b], at: low)
            }
        }
        return out
    }
}

extension MapBox {
    /// True for a row that shows an endpoint (its lines leave from there).
    func isPortRow(_ row: Int) -> Bool {
        let index = row - y - 1
        return lines.indices.contains(index) && lines[index].port != nil
    }
}

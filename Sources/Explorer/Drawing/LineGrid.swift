/// Lines drawn as the directions each cell joins (left, right, up, down), so where lines
/// meet, cross or turn the cell shows the right box-drawing character. Only cells inside
/// `window` are kept: drawing costs the window, not the whole picture.
struct LineGrid {
    struct Sides: OptionSet {
        let rawValue: UInt8
        static let left = Sides(rawValue: 1), right = Sides(rawValue: 2), up = Sides(rawValue: 4), down = Sides(rawValue: 8)
    }

    private struct CellLine {
        var sides: Sides = []
        var style: Style = .normal
        var dashed = false
    }

    let window: Rect
    private var cells: [Int: CellLine] = [:]

    init(window: Rect) { self.window = window }

    /// A path through `points`, each leg horizontal or vertical.
    mutating func path(_ points: [(x: Int, y: Int)], style: Style, dashed: Bool = false) {
        for (p, q) in zip(points, points.dropFirst()) { leg(from: p, to: q, style: style, dashed: dashed) }
    }

    /// A rectangle's outline.
    mutating func rectangle(x: Int, y: Int, width: Int, height: Int, style: Style) {
        guard width >= 2, height >= 2 else { return }
        let corners = [(x, y), (x + width - 1, y), (x + width - 1, y + height - 1), (x, y + height - 1), (x, y)]
        path(corners.map { (x: $0.0, y: $0.1) }, style: style)
    }

    private mutating func leg(from p: (x: Int, y: Int), to q: (x: Int, y: Int), style: Style, dashed: Bool) {
        let dx = (q.x - p.x).signum(), dy = (q.y - p.y).signum()
        guard dx == 0 || dy == 0 else { return }
        let steps = max(abs(q.x - p.x), abs(q.y - p.y))
        let forward: Sides = dx > 0 ? .right : dx < 0 ? .left : dy > 0 ? .down : .up
        let backward: Sides = dx > 0 ? .left : dx < 0 ? .right : dy > 0 ? .up : .down
        // Only the part inside the window is visited.
        for step in visibleSteps(from: p, dx: dx, dy: dy, steps: steps) {
            var sides: Sides = []
            if step > 0 { sides.insert(backward) }
            if step < steps { sides.insert(forward) }
            add(x: p.x + dx * step, y: p.y + dy * step, sides: sides, style: style, dashed: dashed)
        }
    }

    private func visibleSteps(from p: (x: Int, y: Int), dx: Int, dy: Int, steps: Int) -> Range<Int> {
        func range(_ start: Int, _ delta: Int, _ low: Int, _ high: Int) -> ClosedRange<Int>? {
            if delta == 0 { return (low..<high).contains(start) ? 0...steps : nil }
            let a = (low - start) * delta, b = (high - 1 - start) * delta
            let from = max(0, min(a, b)), to = min(steps, max(a, b))
            return from <= to ? from...to : nil
        }
        guard let xs = range(p.x, dx, window.x, window.maxX), let ys = range(p.y, dy, window.y, window.maxY) else {
            return 0..<0
        }
        let from = max(xs.lowerBound, ys.lowerBound), to = min(xs.upperBound, ys.upperBound)
        return from <= to ? from..<(to + 1) : 0..<0
    }

    private mutating func add(x: Int, y: Int, sides: Sides, style: Style, dashed: Bool) {
        guard x >= window.x, x < window.maxX, y >= window.y, y < window.maxY else { return }
        let key = (y - window.y) * window.width + (x - window.x)
        var cell = cells[key] ?? CellLine()
        // A cell where a line meets the frames takes the line's style; a join of two
        // lines keeps the first line's.
        if cell.sides.isEmpty || cell.style == .border { cell.style = style }
        cell.dashed = cell.sides.isEmpty ? dashed : cell.dashed && dashed
        cell.sides.formUnion(sides)
        cells[key] = cell
    }

    /// Writes the lines into `area` of `frame` (the window's top-left at the area's).
    func draw(into frame: inout Frame, area: Rect, glyphs: Glyphs) {
        for (key, cell) in cells {
            let x = area.x + key % window.width, y = area.y + key / window.width
            frame.put(String(Self.character(cell.sides, dashed: cell.dashed, ascii: glyphs.asciiOnly)), x: x, y: y,
                      style: cell.style, limit: 1)
        }
    }

    static func character(_ sides: Sides, dashed: Bool, ascii: Bool) -> Character {
        let horizontal = sides.isSubset(of: [.left, .right]), vertical = sides.isSubset(of: [.up, .down])
        if ascii { return horizontal ? "-" : vertical ? "|" : "+" }
        if horizontal { return dashed ? "┄" : "─" }
        if vertical { return dashed ? "┆" : "│" }
        switch sides {
        case [.right, .down]: return "┌"
        case [.left, .down]: return "┐"
        case [.right, .up]: return "└"
        case [.left, .up]: return "┘"
        case [.up, .down, .right]: return "├"
        case [.up, .down, .left]: return "┤"
        case [.left, .right, .down]: return "┬"
        case [.left, .right, .up]: return "┴"
        default: return "┼"
        }
    }
}

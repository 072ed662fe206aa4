/// How much of a row or column a part of a layout takes.
public enum Constraint: Sendable {
    /// Exactly this many cells (less if there is not room).
    case fixed(Int)
    /// A share of the whole, in percent.
    case percent(Int)
    /// At least this many cells; shares what is left with `fill`.
    case min(Int)
    /// An equal share of what is left.
    case fill
}

/// Splits rectangles into rows or columns by constraints, solved anew for every frame from
/// its size (Ratatui's layout, reduced to what linkscope needs).
public enum Layout {
    public enum Direction: Sendable { case horizontal, vertical }

    public static func split(_ area: Rect, _ direction: Direction, _ constraints: [Constraint]) -> [Rect] {
        let total = direction == .horizontal ? area.width : area.height
        var sizes = constraints.map { c -> Int in
            switch c {
            case .fixed(let n): return n
            case .percent(let p): return total * p / 100
            case .min(let n): return n
            case .fill: return 0
            }
        }
        var used = sizes.reduce(0, +)
        if used > total {
            // Not enough room: shrink from the last part backwards.
            for i in sizes.indices.reversed() where used > total {
                let cut = Swift.min(sizes[i], used - total)
                sizes[i] -= cut
                used -= cut
            }
        } else {
            let growable = constraints.indices.filter {
                if case .fill = constraints[$0] { return true }
                if case .min = constraints[$0] { return true }
                return false
            }
            var spare = total - used
            if !growable.isEmpty {
                let share = spare / growable.count
                for (n, i) in growable.enumerated() {
                    let extra = n == growable.count - 1 ? spare : share
                    sizes[i] += extra
                    spare -= extra
                }
            }
        }
        var offset = 0
        return sizes.map { size in
            defer { offset += size }
            switch direction {
            case .horizontal: return Rect(x: area.x + offset, y: area.y, width: size, height: area.height)
            case .vertical: return Rect(x: area.x, y: area.y + offset, width: area.width, height: size)
            }
        }
    }
}

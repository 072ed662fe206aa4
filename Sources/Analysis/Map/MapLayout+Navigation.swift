/// Which way an arrow key moves on the map.
public enum MapDirection: Sendable {
    case up, down, left, right
}

extension MapLayout {
    /// The box nearest to box `id` in `direction`: among boxes whose centre lies that way,
    /// the one closest along the direction, with sideways distance counting double.
    public func nearest(from id: String, _ direction: MapDirection) -> String? {
        guard let from = box(of: id) else { return nil }
        let (fx, fy) = from.centre
        var best: (score: Int, id: String)?
        for box in boxes where box != from {
            let (x, y) = box.centre
            let along: Int, across: Int
            switch direction {
            case .up: (along, across) = (fy - y, abs(x - fx))
            case .down: (along, across) = (y - fy, abs(x - fx))
            case .left: (along, across) = (fx - x, abs(y - fy))
            case .right: (along, across) = (x - fx, abs(y - fy))
            }
            guard along > 0 else { continue }
            let score = along + 2 * across
            let node = graph.nodes[box.node].id
            if best.map({ (score, node) < ($0.score, $0.id) }) ?? true { best = (score, node) }
        }
        return best?.id
    }

    /// The box at layout cell (x, y), if any.
    public func box(atX x: Int, y: Int) -> String? {
        boxes.first { x >= $0.x && x < $0.x + $0.width && y >= $0.y && y < $0.y + $0.height }.map { graph.nodes[$0.node].id }
    }
}

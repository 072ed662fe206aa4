import Topology

/// Finds a cycle in a graph of names (resources that refer to each other, conditions that
/// name each other) without recursion, so a long chain cannot exhaust the stack.
enum Cycles {
    /// Throws at the first edge of the first cycle found, naming every step: `A → B → A`.
    static func check(order: [String], edges: [String: [(String, SourceLocation)]], what: String, why: String) throws(LoadError) {
        var state: [String: Int] = [:]  // 1 on the current path, 2 done
        for start in order where state[start] == nil {
            // The path from `start`, each step with the index of its next edge to follow.
            var path: [(name: String, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = path.last {
                let out = edges[top.name] ?? []
                guard top.next < out.count else {
                    state[top.name] = 2
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let (target, place) = out[top.next]
                switch state[target] {
                case 1:
                    let from = path.firstIndex { $0.name == target }!
                    let names = path[from...].map(\.name) + [target]
                    let firstPlace = from + 1 < path.count
                        ? (edges[path[from].name] ?? [])[path[from].next - 1].1 : place
                    throw LoadError.at(firstPlace, "\(what): \(names.joined(separator: " → ")) (\(why))")
                case 2:
                    continue
                default:
                    state[target] = 1
                    path.append((target, 0))
                }
            }
        }
    }
}

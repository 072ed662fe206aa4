import Explorer

/// What a user meets on the map: opening view 6 (only the first press also builds the
/// graph of the whole model, so the median is the opening without it), then each key on
/// it (update + draw at 200×60): a move, a line picked, a line followed (a new
/// neighbourhood laid out), one more hop; and one more hop from the busiest hub, the
/// service most endpoints use, where every box has lines left out.
extension KeystrokeBench {
    func mapRows(into report: inout Report) {
        report.add("open the map (6)", press("6", after: ""), target: "",
                   "from the tree: a neighbourhood laid out and drawn (the whole model's graph is built by the first press only)")
        report.add("move on the map (Right)", press("Right", after: "6"), target: "≤ 16 ms", "arrow to the nearest box")
        report.add("pick a line (Tab), map", press("Tab", after: "6"), target: "≤ 16 ms", "Tab selects the next line")
        report.add("follow a line (Enter), map", press("Enter", after: "6 Tab"), target: "≤ 16 ms",
                   "a new neighbourhood laid out")
        report.add("one more hop (+), map", press("+", after: "6"), target: "≤ 16 ms", "the neighbourhood widened")
        var users: [String: Int] = [:]
        for endpoint in model.topology.endpoints { if let service = endpoint.service { users[service, default: 0] += 1 } }
        if let (hub, count) = users.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
            report.add("one more hop (+), map of a hub", press("+", after: ": \(hub) Enter 6 +"), target: "≤ 16 ms",
                       "centred on \(hub) (\(count) endpoints): 2 hops to 3")
        }
    }
}

import Explorer

/// What a user meets on the map: opening view 6 the first time (which builds the graph of
/// the whole model), then each key on it (update + draw at 200×60): a move, a line picked,
/// a line followed (a new neighbourhood laid out), one more hop.
extension KeystrokeBench {
    func mapRows(into report: inout Report) {
        report.add("open the map (6)", press("6", after: ""), target: "",
                   "the first time: builds the graph of the whole model once")
        report.add("move on the map (Right)", press("Right", after: "6"), target: "≤ 16 ms", "arrow to the nearest box")
        report.add("pick a line (Tab), map", press("Tab", after: "6"), target: "≤ 16 ms", "Tab selects the next line")
        report.add("follow a line (Enter), map", press("Enter", after: "6 Tab"), target: "≤ 16 ms",
                   "a new neighbourhood laid out")
        report.add("one more hop (+), map", press("+", after: "6"), target: "≤ 16 ms", "the neighbourhood widened")
    }
}

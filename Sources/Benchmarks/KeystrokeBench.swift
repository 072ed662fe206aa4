import Explorer

/// The keystrokes a user of a large account makes, each timed as the terminal pays for it:
/// `Update.apply` and `Screen.draw` at 200×60, from a state reached by earlier keys (not
/// timed), the median of several presses from that same state (the update is pure, so
/// each press starts alike).
struct KeystrokeBench {
    let model: ExplorerModel
    let runs: Int

    /// The state after pressing `keys` (tmux names) on a fresh 200×60 explorer.
    func state(_ keys: String) -> AppState {
        var state = AppState(model: model, width: 200, height: 60)
        for key in KeyNames.parse(keys) { state = Update.apply(.key(key), to: state) }
        return state
    }

    /// Milliseconds to press `key` (one tmux name) after `before`, and draw: the median
    /// wall time and the median CPU time of this thread, as `12.3 ms (cpu 10.1)`.
    func press(_ key: String, after before: String) -> String {
        let start = state(before)
        let keys = KeyNames.parse(key)
        var sink = 0
        let body = {
            var next = start
            for key in keys { next = Update.apply(.key(key), to: next) }
            sink &+= Screen.draw(next).width
        }
        let wall = Timing.median(runs, body)
        let cpu = Timing.cpuMedian(runs, body)
        if sink == 42 { print("") }
        return ms(wall) + " (cpu " + ms(cpu).dropLast(3) + ")"
    }

    /// Milliseconds to draw the screen `keys` lead to, without a key: the floor under
    /// every keystroke there (the inspector and guide of the selection are laid out anew).
    func redraw(after keys: String) -> String {
        let start = state(keys)
        var sink = 0
        let wall = Timing.median(runs) { sink &+= Screen.draw(start).width }
        let cpu = Timing.cpuMedian(runs) { sink &+= Screen.draw(start).width }
        if sink == 42 { print("") }
        return ms(wall) + " (cpu " + ms(cpu).dropLast(3) + ")"
    }

    /// The rows every size gets: what a keystroke costs where users spend their time.
    func rows(into report: inout Report, label: String, endpoints: Int) {
        let table = "the \(endpoints)-row endpoints table"
        report.add("move (Down), tree \(label)", press("Down", after: ""), target: "≤ 16 ms",
                   "update + draw of one Down in the navigator")
        report.add("open a node (Enter), tree", press("Enter", after: "Down"), target: "≤ 16 ms",
                   "Enter on a region: rebuilds the tree's rows")
        report.add("follow a link (Enter), inspector", press("Enter", after: "Down Down Tab"), target: "≤ 16 ms",
                   "Enter on the inspector's first link of a VPC: goes to the element")
        report.add("switch view (2)", press("2", after: ""), target: "≤ 16 ms", "from the tree to \(table)")
        report.add("redraw, no key, table", redraw(after: "2 PageDown"), target: "",
                   "Screen.draw alone of \(table) with a row selected: the floor under its keystrokes")
        report.add("page (PageDown), table", press("PageDown", after: "2 PageDown"), target: "≤ 16 ms",
                   "PageDown in \(table)")
        report.add("filter, query grows", press("0", after: "2 / v p c e -"), target: "≤ 16 ms",
                   "typing '0' after '/vpce-' in \(table): narrows the last match set")
        report.add("filter, query shrinks", press("BSpace", after: "2 / v p c e - 0"), target: "≤ 16 ms",
                   "Backspace from '/vpce-0' in \(table): a full scan")
        report.add("filter, first key", press("e", after: "2 /"), target: "≤ 16 ms",
                   "typing 'e' after '/' in \(table): nearly every row matches")
        report.add("sort (s), by name", press("s", after: "2"), target: "≤ 16 ms",
                   "s in \(table) sorted by id: by name, distinct keys")
        report.add("sort (s), next column", press("s", after: "2 s"), target: "≤ 16 ms",
                   "s in \(table) sorted by name: by type, few distinct keys")
        report.add("reverse (r)", press("r", after: "2 s s"), target: "≤ 16 ms", "r in \(table)")
        report.add("sort (s), filtered table", press("s", after: "2 / e Enter"), target: "≤ 16 ms",
                   "s in \(table) filtered by 'e'")
        report.add("jump (:) completion key", press("p", after: ": v"), target: "≤ 16 ms",
                   "typing 'p' after ':v': completions over every element")
    }
}

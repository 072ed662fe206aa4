import Explorer
import Guide
import Topology

/// What a user meets on the map: opening view 6 the first time (which builds the graph of
/// the whole model), then each key on it (update + draw at 200×60): a move, a line picked,
/// a line followed (a new neighbourhood laid out), one more hop.
enum MapBenchmark {
    static func run() throws {
        print("\nmap (update + view at 200x60)")
        print(row(["elements", "open map (ms)", "move key (ms)", "Tab key (ms)", "follow (ms)", "+ hop (ms)"]))
        for size in [100, 100_000] {
            let topology = try GeneratedTopology.make(elements: size)
            let model = ExplorerModel(topology: topology, guide: GuideLibrary.builtIn)
            let start = AppState(model: model, width: 200, height: 60)
            var sink = 0
            func press(_ keys: String, on state: AppState) -> AppState {
                var next = state
                for key in KeyNames.parse(keys) { next = Update.apply(.key(key), to: next) }
                sink &+= Screen.draw(next).width
                return next
            }
            var onMap = start
            let open = median(1) { onMap = press("6", on: start) }
            let move = median(51) { _ = press("Right", on: onMap) }
            let tab = median(51) { _ = press("Tab", on: onMap) }
            let picked = press("Tab", on: onMap)
            let follow = median(21) { _ = press("Enter", on: picked) }
            let widen = median(11) { _ = press("+", on: onMap) }
            print(row([String(topology.elementCount), String(format: "%.1f", open), String(format: "%.2f", move),
                       String(format: "%.2f", tab), String(format: "%.2f", follow), String(format: "%.2f", widen)]))
            if sink == 42 { print("") }
        }
        print("target: a key on the map under 16 ms at 100,000 elements (opening builds the graph once)")
    }
}

import Explorer
import Foundation
import Guide
import Topology

/// Times the explorer's hot paths on generated architectures and prints a table: the cost
/// of one keystroke (update + view at 200×60) must not grow with what is loaded.
/// Run with `swift run -c release Benchmarks`.

func median(_ runs: Int, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return times.sorted()[runs / 2]
}

func row(_ cells: [String]) -> String {
    zip(cells, [12, 14, 16, 18, 18, 18]).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined()
}

print(row(["elements", "model (ms)", "keystroke (ms)", "filter key (ms)", "jump key (ms)", "open node (ms)"]))
for size in [100, 100_000] {
    let topology = try GeneratedTopology.make(elements: size)
    var model: ExplorerModel!
    let build = median(1) { model = ExplorerModel(topology: topology, guide: GuideLibrary.builtIn) }
    let start = AppState(model: model, width: 200, height: 60)
    var sink = 0
    func press(_ key: Key, on state: AppState) -> AppState {
        let next = Update.apply(.key(key), to: state)
        sink &+= Screen.draw(next).width
        return next
    }
    let keystroke = median(101) { _ = press(.down, on: start) }
    let filtering = press(.character("a"), on: press(.character("/"), on: start))
    let filterKey = median(21) { _ = press(.character("p"), on: filtering) }
    let jumping = press(.character("v"), on: press(.character(":"), on: start))
    let jumpKey = median(21) { _ = press(.character("p"), on: jumping) }
    let onRegion = press(.down, on: start)
    let openNode = median(21) { _ = press(.enter, on: onRegion) }
    print(row([String(topology.elementCount), String(format: "%.1f", build), String(format: "%.3f", keystroke),
               String(format: "%.2f", filterKey), String(format: "%.2f", jumpKey), String(format: "%.2f", openNode)]))
    if sink == 42 { print("") }
}
print("\ntargets at 100,000 elements (release build): keystroke < 1 ms, filter keystroke < 20 ms")
try MapBenchmark.run()

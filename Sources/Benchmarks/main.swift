import Explorer
import Foundation
import Guide
import Importers
import Topology

/// What a user of a large account meets, measured: the first frame, every kind of
/// keystroke, and the scripting commands' time and memory, each figure beside what it
/// measures (medians of several runs).
///
///     swift run -c release Benchmarks [--snapshot DIR] [--runs N] [--linkscope PATH] [--skip-generated]
///
/// Without `--snapshot`, generated architectures of 100 and 100,000 elements. With it (a
/// folder from `scripts/snapshot-bench-generate.py`, or a real snapshot), also that
/// snapshot, in process and through the `linkscope` binary built beside this one.
/// `scripts/snapshot-bench` generates the snapshot, builds both and runs this.

let arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let at = arguments.firstIndex(of: name), at + 1 < arguments.count else { return nil }
    return arguments[at + 1]
}
let runs = option("--runs").flatMap(Int.init) ?? 7
let snapshot = option("--snapshot")
let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("linkscope").path
let linkscope = option("--linkscope") ?? beside

var report = Report()
print("Benchmarks: medians of \(runs) runs (in-process figures) on \(ProcessInfo.processInfo.activeProcessorCount) cores; "
      + "keystrokes are Update.apply + Screen.draw at 200x60 after the background parts are prepared.\n")

/// The explorer's own costs on a loaded topology: first frame, background parts, keys.
@MainActor func explorerRows(_ topology: NetworkModel, label: String) {
    var sink = 0
    let firstFrame = Timing.median(runs) {
        let model = ExplorerModel(topology: topology, guide: GuideLibrary.builtIn)
        sink &+= Screen.draw(AppState(model: model, width: 200, height: 60)).width
    }
    report.add("first frame, after load", ms(firstFrame), target: "",
               "ExplorerModel (tree only) + AppState + Screen.draw: what the terminal waits for once loaded")
    for part in ModelPart.allCases {
        let time = Timing.median(3) {
            ExplorerModel(topology: topology, guide: GuideLibrary.builtIn).prepare(part)
        }
        report.add("prepare \(part.label) (background)", ms(time), target: "",
                   "computed after the first frame on another thread; a key that needs it first waits")
    }
    let model = ExplorerModel(topology: topology, guide: GuideLibrary.builtIn)
    for part in ModelPart.allCases { model.prepare(part) }
    let keys = KeystrokeBench(model: model, runs: runs)
    keys.rows(into: &report, label: label, endpoints: topology.endpoints.count)
    keys.mapRows(into: &report)
    if sink == 42 { print("") }
}

// The binary first: a child's peak memory (ru_maxrss) counts this process's pages until
// it execs, so nothing large may be loaded here yet.
if let snapshot {
    let inputMB = Double(DecoderBaseline.files(under: snapshot).reduce(0) {
        $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0)
    }) / 1e6
    if FileManager.default.isExecutableFile(atPath: linkscope) {
        let bench = ProcessBench(binary: linkscope, runs: max(3, runs / 2))
        report.heading("the linkscope binary on the snapshot (\(linkscope)), medians of \(max(3, runs / 2)) runs")
        if let show = bench.measure(["show", "--json", "--source", snapshot]),
           let render = bench.measure(["render", "--size", "200x60", "--keys", "", "--source", snapshot]),
           let list = bench.measure(["list", "endpoints", "--json", "--source", snapshot]) {
            func seconds(_ s: Double) -> String { String(format: "%.2f s", s) }
            report.add("show --json", seconds(show.seconds) + String(format: ", %.0f MB", show.peakMB), target: "keep",
                       "load + index + a summary: the floor every command stands on")
            report.add("render --keys \"\" (first frame)", seconds(render.seconds) + String(format: ", %.2fx show", render.seconds / show.seconds),
                       target: "≤ 1.0 s, ≤ 1.2x show", "the first screen as text, through the same update and view as the terminal")
            report.add("list endpoints --json", seconds(list.seconds) + String(format: ", %.2fx show", list.seconds / show.seconds),
                       target: "≤ 1.4 s", "every endpoint as JSON, streamed")
            report.add("list endpoints --json, peak", String(format: "%.0f MB, %.2fx input", list.peakMB, list.peakMB / inputMB),
                       target: "≤ 1.2x input", "peak resident memory (wait4 ru_maxrss) against the snapshot's size")
        } else {
            report.add("linkscope", "failed", "could not run \(linkscope)")
        }
    } else {
        report.add("linkscope binary", "missing", "build it first: swift build -c release --product linkscope")
    }
}

for size in arguments.contains("--skip-generated") ? [] : [100, 100_000] {
    var topology: NetworkModel!
    let build = Timing.median(3) { topology = try! GeneratedTopology.make(elements: size) }
    report.heading("generated architecture, \(topology.elementCount) elements (\(topology.endpoints.count) endpoints)")
    report.add("model build", ms(build), target: "", "NetworkModel(merging:) of a generated architecture: link and index")
    TraceBenchmark.add(to: &report, topology, runs: runs)
    explorerRows(topology, label: "")
}

if let snapshot {
    let files = DecoderBaseline.files(under: snapshot)
    let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    let inputMB = Double(bytes) / 1e6
    var topology: NetworkModel!
    let load = Timing.median(3) { topology = try! ImporterRegistry.load([snapshot]) }
    report.heading("snapshot \(snapshot): \(String(format: "%.1f", inputMB)) MB in \(files.count) files, "
                   + "\(topology.vpcs.count) VPCs, \(topology.subnets.count) subnets, \(topology.endpoints.count) endpoints")
    report.add("load + index, in process", ms(load), target: "", "ImporterRegistry.load: read, decode, link, index (median of 3)")
    var decoded = 0
    let baseline = Timing.median(3) { decoded = (try? DecoderBaseline.decode(folder: snapshot)) ?? 0 }
    report.add("JSONDecoder baseline", ms(baseline), target: "",
               "Foundation's JSONDecoder decoding the same fields of VPCs, subnets, endpoints (\(decoded) objects), no linking")
    TraceBenchmark.addSnapshot(to: &report, topology, runs: runs)
    explorerRows(topology, label: "")
}

print(report.printed())

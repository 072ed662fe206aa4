import Dispatch
import Glibc

/// Wall-clock timing with medians: one run on a shared machine says little, the middle
/// of several says more.
enum Timing {
    /// Milliseconds `body` takes, the median of `runs` runs.
    static func median(_ runs: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return times.sorted()[times.count / 2]
    }

    /// Milliseconds of this thread's CPU time `body` takes, the median of `runs` runs:
    /// what a keystroke costs, without the time the scheduler gave to other processes
    /// on a shared machine.
    static func cpuMedian(_ runs: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = threadCPU()
            body()
            times.append((threadCPU() - start) * 1000)
        }
        return times.sorted()[times.count / 2]
    }

    private static func threadCPU() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// The median of `values`.
    static func median(of values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }
}

/// A table of figures, each beside what it measures, printed as aligned text.
struct Report {
    private var rows: [(what: String, figure: String, target: String, measures: String)] = []

    mutating func add(_ what: String, _ figure: String, target: String = "", _ measures: String) {
        rows.append((what, figure, target, measures))
    }

    mutating func heading(_ text: String) {
        rows.append(("", "", "", ""))
        rows.append((text, "", "", ""))
    }

    func printed() -> String {
        let measured = rows.filter { !$0.figure.isEmpty }
        let w0 = max(4, measured.map(\.what.count).max() ?? 0), w1 = max(6, measured.map(\.figure.count).max() ?? 0)
        let w2 = max(6, measured.map(\.target.count).max() ?? 0)
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        var lines = [pad("what", w0) + "  " + pad("figure", w1) + "  " + pad("target", w2) + "  what it measures"]
        for row in rows {
            if row.figure.isEmpty && row.measures.isEmpty {
                lines.append(row.what)
            } else {
                lines.append(pad(row.what, w0) + "  " + pad(row.figure, w1) + "  " + pad(row.target, w2) + "  " + row.measures)
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// `12.3 ms` with a precision that suits the size.
func ms(_ value: Double) -> String {
    value < 1 ? String(format: "%.3f ms", value) : value < 100 ? String(format: "%.1f ms", value) : String(format: "%.0f ms", value)
}

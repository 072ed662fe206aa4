import Foundation
import SafeText
import Synchronization

/// What `linkscope snapshot` shows while its calls run, on stderr. On a terminal: one
/// line redrawn in place, a bar of calls done out of all, the region last reached and the
/// time so far, with a failed call's warning printed above it. Otherwise (a log, a pipe):
/// one line per call as it ends. Either way each call is named by its place in the plan
/// (`[ 9/22]`), which stays the same whatever order concurrent calls end in. The total
/// grows once the list calls have said how many per-item calls follow.
final class SnapshotProgress: Sendable {
    private let bar: Bool
    private let started = Date()
    private let state: Mutex<(done: Int, total: Int, region: String, stopped: Bool)>

    static let barWidth = 24

    init(total: Int, terminal: Bool = Console.stderrIsTerminal) {
        state = Mutex((0, total, "", false))
        bar = terminal
        guard bar else { return }
        draw()
        // The elapsed time keeps moving while a slow call runs.
        Thread { [self] in
            while !isStopped {
                Thread.sleep(forTimeInterval: 0.2)
                if !isStopped { draw() }
            }
        }.start()
    }

    /// `count` more calls are planned, after those planned so far.
    func grow(by count: Int) {
        state.withLock { $0.total += count }
    }

    /// A call ended: `position` is its place in the plan, from 1.
    func finished(position: Int, region: String, call: String, outcome: AWSCLI.Outcome, seconds: Double) {
        let total = state.withLock {
            $0.done += 1
            $0.region = region
            return $0.total
        }
        let step = "[\(String(position).leftPadded(String(total).count))/\(total)] \(region) \(call)"
        switch outcome {
        case .saved(_, let bytes):
            if !bar { line("\(step)  ok  \(Self.size(bytes))  \(String(format: "%.1f", seconds)) s") }
        case .failed(let message):
            line("warning: \(step) failed: \(message)")
        }
        if bar { draw() }
    }

    /// A problem that is not one call's failure, on its own line above the bar.
    func warn(_ text: String) {
        line("warning: " + text)
        if bar { draw() }
    }

    /// Takes the bar away; the summary follows on its own line.
    func stop() {
        state.withLock { $0.stopped = true }
        if bar { Console.clearStatus() }
    }

    private var isStopped: Bool { state.withLock { $0.stopped } }

    private func draw() {
        let (done, total, region, stopped) = state.withLock { ($0.done, $0.total, $0.region, $0.stopped) }
        guard !stopped else { return }
        let filled = total == 0 ? Self.barWidth : done * Self.barWidth / total
        let elapsed = String(format: "%.1f s", Date().timeIntervalSince(started))
        Console.status("snapshot [" + String(repeating: "#", count: filled) + String(repeating: "-", count: Self.barWidth - filled)
                       + "] \(done)/\(total) calls  \(elapsed)" + (region.isEmpty ? "" : "  \(region)"))
    }

    /// One line on stderr, shown at once: a call can take seconds. Text from AWS stays
    /// on its one line.
    private func line(_ text: String) {
        Console.err("snapshot: " + Sanitized.line(text))
        Console.flush()
    }

    static func size(_ bytes: Int) -> String {
        bytes < 1024 ? "\(bytes) B" : bytes < 1 << 20 ? String(format: "%.1f KB", Double(bytes) / 1024)
            : String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}

extension String {
    /// Right-aligned in `width` columns.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

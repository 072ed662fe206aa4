import Analysis
import Topology

/// View 7's state: what was traced, the answer, and the selected hop. The rows are the
/// forward hops under a verdict heading, then the reply's.
public struct TraceState: Sendable {
    /// Where the next trace starts: the selection when `p` was pressed.
    public var from: String?
    public private(set) var request: TraceRequest?
    public private(set) var result: TraceResult?
    public private(set) var rows: [TraceRow] = []
    public var list = ListState()

    /// Traces `request` and lists its hops; returns why it could not start.
    mutating func run(_ request: TraceRequest, with tracer: Tracer) -> String? {
        do {
            let result = try tracer.trace(request)
            self.request = request
            self.result = result
            rows = TraceRow.rows(result)
            list = ListState()
            // The first hop, not the heading, is what a user wants to read.
            if rows.count > 1 { list.selected = 1 }
            return nil
        } catch {
            let hint = error.suggestions.isEmpty ? "" : "; did you mean \(error.suggestions.prefix(3).joined(separator: ", "))?"
            return error.message + hint
        }
    }

    /// The hop of the selected row.
    var selectedHop: TraceHop? {
        guard case .hop(let hop, _)? = rows[safe: list.selected] else { return nil }
        return hop
    }
}

/// One row of the trace view: a heading with a direction's verdict, or a numbered hop.
public enum TraceRow: Equatable, Sendable {
    case heading(String, reachable: Bool)
    case hop(TraceHop, number: Int)

    static func rows(_ result: TraceResult) -> [TraceRow] {
        var out = [heading("There", result.forward)] + numbered(result.forward.hops)
        if let reply = result.reply { out += [heading("Back", reply)] + numbered(reply.hops) }
        return out
    }

    private static func heading(_ direction: String, _ path: TracePath) -> TraceRow {
        let verdict = path.blockedBy.map { "blocked: \($0.code.rawValue)" } ?? "reachable"
        return .heading("\(direction): \(verdict)", reachable: path.reachable)
    }

    private static func numbered(_ hops: [TraceHop]) -> [TraceRow] {
        hops.enumerated().map { .hop($0.element, number: $0.offset + 1) }
    }
}

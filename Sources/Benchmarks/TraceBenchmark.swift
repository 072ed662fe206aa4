import Analysis
import Topology

/// What one `linkscope trace` costs after load: both ends given as addresses (so each is
/// found by a scan of the subnets, the one scan over the model a trace makes), then the
/// walk through a peering and the reply; after one warm-up trace.
enum TraceBenchmark {
    /// Adds the row for `topology` (a `GeneratedTopology`), the median of `runs` traces.
    static func add(to report: inout Report, _ topology: NetworkModel, runs: Int) {
        // Generated VPC v is 10.(v/256).(v%256).0/24 and peers with v-1 when v is even.
        let v = max(2, (topology.vpcs.count - 1) & ~1)
        func address(_ vpc: Int) -> String { "10.\((vpc / 256) % 256).\(vpc % 256).5" }
        let tracer = Tracer(topology)
        let request = TraceRequest(from: address(v), to: address(v - 1), ipProtocol: .tcp, port: 443)
        // One trace first: the model was just built, and the first walk over its subnets
        // pays for cold caches that a user's second trace does not.
        var reachable = (try? tracer.trace(request))?.reachable ?? false
        let time = Timing.median(runs) { reachable = (try? tracer.trace(request))?.reachable ?? false }
        report.add("trace, generated \(topology.vpcs.count) VPCs", ms(time) + (reachable ? "" : " (not reachable!)"),
                   target: "≤ 10 ms",
                   "Tracer.trace \(address(v)) → \(address(v - 1)): two address lookups over \(topology.subnets.count) subnets, a peering, the reply")
    }

    /// Adds the row for a loaded snapshot: from its first instance to one in another VPC,
    /// by id, as a user types them; whatever the verdict, the walk is what is timed.
    static func addSnapshot(to report: inout Report, _ topology: NetworkModel, runs: Int) {
        guard let from = topology.instances.first,
              let to = topology.instances.last(where: { $0.vpc != from.vpc }) else { return }
        let tracer = Tracer(topology)
        let request = TraceRequest(from: from.id, to: to.id, ipProtocol: .tcp, port: 443)
        func verdict(_ result: TraceResult?) -> String {
            result.map { $0.reachable ? "reachable" : "stops at \($0.forward.blockedBy?.code.rawValue ?? "?")" } ?? "no trace"
        }
        var last = verdict(try? tracer.trace(request))
        let time = Timing.median(runs) { last = verdict(try? tracer.trace(request)) }
        report.add("trace, snapshot", ms(time) + " (\(last))",
                   target: "≤ 10 ms", "Tracer.trace \(from.id) → \(to.id) tcp 443, after load and one warm-up trace")
    }
}

import Topology

/// Thrown by the hop that stops a walk, to unwind to the tracer; the walk keeps the hop
/// and the block.
struct TraceStop: Error {}

/// One direction of a trace as it is walked: the hops so far, where it stopped, what the
/// verdict assumes, and (going forward) what the reply will have to pass.
struct TraceWalk {
    let model: NetworkModel
    /// The traffic as it is at this point of the walk.
    var flow: TraceFlow
    /// The ends: `to` may change once, when a service is met at one of its endpoints.
    let from: TraceEnd
    var to: TraceEnd
    var hops: [TraceHop] = []
    var blockedBy: TraceBlock?
    var assumptions: [String] = []
    /// The reply's checks, in forward order: the reply runs them backwards.
    var replySteps: [ReplyStep] = []
    /// VPCs routed from so far, so that routes that send traffic in a circle stop it.
    var visited: Set<String> = []

    init(model: NetworkModel, flow: TraceFlow, from: TraceEnd, to: TraceEnd) {
        self.model = model
        self.flow = flow
        self.from = from
        self.to = to
    }

    /// The path walked so far.
    var path: TracePath { TracePath(hops: hops, blockedBy: blockedBy) }

    /// Records a hop that lets the traffic on.
    mutating func pass(_ element: String, _ kind: String, _ action: HopAction, rule: String? = nil, note: String,
                       topic: String) {
        hops.append(TraceHop(element: element, kind: kind, action: action, rule: rule, note: note, topic: topic))
    }

    /// Records a hop the model cannot decide, assumed to let the traffic on, and the
    /// assumption the verdict rests on.
    mutating func assume(_ element: String, _ kind: String, _ action: HopAction = .allow, rule: String? = nil,
                         note: String, topic: String, assumption: String) {
        hops.append(TraceHop(element: element, kind: kind, action: action, rule: rule,
                             note: "not modelled, assumed allowed: " + note, topic: topic, assumed: true))
        remember(assumption)
    }

    /// Adds an assumption once.
    mutating func remember(_ assumption: String) {
        if !assumptions.contains(assumption) { assumptions.append(assumption) }
    }

    /// Records the hop that stops the traffic, and stops the walk.
    mutating func stop(_ element: String, _ kind: String, _ action: HopAction = .deny, rule: String? = nil,
                       code: TraceCode, message: String, topic: String) throws(TraceStop) -> Never {
        hops.append(TraceHop(element: element, kind: kind, action: action, rule: rule, code: code, note: message, topic: topic))
        blockedBy = TraceBlock(element: element, code: code, message: message)
        throw TraceStop()
    }

    /// `sg-0abc (web)`, or the id alone when the element has no other name.
    func label(_ id: String) -> String {
        guard let name = model.element(id)?.name, name != id, !name.isEmpty else { return id }
        return "\(id) (\(name))"
    }
}

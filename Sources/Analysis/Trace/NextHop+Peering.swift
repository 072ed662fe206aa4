import Topology

/// A VPC peering connection: traffic between its two VPCs only, never on through the
/// peer's gateways, endpoints or other links, and only when the peer routes the reply
/// back through the same peering.
extension TraceWalk {
    /// Crosses peering `id` from `subnet`'s VPC to the destination in the peer VPC.
    mutating func peering(_ id: String, from subnet: Subnet, entry: TraceEntry) throws(TraceStop) {
        let kind = ElementKind.connection.rawValue
        guard let connection = model.connection(id) else {
            guard let destination = to.subnet, !to.byPublicAddress else {
                try stop(id, kind, .drop, code: .noPath, message: "\(id) is not in the model, and \(label(to.id)) is in no VPC.",
                         topic: "vpc-peering")
            }
            assume(id, kind, .forward, note: "\(id) is not in the model.", topic: "vpc-peering",
                   assumption: "Peering connection \(id) is not in the model; assumed active between \(subnet.vpc) and \(destination.vpc).")
            try arrive(in: destination, from: nil, entry: .peering(id))
            return
        }
        guard connection.state.isUp else {
            try stop(id, kind, .drop, code: .connectionDown,
                     message: "\(label(id)) is \(connection.state.rawValue), not active: it carries no traffic.", topic: "vpc-peering")
        }
        let peer = connection.between.first { $0 != subnet.vpc } ?? subnet.vpc
        guard entry == .origin else {
            try stop(id, kind, .drop, code: .peeringTransit,
                     message: "The traffic came into \(label(subnet.vpc)) through \(entry.replyTarget); a peering carries only traffic that starts in one of its two VPCs.",
                     topic: "vpc-peering")
        }
        guard let destination = to.subnet, destination.vpc == peer, !to.byPublicAddress, flow.service == nil else {
            try stop(id, kind, .drop, code: .peeringTransit,
                     message: "\(destinationText) is not in \(label(peer)); a peering does not carry traffic on through the peer's gateways, endpoints or other links.",
                     topic: "vpc-peering")
        }
        let hop = TraceHop(element: id, kind: kind, action: .forward, rule: "\(id): \(connection.between.joined(separator: " ↔ "))",
                           note: "\(label(id)) carries the traffic between \(label(subnet.vpc)) and \(label(peer)).", topic: "vpc-peering")
        hops.append(hop)
        try returnRoute(from: destination, through: id)
        replySteps.append(.hop(TraceHop(element: id, kind: kind, action: .forward, rule: hop.rule,
                                        note: "\(label(id)) carries the reply back to \(label(subnet.vpc)).", topic: "vpc-peering")))
        try arrive(in: destination, from: nil, entry: .peering(id))
    }

    /// The peer subnet's route table must send replies to the source back through the peering.
    private mutating func returnRoute(from subnet: Subnet, through id: String) throws(TraceStop) {
        let kind = ElementKind.routeTable.rawValue
        switch RouteLookup.route(from: subnet, to: flow.source, service: nil, in: model) {
        case .notModelled:
            assume(subnet.id, kind, .forward, note: "no route table for \(label(subnet.id)).", topic: "vpc-peering",
                   assumption: "\(label(subnet.id)) has no route table in the model; it is assumed to route back through \(id).")
        case .noRoute(let table, let explicit):
            try stop(table.id, kind, .drop, code: .peeringNoReturnRoute,
                     message: "\(label(table.id))\(Self.mainNote(explicit, subnet)) has no route back to \(Self.text(flow.source)) through \(id).",
                     topic: "vpc-peering")
        case .found(let table, let explicit, let route, _):
            guard route.target == id, !route.isBlackhole else {
                try stop(table.id, kind, .drop, rule: RouteLookup.text(route), code: .peeringNoReturnRoute,
                         message: "\(label(table.id))\(Self.mainNote(explicit, subnet)) sends \(Self.text(flow.source)) to \(route.target), not back through \(id).",
                         topic: "vpc-peering")
            }
            pass(table.id, kind, .forward, rule: RouteLookup.text(route),
                 note: "\(label(table.id)) routes replies to \(Self.text(flow.source)) back through \(id).", topic: "vpc-peering")
        }
    }
}

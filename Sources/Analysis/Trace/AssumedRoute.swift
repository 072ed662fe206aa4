import Topology

/// A subnet with no route table in the model (no association and no main table): the
/// VPC's own range is local as in every table; anything else goes by the one link of the
/// VPC that leads to the destination, assumed and said so.
extension TraceWalk {
    /// Routes from `subnet` without a table.
    mutating func assumedRoute(from subnet: Subnet, entry: TraceEntry) throws(TraceStop) {
        let kind = ElementKind.routeTable.rawValue
        guard let target = likelyTarget(from: subnet) else {
            try stop(subnet.id, kind, .drop, code: .noPath,
                     message: "\(label(subnet.id)) has no route table in the model, and nothing in \(label(subnet.vpc)) leads to \(destinationText).",
                     topic: "route-table")
        }
        assume(subnet.id, kind, .forward, rule: "route \(destinationText) → \(target.id) (assumed)",
               note: "no route table for \(label(subnet.id)).", topic: "route-table",
               assumption: "\(label(subnet.id)) has no route table in the model; \(destinationText) is assumed routed to \(target.id).")
        try follow(target, from: subnet, entry: entry)
    }

    /// The link of `subnet`'s VPC that leads to the destination: local, a peering or a
    /// transit gateway to its VPC, the internet gateway, a VPN's gateway.
    private func likelyTarget(from subnet: Subnet) -> RouteTarget? {
        let vpc = subnet.vpc
        switch to.place {
        case .subnet(let destination) where !to.byPublicAddress:
            if destination.vpc == vpc { return .local }
            let links = model.connections(of: vpc)
            if let p = links.first(where: { $0.type == .vpcPeering && $0.between.contains(destination.vpc) }) { return .peering(p.id) }
            if let t = links.first(where: { $0.type == .transitGateway && $0.attachments.contains(destination.vpc) }) {
                return .transitGateway(t.id)
            }
            return nil
        case .subnet, .internet, .service:
            return model.gateways(ofVpc: vpc).first { $0.type == .internet }.map { .internetGateway($0.id) }
        case .network:
            return model.gateways(ofVpc: vpc).first { $0.type == .virtualPrivate }.map { .virtualPrivateGateway($0.id) }
        }
    }
}

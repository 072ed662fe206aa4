import Topology

/// A transit gateway's routing decision for one attachment: the route table associated
/// with the attachment, and in it the longest prefix over static routes and the routes
/// propagated by the attachments listed in `propagations` (a VPC propagates its CIDRs, a
/// VPN its static routes and its networks' CIDRs, Direct Connect its networks' CIDRs).
/// A static route beats a propagated one of the same length.
enum TransitGatewayRouting {
    /// What the route table decides.
    enum Decision {
        case notAssociated
        case noRoute(TransitGatewayRouteTable)
        case blackhole(TransitGatewayRouteTable, rule: String)
        /// `table` is nil when the gateway has no tables in the model and the default one is assumed.
        case found(TransitGatewayRouteTable?, rule: String, target: String)
    }

    /// The route for `destination` for traffic entering `gateway` from `attachment`.
    static func route(_ gateway: Connection, from attachment: String, to destination: CIDR,
                      in model: NetworkModel) -> Decision {
        let tables = model.routeTables(ofTransitGateway: gateway.id)
        if tables.isEmpty {
            guard let best = propagated(gateway.attachments, destination, model) else { return .notAssociated }
            return .found(nil, rule: "default route table: \(best.cidr) → \(best.target) (propagated, assumed)", target: best.target)
        }
        guard let table = tables.first(where: { $0.associations.contains(attachment) }) else { return .notAssociated }
        var best: (cidr: String, length: Int, target: String?, origin: String)?
        for route in table.routes {
            for cidr in cidrs(ofDestination: route.destination, model) where cidr.contains(destination) {
                if cidr.prefixLength > best?.length ?? -1 {
                    best = (route.destination, cidr.prefixLength, route.target, "static")
                }
            }
        }
        if let p = propagated(table.propagations, destination, model), p.length > best?.length ?? -1 {
            best = (p.cidr.description, p.length, p.target, "propagated")
        }
        guard let best else { return .noRoute(table) }
        guard let target = best.target else { return .blackhole(table, rule: "\(table.id): \(best.cidr) → blackhole") }
        return .found(table, rule: "\(table.id): \(best.cidr) → \(target) (\(best.origin))", target: target)
    }

    /// The most specific propagated route for `destination` among `attachments`.
    private static func propagated(_ attachments: [String], _ destination: CIDR,
                                   _ model: NetworkModel) -> (cidr: CIDR, length: Int, target: String)? {
        var best: (cidr: CIDR, length: Int, target: String)?
        for attachment in attachments {
            for cidr in propagatedCidrs(of: attachment, model) where cidr.contains(destination) {
                if cidr.prefixLength > best?.length ?? -1 { best = (cidr, cidr.prefixLength, attachment) }
            }
        }
        return best
    }

    /// What an attachment propagates: a VPC its CIDRs, a VPN its static routes and the
    /// CIDRs of the networks behind it, Direct Connect the CIDRs of its networks.
    static func propagatedCidrs(of attachment: String, _ model: NetworkModel) -> [CIDR] {
        if let vpc = model.vpc(attachment) { return vpc.cidrs }
        guard let connection = model.connection(attachment) else { return [] }
        let networks = model.networks(via: attachment).flatMap(\.cidrs)
        switch connection.type {
        case .vpn: return connection.staticRoutes + networks
        case .directConnect: return networks
        case .vpcPeering, .transitGateway, .transitGatewayPeering: return []
        }
    }

    private static func cidrs(ofDestination destination: String, _ model: NetworkModel) -> [CIDR] {
        if let cidr = CIDR(destination) { return [cidr] }
        return model.prefixList(destination)?.cidrs ?? []
    }
}

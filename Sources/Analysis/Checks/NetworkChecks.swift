import Topology

/// Rules about addressing and the links between networks.
enum NetworkChecks {
    static func run(_ c: inout CheckContext) {
        subnets(&c)
        for connection in c.topology.connections {
            switch connection.type {
            case .vpcPeering: peering(connection, &c)
            case .transitGateway: transitGateway(connection, &c)
            default: break
            }
            if !connection.state.isUp {
                c.add(Rules.connectionNotActive, connection.id, connection.members,
                      "\(connection.type.rawValue) \(c.label(connection.id)) is \(connection.state.rawValue) and carries no traffic yet.")
            }
        }
    }

    private static func subnets(_ c: inout CheckContext) {
        let t = c.topology
        for vpc in t.vpcs {
            let subnets = t.subnets(ofVpc: vpc.id)
            for subnet in subnets {
                guard let cidr = subnet.cidr, !vpc.cidrs.isEmpty, !vpc.cidrs.contains(where: { $0.contains(cidr) }) else { continue }
                c.add(Rules.subnetOutsideVpc, subnet.id, [vpc.id],
                      "Subnet \(c.label(subnet.id)) has \(cidr), outside its VPC \(c.label(vpc.id)) (\(vpc.cidrs.map(\.description).joined(separator: ", "))).")
            }
            let networks = subnets.compactMap { s in s.cidr.map { (owner: s.id, cidr: $0) } }
            for (a, b) in Overlaps.pairs(networks) {
                c.add(Rules.subnetOverlap, b, [a],
                      "Subnets \(c.label(a)) and \(c.label(b)) of VPC \(c.label(vpc.id)) overlap.")
            }
        }
    }

    private static func peering(_ p: Connection, _ c: inout CheckContext) {
        let t = c.topology
        guard p.between.count == 2, let a = t.vpc(p.between[0]), let b = t.vpc(p.between[1]) else { return }
        let overlapping = a.cidrs.flatMap { x in b.cidrs.filter { x.overlaps($0) }.map { "\(x) and \($0)" } }
        if !overlapping.isEmpty {
            c.add(Rules.peeringOverlappingCidrs, p.id, [a.id, b.id],
                  "Peering \(c.label(p.id)) joins \(c.label(a.id)) and \(c.label(b.id)), whose CIDRs overlap (\(overlapping.joined(separator: "; "))).")
        }
        for (side, peer) in [(a, b), (b, a)] {
            let tables = t.routeTables(ofVpc: side.id)
            guard !tables.isEmpty, !tables.contains(where: { $0.routes.contains { $0.target == p.id } }) else { continue }
            c.add(Rules.peeringMissingRoute, p.id, [side.id, peer.id],
                  "VPC \(c.label(side.id)) has no route over peering \(c.label(p.id)), so traffic to \(c.label(peer.id)) cannot return or start from there.")
        }
    }

    private static func transitGateway(_ tgw: Connection, _ c: inout CheckContext) {
        let t = c.topology
        let networks = tgw.attachments.compactMap(t.vpc).flatMap { vpc in vpc.cidrs.map { (owner: vpc.id, cidr: $0) } }
        for (a, b) in Overlaps.pairs(networks) {
            c.add(Rules.transitGatewayOverlappingCidrs, tgw.id, [a, b],
                  "Transit gateway \(c.label(tgw.id)) attaches \(c.label(a)) and \(c.label(b)), whose CIDRs overlap: it cannot route between them.")
        }
    }
}

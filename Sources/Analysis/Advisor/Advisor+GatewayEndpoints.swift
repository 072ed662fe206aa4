import Topology

/// Rules for the two route-table endpoints: gateway endpoints (S3, DynamoDB) and
/// Gateway Load Balancer endpoints (inspection appliances).
extension Advisor {
    func judgeGatewayEndpoint(_ c: AdvisorContext, _ j: inout Judgement) {
        guard case .awsService(let s) = c.to, let short = c.to.awsShortName,
              OptionCatalogue.gatewayEndpointServices.contains(short) else {
            j.add(.ruledOut(.gatewayEndpointScope, "gateway endpoints serve only Amazon S3 and DynamoDB; \(c.label(c.to)) is \(describe(c.to))", [c.to.id]))
            return
        }
        let vpc: Vpc
        switch c.from {
        case .vpc(let v), .subnet(_, let v): vpc = v
        case .network(let n):
            let inside = c.reachableVpcs(of: n).flatMap { topology.endpoints(ofVpc: $0.id) }
                .filter { $0.type == .gateway && $0.service == s.id }
            let named = inside.isEmpty ? "" : "; \(inside.map { c.label($0.id) }.joined(separator: ", ")) cannot carry its traffic"
            j.add(.ruledOut(.gatewayEndpointScope, "a gateway endpoint serves only traffic that starts inside its own VPC, not traffic from on-premises, a peered VPC or a transit gateway\(named): use an interface endpoint", [n.id] + inside.map(\.id)))
            return
        default:
            j.add(.ruledOut(.gatewayEndpointScope, "a gateway endpoint is a route in a VPC's route tables; \(c.label(c.from)) is not inside a VPC", [c.from.id]))
            return
        }
        if let region = c.to.region, region != vpc.region {
            j.add(.ruledOut(.gatewayEndpointScope, "a gateway endpoint reaches its own region's \(short) only: \(c.label(vpc.id)) is in \(vpc.region), \(c.label(c.to)) in \(region)", [vpc.id, s.id]))
            return
        }
        j.add(.pro(.fits, "a gateway endpoint reaches \(short) from inside \(c.label(vpc.id)) for free, as a prefix-list route in its route tables", [vpc.id, s.id]))
        let own = topology.endpoints(ofVpc: vpc.id).filter { $0.type == .gateway && $0.service == s.id }
        for e in own {
            j.existing.append(e.id)
            j.add(.pro(.alreadyConnected, "\(c.label(e.id)) already routes \(c.label(vpc.id)) to \(short)", [e.id, vpc.id, s.id]))
        }
        if case .subnet(let subnet, _) = c.from, let e = own.first {
            let tables = topology.routeTables(ofVpc: vpc.id).filter { $0.subnets.contains(subnet.id) }.map(\.id)
            if !tables.contains(where: e.routeTables.contains) {
                j.add(.caveat(.gatewayEndpointScope, "\(c.label(subnet.id))'s route table \(tables.first.map(c.label) ?? "(the main one)") has no route to \(c.label(e.id)); associate it with the endpoint", [subnet.id, e.id] + tables))
            }
        }
        if own.isEmpty {
            for (other, via) in neighbours(of: vpc.id, c) {
                let theirs = topology.endpoints(ofVpc: other).filter { $0.type == .gateway && $0.service == s.id }
                for e in theirs {
                    j.add(.pro(.gatewayEndpointScope, "\(c.label(e.id)) in \(c.label(other)) serves only that VPC and cannot carry \(c.label(vpc.id))'s traffic over \(c.label(via.id)), so \(c.label(vpc.id)) needs its own", [e.id, other, via.id, vpc.id]))
                }
            }
        }
    }

    func judgeGWLBEndpoint(_ c: AdvisorContext, _ j: inout Judgement) {
        guard case .endpointService(let s, _) = c.to else {
            j.add(.ruledOut(.serviceTypeMismatch, "a Gateway Load Balancer endpoint steers routed traffic through appliances behind a GWLB endpoint service; \(c.label(c.to)) is \(describe(c.to))", [c.to.id]))
            return
        }
        if case .network(let n) = c.from {
            j.add(.ruledOut(.onPremNeedsVpnOrDx, "a Gateway Load Balancer endpoint is a route target inside a VPC; traffic from \(c.label(c.from)) reaches it only by first entering that VPC over VPN or Direct Connect", [n.id]))
            return
        }
        guard consumerSide(c, .gatewayLoadBalancerEndpoint, &j) else { return }
        judgeEndpointService(s, endpointType: .gatewayLoadBalancer, c, &j)
    }

    /// A few words on what an end is, for "…, X is <description>".
    func describe(_ end: AdvisorEnd) -> String {
        switch end {
        case .vpc: return "a VPC"
        case .subnet: return "a subnet"
        case .endpointService(let s, _):
            return s.type == .gatewayLoadBalancer ? "a GWLB-backed endpoint service" : "an endpoint service"
        case .awsService: return "an AWS service (\(end.awsShortName ?? end.id))"
        case .network: return "a network outside AWS"
        }
    }

    /// VPCs joined to `vpc` by a peering or a shared transit gateway, with the link.
    func neighbours(of vpc: String, _ c: AdvisorContext) -> [(String, Connection)] {
        let peered = c.peers(of: vpc).map { ($0.vpc, $0.peering) }
        let viaTGW = c.transitGateways(attaching: vpc).flatMap { tgw in
            tgw.attachments.filter { $0 != vpc && topology.vpc($0) != nil }.map { ($0, tgw) }
        }
        return peered + viaTGW
    }
}

import Topology

/// Rules for the options that route between address spaces: VPC peering, transit
/// gateways and transit gateway peering.
extension Advisor {
    /// Checks every routed option shares. Returns false when the option is ruled out.
    func routable(_ c: AdvisorContext, _ option: OptionID, _ j: inout Judgement) -> Bool {
        for end in [c.from, c.to] {
            if case .endpointService(let s, nil) = end {
                j.add(.ruledOut(.notANetwork, "the provider VPC of \(c.label(s.id)) is not in the sources, so there is nothing to route to", [s.id]))
            }
        }
        if case .awsService = c.from {
            j.add(.ruledOut(.notANetwork, "\(c.label(c.from)) is an AWS service, not a network; \(option.title) joins networks", [c.from.id]))
        }
        if !c.overlaps.isEmpty {
            j.add(.ruledOut(.overlappingCidrs, "\(c.overlapText): \(option.title) routes by destination address and cannot join overlapping address spaces", c.endIds))
        }
        if case .endpointService(let s, let provider?) = c.to {
            j.add(.caveat(.bypassesPrivateLink, "this reaches the provider VPC \(c.label(provider.id)) itself, not just \(c.label(s.id)); the provider must accept the link and route back", [s.id, provider.id]))
        }
        if case .awsService(let s) = c.to {
            j.add(.caveat(.needsInterfaceEndpoint, "\(option.title) reaches \(c.to.awsShortName ?? s.id) only as the way to an interface endpoint in the VPC at the other end (centralised endpoints); a gateway endpoint there would not serve it", [s.id]))
        }
        return !j.blocked
    }

    func judgePeering(_ c: AdvisorContext, _ j: inout Judgement) {
        for end in [c.from, c.to] where end.isOnPremises {
            j.add(.ruledOut(.onPremNeedsVpnOrDx, "VPC peering joins two VPCs; \(c.label(end)) is outside AWS and reaches VPCs over Site-to-Site VPN or Direct Connect", [end.id]))
        }
        guard routable(c, .vpcPeering, &j), let a = c.from.vpc else { return }
        if case .awsService = c.to {
            j.add(.pro(.fits, "peering \(c.label(a.id)) with a VPC that holds an interface endpoint reaches the service through it", [a.id]))
            return
        }
        guard let b = c.to.vpc else { return }
        let existing = c.peerings(between: a.id, b.id)
        for p in existing {
            j.existing.append(p.id)
            j.add(.pro(.alreadyConnected, "\(c.label(p.id)) already peers \(c.label(a.id)) and \(c.label(b.id))", [p.id, a.id, b.id]))
            if !p.state.isUp {
                j.add(.caveat(.notCarryingTraffic, "\(c.label(p.id)) is \(p.state.rawValue) and carries no traffic", [p.id]))
            }
        }
        if existing.isEmpty {
            let bPeers = Dictionary(c.peers(of: b.id).map { ($0.vpc, $0.peering) }, uniquingKeysWith: { x, _ in x })
            for (middle, first) in c.peers(of: a.id) {
                guard let second = bPeers[middle] else { continue }
                j.add(.caveat(.peeringNotTransitive, "\(c.label(a.id)) and \(c.label(b.id)) are both peered with \(c.label(middle)), but peering is not transitive: traffic cannot pass through \(c.label(middle)); a direct peering is needed", [a.id, middle, b.id, first.id, second.id]))
            }
        }
        if c.crossRegion == true {
            j.add(.pro(.crossBoundary, "inter-region peering joins \(a.region) and \(b.region) (security groups cannot reference the peer across regions)", [a.id, b.id]))
        }
        if c.crossAccount == true {
            j.add(.pro(.crossBoundary, "peering works across accounts: the owner of \(c.label(b.id)) accepts the request", [a.id, b.id]))
        }
        j.add(.pro(.fits, "peering joins the two VPCs both ways at layer 3, with no gateway in the path; each side needs routes", [a.id, b.id]))
    }

    func judgeTransitGateway(_ c: AdvisorContext, _ j: inout Judgement) {
        guard routable(c, .transitGateway, &j) else { return }
        let sides = [c.from, c.to].map { attachmentPoints(of: $0, c) }
        if let ra = c.region(of: c.from), let rb = c.region(of: c.to) {
            if ra != rb {
                j.add(.ruledOut(.tgwRegional, "a transit gateway is regional: \(c.label(c.from)) is in \(ra) and \(c.label(c.to)) in \(rb); join a transit gateway in each region with transit gateway peering", c.endIds))
                return
            }
            if c.to.vpc != nil || c.to.isOnPremises {
                j.add(.pro(.tgwRegional, "both ends are in \(ra), where one transit gateway can attach both", c.endIds))
            }
        }
        noteOnPremAttachment(c, &j)
        let shared = Set(sides[0].map(\.id)).intersection(sides[1].map(\.id))
        for tgw in sides[0] where shared.contains(tgw.id) {
            j.existing.append(tgw.id)
            j.add(.pro(.alreadyConnected, "\(c.label(tgw.id)) already attaches both \(c.label(c.from)) and \(c.label(c.to)); its route tables decide whether they reach each other", [tgw.id] + c.endIds))
        }
        if shared.isEmpty, let tgw = (sides[0] + sides[1]).first {
            j.add(.pro(.fits, "\(c.label(tgw.id)) already attaches one end; attaching the other joins them", [tgw.id]))
        }
        j.add(.pro(.fits, "a transit gateway routes between many VPCs and on-premises networks at layer 3, transitively through its route tables", c.endIds))
    }

    func judgeTransitGatewayPeering(_ c: AdvisorContext, _ j: inout Judgement) {
        guard routable(c, .transitGatewayPeering, &j) else { return }
        guard let ra = c.region(of: c.from), let rb = c.region(of: c.to) else {
            j.add(.ruledOut(.tgwRegional, "transit gateway peering joins two transit gateways, and \(c.label(c.from.region == nil ? c.from : c.to)) lands in no region yet", c.endIds))
            return
        }
        noteOnPremAttachment(c, &j)
        if ra == rb {
            j.add(.caveat(.tgwRegional, "both ends are in \(ra), where one transit gateway attaching both is simpler; peering two gateways in one region fits when they belong to different accounts, organizations or blast-radius domains", c.endIds))
        } else {
            j.add(.pro(.tgwRegional, "a transit gateway is regional: one in \(ra) and one in \(rb), joined by a peering attachment (static routes), connect the two ends", c.endIds))
        }
        let peerings = c.tgwPeerings(between: attachmentPoints(of: c.from, c), attachmentPoints(of: c.to, c))
        for p in peerings {
            j.existing.append(p.id)
            j.add(.pro(.alreadyConnected, "\(c.label(p.id)) already joins the transit gateways of both ends (\(p.between.map(c.label).joined(separator: ", ")))", [p.id] + p.between))
        }
        if peerings.isEmpty {
            j.add(.caveat(.tgwRegional, "only each gateway's owner can peer it (a gateway shared with you through AWS RAM cannot be), and routes across the peering are static", c.endIds))
        }
    }

    /// The transit gateways an end is attached to: a VPC's, or those an on-premises
    /// network's VPN or Direct Connect attaches to.
    func attachmentPoints(of end: AdvisorEnd, _ c: AdvisorContext) -> [Connection] {
        var seen = Set<String>()
        if case .network(let n) = end {
            return c.landings(of: n).flatMap(\.transitGateways).filter { seen.insert($0.id).inserted }
        }
        guard let vpc = end.vpc else { return [] }
        return c.transitGateways(attaching: vpc.id).filter { seen.insert($0.id).inserted }
    }

    /// For a network end: whether its VPN or Direct Connect already attaches to a transit gateway.
    private func noteOnPremAttachment(_ c: AdvisorContext, _ j: inout Judgement) {
        for end in [c.from, c.to] {
            guard case .network(let n) = end else { continue }
            let landings = c.landings(of: n).filter { !$0.transitGateways.isEmpty }
            if landings.isEmpty {
                j.add(.caveat(.onPremNeedsVpnOrDx, "\(c.label(end)) must attach to the transit gateway over Site-to-Site VPN or Direct Connect", [n.id]))
            } else {
                let via = landings.map { "\(c.label($0.connection.id)) → \($0.transitGateways.map { c.label($0.id) }.joined(separator: ", "))" }
                j.add(.pro(.onPremNeedsVpnOrDx, "\(c.label(end)) reaches a transit gateway over \(via.joined(separator: "; "))", [n.id] + landings.map(\.connection.id)))
            }
        }
    }
}

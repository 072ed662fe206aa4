import Topology

/// Rules for the links to networks outside AWS (Site-to-Site VPN, Direct Connect) and
/// for the way out to the internet (NAT gateway).
extension Advisor {
    func judgeHybrid(_ type: ConnectionType, _ c: AdvisorContext, _ j: inout Judgement) {
        let option: OptionID = type == .vpn ? .siteToSiteVPN : .directConnect
        let title = option.title
        let (network, other): (Network?, AdvisorEnd)
        switch (c.from, c.to) {
        case (.network, .network):
            j.add(.ruledOut(.hybridOnly, "both ends are outside AWS; \(title) joins such a network to AWS", c.endIds))
            return
        case (.network(let n), let end), (let end, .network(let n)): (network, other) = (n, end)
        default: (network, other) = (nil, c.to)
        }
        guard let network else {
            j.add(.ruledOut(.hybridOnly, "\(title) joins a network outside AWS to a VPC or transit gateway; inside AWS use peering, a transit gateway or PrivateLink", c.endIds))
            return
        }
        if case .endpointService(let s, nil) = other {
            j.add(.ruledOut(.notANetwork, "the provider VPC of \(c.label(s.id)) is not in the sources", [s.id]))
            return
        }
        if !c.overlaps.isEmpty {
            j.add(.ruledOut(.overlappingCidrs, "\(c.overlapText): \(title) routes by destination address and cannot join overlapping address spaces", c.endIds))
            return
        }
        j.add(.pro(.onPremNeedsVpnOrDx, "on-premises networks reach a VPC over Site-to-Site VPN or Direct Connect\(type == .directConnect ? " (a Direct Connect gateway reaches VPCs in many regions)" : "")", [network.id]))
        let landings = c.landings(of: network).filter { $0.connection.type == type }
        j.viaTransitGateway = landings.isEmpty
            ? other.vpc.map { !c.transitGateways(attaching: $0.id).isEmpty } ?? false
            : landings.contains { !$0.transitGateways.isEmpty }
        if case .awsService(let s) = other {
            j.add(.caveat(.needsInterfaceEndpoint, "\(title) lands in a VPC or transit gateway; \(c.to.awsShortName ?? s.id) is then reached through an interface endpoint there (a gateway endpoint does not serve on-premises traffic)", [s.id]))
            for l in landings {
                let endpoints = l.reachableVpcs.flatMap { topology.endpoints(ofVpc: $0.id) }
                    .filter { $0.type == .interface && $0.service == s.id }
                for e in endpoints {
                    j.existing.append(l.connection.id)
                    j.add(.pro(.alreadyConnected, "\(c.label(l.connection.id)) already carries \(c.label(network.id)) to \(c.label(e.vpc)), where \(c.label(e.id)) reaches \(c.label(s.id))", [l.connection.id, e.vpc, e.id]))
                }
            }
            return
        }
        guard let vpc = other.vpc else { return }
        for l in landings where l.reachableVpcs.contains(where: { $0.id == vpc.id }) {
            j.existing.append(l.connection.id)
            let hop = l.transitGateways.first { $0.attachments.contains(vpc.id) }.map { " through \(c.label($0.id))" } ?? ""
            j.add(.pro(.alreadyConnected, "\(c.label(l.connection.id)) already joins \(c.label(network.id)) to \(c.label(vpc.id))\(hop)", [l.connection.id, network.id, vpc.id]))
        }
        guard j.existing.isEmpty else { return }
        for l in c.landings(of: network) {
            for landed in l.reachableVpcs {
                guard let p = c.peerings(between: landed.id, vpc.id).first else { continue }
                j.add(.caveat(.peeringNotTransitive, "\(c.label(network.id)) reaches \(c.label(landed.id)), which is peered with \(c.label(vpc.id)), but peering is not transitive: traffic from outside \(c.label(landed.id)) cannot cross \(c.label(p.id)); land \(title) on \(c.label(vpc.id)) or on a transit gateway attached to it", [network.id, landed.id, p.id, vpc.id]))
            }
        }
    }

    func judgeNAT(_ c: AdvisorContext, _ j: inout Judgement) {
        switch c.from {
        case .vpc, .subnet: break
        default:
            j.add(.ruledOut(.natInternetOnly, "a NAT gateway lets a VPC's private subnets reach the internet; \(c.label(c.from)) is \(describe(c.from))", [c.from.id]))
            return
        }
        guard case .awsService(let s) = c.to else {
            let workaround = c.overlaps.isEmpty ? "" : " (for overlapping CIDRs, a private NAT gateway behind a transit gateway is the usual workaround)"
            j.add(.ruledOut(.natInternetOnly, "a NAT gateway reaches public addresses only, outbound; \(c.label(c.to)) is private\(workaround)", [c.to.id]))
            return
        }
        j.add(.pro(.fits, "a NAT gateway reaches \(c.to.awsShortName ?? s.id)'s public endpoint through the internet gateway", [s.id]))
        j.add(.caveat(.natInternetOnly, "traffic leaves the private network for a public endpoint; a gateway or interface endpoint keeps it private and costs less per GB", [s.id]))
    }
}

import Topology

/// Rules for VPC Lattice service networks and resource endpoints: application- and
/// resource-level connectivity without routes between the networks.
extension Advisor {
    func judgeLattice(_ c: AdvisorContext, _ j: inout Judgement) {
        guard latticeTarget(c, .vpcLattice, &j), consumerSide(c, .vpcLattice, &j), let provider = c.to.vpc else { return }
        if let a = c.region(of: c.from), a != provider.region {
            j.add(.ruledOut(.latticeRegional, "a service network is regional: the client side is in \(a), \(c.label(provider.id)) in \(provider.region)", c.endIds))
            return
        }
        if c.from.isOnPremises {
            j.add(.caveat(.onPremNeedsVpnOrDx, "clients outside the VPC need a service-network endpoint (a VPC association serves only clients inside the VPC)", [c.from.id]))
        }
        j.add(.pro(.fits, "VPC Lattice connects services at layer 7 (HTTP, HTTPS, gRPC; also TLS and TCP) with IAM auth policies, across VPCs and accounts", c.endIds))
        j.add(.caveat(.providerMustPublish, "\(c.label(provider.id)) must publish its application as a Lattice service in a service network the client side is associated with", [provider.id]))
        for e in c.consumerVpcs(of: c.from).flatMap({ topology.endpoints(ofVpc: $0.id) }) where e.type == .serviceNetwork {
            j.add(.pro(.fits, "\(c.label(e.vpc)) already has a service-network endpoint, \(c.label(e.id))", [e.id, e.vpc]))
        }
        if !c.overlaps.isEmpty {
            j.add(.pro(.overlappingCidrs, "\(c.overlapText), which VPC Lattice does not mind: no route joins the two networks", c.endIds))
        }
    }

    func judgeResourceEndpoint(_ c: AdvisorContext, _ j: inout Judgement) {
        guard latticeTarget(c, .resourceEndpoint, &j), consumerSide(c, .resourceEndpoint, &j), let provider = c.to.vpc else { return }
        j.add(.pro(.fits, "a resource endpoint reaches one resource in \(c.label(provider.id)) (a database, an IP address or a DNS name) over TCP, with no load balancer", [provider.id]))
        j.add(.caveat(.providerMustPublish, "\(c.label(provider.id)) must share the resource: a resource configuration behind a resource gateway, shared with AWS RAM", [provider.id]))
        if let a = c.region(of: c.from), a != provider.region {
            j.add(.caveat(.unconfirmed, "no source read confirms resource endpoints across regions (\(a) to \(provider.region))", c.endIds))
        }
        for e in c.consumerVpcs(of: c.from).flatMap({ topology.endpoints(ofVpc: $0.id) }) where e.type == .resource {
            j.add(.pro(.fits, "\(c.label(e.vpc)) already has a resource endpoint, \(c.label(e.id)) (its resource is not modelled)", [e.id, e.vpc]))
        }
        if !c.overlaps.isEmpty {
            j.add(.pro(.overlappingCidrs, "\(c.overlapText), which a resource endpoint does not mind: no route joins the two networks", c.endIds))
        }
    }

    /// The destination must be a VPC (or a subnet) where the provider can publish a Lattice
    /// service or a resource configuration. Returns false when the option is ruled out.
    private func latticeTarget(_ c: AdvisorContext, _ option: OptionID, _ j: inout Judgement) -> Bool {
        switch c.to {
        case .vpc, .subnet:
            return true
        case .awsService:
            j.add(.ruledOut(.serviceTypeMismatch, "\(option.title) reaches what a provider publishes in a VPC, not an AWS service endpoint; use an interface or gateway endpoint", [c.to.id]))
        case .endpointService:
            j.add(.ruledOut(.serviceTypeMismatch, "\(c.label(c.to)) is a PrivateLink endpoint service, reached with an interface endpoint; \(option.title) cannot target it", [c.to.id]))
        case .network:
            j.add(.ruledOut(.onPremNeedsVpnOrDx, "\(c.label(c.to)) is outside AWS and is reached over Site-to-Site VPN or Direct Connect", [c.to.id]))
        }
        return false
    }
}

import Topology

/// Rules for interface endpoints: the consumer's side of PrivateLink.
extension Advisor {
    func judgeInterfaceEndpoint(_ c: AdvisorContext, _ j: inout Judgement) {
        guard consumerSide(c, .interfaceEndpoint, &j) else { return }
        switch c.to {
        case .network(let n):
            j.add(.ruledOut(.onPremNeedsVpnOrDx, "an interface endpoint reaches a service, not a network outside AWS; \(c.label(c.to)) is reached over Site-to-Site VPN or Direct Connect", [n.id]))
        case .endpointService(let s, _):
            judgeEndpointService(s, endpointType: .interface, c, &j)
        case .awsService(let s):
            judgeAWSServiceByInterface(s, c, &j)
        case .vpc, .subnet:
            judgeVpcByInterface(c, &j)
        }
    }

    /// The checks every endpoint to an endpoint service shares: type, region, principals,
    /// AZ coverage, and endpoints already there.
    func judgeEndpointService(_ s: Service, endpointType: EndpointType, _ c: AdvisorContext, _ j: inout Judgement) {
        let gwlb = s.type == .gatewayLoadBalancer
            || s.loadBalancers.compactMap(topology.loadBalancer).contains { $0.type == .gateway }
        let lbs = s.loadBalancers.compactMap(topology.loadBalancer)
        let lbName = lbs.first.map { " (\($0.name))" } ?? ""
        switch (endpointType, gwlb) {
        case (.interface, true):
            j.add(.ruledOut(.serviceTypeMismatch, "\(c.label(c.to)) is backed by a Gateway Load Balancer\(lbName): only a Gateway Load Balancer endpoint reaches it", [s.id] + s.loadBalancers))
            return
        case (.gatewayLoadBalancer, false):
            j.add(.ruledOut(.serviceTypeMismatch, "\(c.label(c.to)) is backed by a Network Load Balancer\(lbName): reach it with an interface endpoint; a Gateway Load Balancer endpoint only reaches GWLB-backed services", [s.id] + s.loadBalancers))
            return
        case (.interface, false):
            j.add(.pro(.fits, "\(c.label(c.to)) is an endpoint service behind a Network Load Balancer\(lbName): consumers reach it with an interface endpoint", [s.id] + s.loadBalancers))
        default:
            j.add(.pro(.fits, "\(c.label(c.to)) is backed by a Gateway Load Balancer\(lbName): Gateway Load Balancer endpoints send routed traffic through its appliances, one endpoint per AZ", [s.id] + s.loadBalancers))
        }
        let consumers = c.consumerVpcs(of: c.from)
        guard let consumerRegion = consumers.first?.region ?? c.region(of: c.from) else { return }
        let serviceRegion = s.region ?? c.to.vpc?.region ?? consumerRegion
        if consumerRegion != serviceRegion {
            let supported = s.supportedRegions.isEmpty ? [serviceRegion] : s.supportedRegions
            if endpointType != .interface {
                j.add(.ruledOut(.unsupportedRegion, "\(c.label(c.to)) is in \(serviceRegion) and the consumer in \(consumerRegion); cross-region PrivateLink is for interface endpoints to NLB-backed services only", [s.id]))
            } else if supported.contains(consumerRegion) {
                j.add(.pro(.crossBoundary, "\(c.label(c.to)) lists \(consumerRegion) among its supported regions: cross-region PrivateLink (since 2024-11-26) reaches it from \(consumerRegion)", [s.id]))
            } else {
                j.add(.ruledOut(.unsupportedRegion, "\(c.label(c.to)) is in \(serviceRegion) and supports consumers in \(supported.joined(separator: ", ")) only; a consumer in \(consumerRegion) needs the provider to add that region (cross-region PrivateLink, since 2024-11-26)", [s.id]))
            }
        }
        if let account = consumers.first?.account, account != s.owner, !s.allowedPrincipals.isEmpty,
           !s.allowedPrincipals.contains(where: { $0 == "*" || $0 == account || $0.contains(":\(account):") }) {
            j.add(.caveat(.providerMustPublish, "\(c.label(c.to)) does not allow account \(account) yet; the provider must add it to the allowed principals", [s.id]))
        }
        let existing = consumers.flatMap { topology.endpoints(ofVpc: $0.id) }.filter { $0.service == s.id && $0.type == endpointType }
        noteExisting(existing, to: s, c, &j)
        let lbZones = c.zoneIds(ofLoadBalancers: s.loadBalancers)
        if consumerRegion == serviceRegion, !lbZones.isEmpty {
            judgeZones(lbZones: lbZones, lbs: s.loadBalancers, existing: existing, c, &j)
        }
        if !c.overlaps.isEmpty {
            j.add(.pro(.overlappingCidrs, "\(c.overlapText), which PrivateLink does not mind: no route joins the two networks", c.endIds))
        }
    }

    /// Records endpoints already built from the consumer to `s`, and whether they carry traffic.
    func noteExisting(_ endpoints: [Endpoint], to s: Service, _ c: AdvisorContext, _ j: inout Judgement) {
        for e in endpoints {
            j.existing.append(e.id)
            j.add(.pro(.alreadyConnected, "\(c.label(e.id)) already connects \(c.label(e.vpc)) to \(c.label(c.to))", [e.id, e.vpc, s.id]))
            if !e.state.carriesTraffic {
                j.add(.caveat(.notCarryingTraffic, "\(c.label(e.id)) is \(e.state.rawValue) and carries no traffic until that changes\(e.state == .pendingAcceptance ? " (the provider must accept it)" : "")", [e.id, s.id]))
            }
        }
    }

    /// AZ coverage by AZ id: endpoint network interfaces exist only where the load
    /// balancer is enabled. Compares the existing endpoint's AZs, else the consumer's.
    private func judgeZones(lbZones: [String], lbs: [String], existing: [Endpoint], _ c: AdvisorContext, _ j: inout Judgement) {
        let subnets = existing.isEmpty ? consumerSubnets(c) : existing.flatMap(\.subnets).compactMap(topology.subnet)
        let zones = topology.zoneIds(ofSubnets: subnets.map(\.id))
        guard !zones.isEmpty else { return }
        let served = zones.filter(lbZones.contains)
        let missing = subnets.filter { !lbZones.contains($0.zoneId ?? $0.zone) }
        j.azCount = max(1, served.count)
        let lbList = lbZones.joined(separator: ", ")
        if missing.isEmpty {
            j.add(.pro(.azCoverage, "the load balancer serves \(lbList); \(served.joined(separator: ", ")) \(served.count == 1 ? "is" : "are") among them", lbs))
        } else {
            let where_ = missing.map { "\($0.zoneId ?? $0.zone) (\(c.label($0.id)))" }.joined(separator: ", ")
            let advice = existing.isEmpty ? "put the endpoint in subnets of served AZs" : "no endpoint interface can exist there"
            j.add(.caveat(.azCoverage, "the load balancer serves \(lbList) only, not \(where_): \(advice), so clients there cross AZs", lbs + missing.map(\.id)))
        }
    }

    /// The subnets of the consumer side: a subnet, a VPC's subnets.
    private func consumerSubnets(_ c: AdvisorContext) -> [Subnet] {
        switch c.from {
        case .subnet(let s, _): return [s]
        case .vpc(let v): return topology.subnets(ofVpc: v.id)
        default: return []
        }
    }

    private func judgeAWSServiceByInterface(_ s: Service, _ c: AdvisorContext, _ j: inout Judgement) {
        if s.type == .gateway {
            j.add(.ruledOut(.serviceTypeMismatch, "\(c.label(c.to)) is described as reachable through a gateway endpoint only", [s.id]))
            return
        }
        let short = c.to.awsShortName ?? s.name
        j.add(.pro(.fits, "AWS services such as \(short) are reached privately with an interface endpoint (PrivateLink), also from peered VPCs, a transit gateway and on-premises", [s.id]))
        let consumers = c.consumerVpcs(of: c.from)
        if let consumerRegion = consumers.first?.region ?? c.region(of: c.from), let serviceRegion = c.to.region,
           consumerRegion != serviceRegion {
            if OptionCatalogue.crossRegionAWSServices.contains(short) {
                j.add(.pro(.crossBoundary, "\(short) is one of the AWS services interface endpoints reach across regions (a later launch than cross-region endpoint services): an endpoint in \(consumerRegion) reaches \(serviceRegion)", [s.id]))
            } else {
                j.add(.ruledOut(.unsupportedRegion, "\(c.label(c.to)) is in \(serviceRegion); across regions interface endpoints reach only S3, IAM, ECR, KMS, ECS, Lambda, Data Firehose, Managed Service for Apache Flink and Route 53, so use \(short) in \(consumerRegion)", [s.id]))
            }
        }
        let existing = consumers.flatMap { topology.endpoints(ofVpc: $0.id) }.filter { $0.service == s.id && $0.type == .interface }
        noteExisting(existing, to: s, c, &j)
        if let e = existing.first { j.azCount = max(1, topology.zoneIds(ofSubnets: e.subnets).count) }
    }

    private func judgeVpcByInterface(_ c: AdvisorContext, _ j: inout Judgement) {
        guard let provider = c.to.vpc else { return }
        let published = topology.services.filter { s in
            s.serviceKind == .endpointService && s.type != .gatewayLoadBalancer
                && s.loadBalancers.compactMap(topology.loadBalancer).contains { $0.vpc == provider.id && $0.type == .network }
        }
        if let s = published.first {
            j.add(.pro(.fits, "\(c.label(provider.id)) already publishes \(c.label(s.id)) through PrivateLink; an interface endpoint reaches that service (not the whole VPC)", [provider.id, s.id]))
            let serviceEnd = AdvisorContext(topology, from: c.from, to: .endpointService(s, provider: provider))
            var inner = Judgement()
            judgeEndpointService(s, endpointType: .interface, serviceEnd, &inner)
            j.reasons += inner.reasons.filter { $0.rule != .fits && $0.rule != .overlappingCidrs }
            j.existing += inner.existing
            j.azCount = inner.azCount
        } else {
            j.add(.caveat(.providerMustPublish, "\(c.label(provider.id)) must first publish its application as an endpoint service (a Network Load Balancer in front of it); PrivateLink then reaches that one service, not the whole VPC", [provider.id]))
            if let a = c.region(of: c.from), a != provider.region {
                j.add(.pro(.crossBoundary, "the endpoint service can list \(a) as a supported region: cross-region PrivateLink (since 2024-11-26)", [provider.id]))
            }
        }
        if !c.overlaps.isEmpty {
            j.add(.pro(.overlappingCidrs, "\(c.overlapText), which PrivateLink does not mind: no route joins the two networks", c.endIds))
        }
    }

    /// The checks on the consumer side of PrivateLink-style options (interface, GWLB,
    /// resource endpoints, Lattice): the consumer must be a VPC, or a network that lands in one.
    /// Returns false when the option is ruled out.
    func consumerSide(_ c: AdvisorContext, _ option: OptionID, _ j: inout Judgement) -> Bool {
        switch c.from {
        case .endpointService(let s, _):
            j.add(.ruledOut(.consumerInitiates, "\(c.label(c.from)) is a provider: over PrivateLink only consumers initiate, so a service cannot open connections to \(c.label(c.to)) this way", [s.id]))
            return false
        case .awsService(let s):
            j.add(.ruledOut(.consumerInitiates, "\(c.label(c.from)) is an AWS service; it does not initiate connections into a network through \(option.title)", [s.id]))
            return false
        case .network(let n):
            let vpcs = c.reachableVpcs(of: n)
            if vpcs.isEmpty {
                j.add(.ruledOut(.onPremNeedsVpnOrDx, "\(c.label(c.from)) reaches no VPC yet: connect it over Site-to-Site VPN or Direct Connect to the VPC that holds the \(option.title)", [n.id]))
                return false
            }
            let via = c.landings(of: n).map { c.label($0.connection.id) }.joined(separator: ", ")
            j.add(.pro(.onPremNeedsVpnOrDx, "\(c.label(c.from)) reaches \(vpcs.map { c.label($0.id) }.joined(separator: ", ")) over \(via); the \(option.title) would live there", [n.id] + vpcs.map(\.id)))
            return true
        case .vpc, .subnet:
            return true
        }
    }
}

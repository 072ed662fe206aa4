import Topology

/// The facts about one pair that several rules need, worked out once: the VPCs at each
/// end, overlapping CIDRs, regions, accounts, and where an on-premises network lands.
struct AdvisorContext {
    let t: NetworkModel
    let from: AdvisorEnd
    let to: AdvisorEnd
    let overlaps: [(from: CIDR, to: CIDR)]

    init(_ topology: NetworkModel, from: AdvisorEnd, to: AdvisorEnd) {
        t = topology
        self.from = from
        self.to = to
        overlaps = from.cidrs.flatMap { a in to.cidrs.filter { a.overlaps($0) }.map { (from: a, to: $0) } }
    }

    /// "name (id)", or the id alone when the name adds nothing.
    func label(_ id: String) -> String {
        guard let e = t.element(id), !e.name.isEmpty, !e.name.hasSuffix(id) else { return id }
        return "\(e.name) (\(id))"
    }

    /// The end's name for sentences.
    func label(_ end: AdvisorEnd) -> String {
        end.name.isEmpty || end.name.hasSuffix(end.id) ? end.id : end.name
    }

    /// The region an end acts in: its own, or for a network the region it lands in.
    func region(of end: AdvisorEnd) -> String? {
        if let r = end.region { return r }
        if case .network(let n) = end { return landings(of: n).lazy.compactMap(\.region).first }
        return nil
    }

    /// True or false when both regions are known.
    var crossRegion: Bool? {
        guard let a = region(of: from), let b = region(of: to) else { return nil }
        return a != b
    }

    /// True or false when both accounts are known.
    var crossAccount: Bool? {
        guard let a = from.account, let b = to.account else { return nil }
        return a != b
    }

    /// True when both ends sit in one VPC (two subnets, or a subnet and its VPC).
    var sameVpc: Bool {
        switch (from, to) {
        case (.vpc, .vpc), (.vpc, .subnet), (.subnet, .vpc), (.subnet, .subnet):
            return from.vpc?.id == to.vpc?.id
        default: return false
        }
    }

    /// A sentence naming the overlapping CIDRs.
    var overlapText: String {
        let pairs = overlaps.map { $0.from == $0.to ? "\($0.from)" : "\($0.from) and \($0.to)" }
        return "\(label(from)) and \(label(to)) overlap (\(pairs.joined(separator: ", ")))"
    }

    /// The ids of the ends' elements and VPCs, for a reason's `elements`.
    var endIds: [String] {
        var ids = [from.id, to.id]
        for v in [from.vpc?.id, to.vpc?.id].compactMap({ $0 }) where !ids.contains(v) { ids.append(v) }
        return ids
    }
}

/// Where an on-premises network enters AWS (the topology works it out, so the checks
/// read links the same way).
typealias Landing = NetworkLanding

extension AdvisorContext {
    /// The connections through which a network reaches AWS.
    func landings(of network: Network) -> [Landing] {
        t.landings(ofNetwork: network)
    }

    /// VPCs an on-premises network reaches today, each once.
    func reachableVpcs(of network: Network) -> [Vpc] {
        t.reachableVpcs(ofNetwork: network)
    }

    /// The transit gateways that list `id` among their attachments.
    func transitGateways(attaching id: String) -> [Connection] {
        t.transitGateways(attaching: id)
    }

    /// The peerings between two VPCs.
    func peerings(between a: String, _ b: String) -> [Connection] {
        t.connections(of: a).filter { $0.type == .vpcPeering && $0.between.contains(b) }
    }

    /// The VPCs peered with `vpc`, with the peering.
    func peers(of vpc: String) -> [(vpc: String, peering: Connection)] {
        t.connections(of: vpc).filter { $0.type == .vpcPeering }.flatMap { c in
            c.between.filter { $0 != vpc }.map { (vpc: $0, peering: c) }
        }
    }

    /// Transit gateway peerings between any gateway of `a` and any of `b`.
    func tgwPeerings(between a: [Connection], _ b: [Connection]) -> [Connection] {
        let bIds = Set(b.map(\.id))
        return a.flatMap { tgw in
            t.connections(of: tgw.id).filter {
                $0.type == .transitGatewayPeering && $0.between.contains(tgw.id) && $0.between.contains { bIds.contains($0) }
            }
        }
    }

    /// The VPCs a client at `end` would put an endpoint in: its own, or for a network
    /// the VPCs it lands in.
    func consumerVpcs(of end: AdvisorEnd) -> [Vpc] {
        switch end {
        case .vpc(let v), .subnet(_, let v): return [v]
        case .network(let n): return reachableVpcs(of: n)
        default: return []
        }
    }

    /// The AZ ids of a load balancer's subnets.
    func zoneIds(ofLoadBalancers ids: [String]) -> [String] {
        t.zoneIds(ofSubnets: ids.compactMap(t.loadBalancer).flatMap(\.subnets))
    }
}

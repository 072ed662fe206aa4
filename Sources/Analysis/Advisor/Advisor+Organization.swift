import Topology

/// Rules for the options that suit organizations with many VPCs and accounts: Cloud WAN
/// (one global network from a policy, with segments) and VPC sharing (one VPC, several
/// accounts of an AWS Organization).
extension Advisor {
    func judgeCloudWAN(_ c: AdvisorContext, _ j: inout Judgement) {
        guard routable(c, .cloudWAN, &j) else { return }
        j.add(.pro(.fits, "Cloud WAN joins VPCs and on-premises networks in many regions from one network policy, with segments as isolated routing domains", c.endIds))
        let regions = Set(topology.vpcs.map(\.region))
        if let ra = c.region(of: c.from), let rb = c.region(of: c.to), ra != rb {
            j.add(.pro(.crossBoundary, "the ends are in \(ra) and \(rb): one core network spans both, with dynamic routing between its edges instead of static routes over transit gateway peering", c.endIds))
        } else if regions.count < 2 {
            j.add(.caveat(.cloudWANScope, "everything here is in one region: a transit gateway does the same with less to learn; Cloud WAN pays off with many VPCs across regions and segments", c.endIds))
        } else {
            j.add(.caveat(.cloudWANScope, "both ends are in one region, where a transit gateway joins them more simply; Cloud WAN pays off when this network spans regions (here \(regions.sorted().joined(separator: ", "))) and needs segments", c.endIds))
        }
        if regions.count >= 2 {
            j.add(.pro(.cloudWANScope, "this architecture has \(topology.vpcs.count) VPCs in \(regions.count) regions: segments in one policy replace per-region transit gateway route tables and peering static routes", c.endIds))
        }
        let gateways = topology.connections.filter { $0.type == .transitGateway }
        if !gateways.isEmpty {
            j.add(.pro(.fits, "existing transit gateways (\(gateways.map { c.label($0.id) }.joined(separator: ", "))) peer with the core network, so a move can be gradual", gateways.map(\.id)))
        }
        for end in [c.from, c.to] where end.isOnPremises {
            j.add(.caveat(.onPremNeedsVpnOrDx, "\(c.label(end)) attaches to the core network over Site-to-Site VPN, a Connect attachment or a Direct Connect gateway", [end.id]))
        }
    }

    func judgeVPCSharing(_ c: AdvisorContext, _ j: inout Judgement) {
        for end in [c.from, c.to] {
            switch end {
            case .vpc, .subnet: continue
            case .network:
                j.add(.ruledOut(.sharingScope, "VPC sharing lets other AWS accounts use a VPC's subnets; \(c.label(end)) is outside AWS and reaches a VPC over Site-to-Site VPN or Direct Connect", [end.id]))
            case .awsService, .endpointService:
                j.add(.ruledOut(.sharingScope, "VPC sharing shares subnets, not a service: \(c.label(end)) is \(describe(end)), reached with an endpoint", [end.id]))
            }
        }
        guard !j.blocked, let a = c.from.vpc, let b = c.to.vpc else { return }
        if a.region != b.region {
            j.add(.ruledOut(.sharingScope, "a VPC is regional: \(c.label(a.id)) is in \(a.region) and \(c.label(b.id)) in \(b.region), so one shared VPC cannot hold both", c.endIds))
            return
        }
        switch c.crossAccount {
        case false?:
            j.add(.ruledOut(.sharingScope, "both VPCs belong to account \(a.account): VPC sharing serves other accounts; within one account, run both workloads in one VPC or connect the two", c.endIds))
            return
        case true?:
            j.add(.pro(.crossBoundary, "the VPCs belong to accounts \(a.account) and \(b.account): the owner of \(c.label(b.id)) can share subnets with \(a.account) through AWS RAM, so both workloads use one VPC and its local route", c.endIds))
        case nil:
            j.add(.caveat(.sharingScope, "the owning accounts are not known here; VPC sharing joins workloads of different accounts in one VPC", c.endIds))
        }
        j.add(.caveat(.sharingScope, "only between accounts of one AWS Organization, and the workloads of \(c.label(a.id)) move into shared subnets of \(c.label(b.id)) (or both into one shared VPC): a consolidation, not a link between the two VPCs", c.endIds))
        j.add(.pro(.fits, "one VPC shared across accounts: no peering, transit gateway or CIDR coordination between them, each account billed for its own resources, while the owner runs routes and gateways", c.endIds))
    }
}

import Topology

/// VPCs (with their DNS attributes), subnets, route tables and load balancers.
extension SnapshotAssembler {
    mutating func addVpcs() throws(LoadError) {
        for s in records.subnets where subnetRegion[s.vpc] == nil {
            subnetRegion[s.vpc] = region(ofZone: s.zone)
        }
        for v in records.vpcs where isNew(v.id) {
            var cidrs: [CIDR] = []
            for cidr in [v.cidr].compactMap({ $0 }) + v.associatedCidrs where !cidrs.contains(cidr) { cidrs.append(cidr) }
            vpcAt[v.id] = arch.vpcs.count
            arch.vpcs.append(Vpc(id: v.id, name: SnapshotNames.display(v.name, v.id),
                                 account: v.owner ?? account(of: v.origin) ?? "",
                                 region: try vpcRegion(v.id, nil, v.origin), cidrs: cidrs, location: v.origin.location))
        }
    }

    /// Adds a VPC that an element refers to but no `describe-vpcs` output describes, from
    /// what the reference tells (the owner and region of a peering's other side, say).
    mutating func ensureVpc(_ id: String, account: String?, region: String?, cidrs: [CIDR] = [],
                            for origin: SnapshotRecords.Origin) throws(LoadError) {
        guard vpcAt[id] == nil else { return }
        let region = try vpcRegion(id, region, origin)
        seen.insert(id)
        vpcAt[id] = arch.vpcs.count
        arch.vpcs.append(Vpc(id: id, name: id, account: account ?? self.account(of: origin) ?? "", region: region,
                             cidrs: cidrs))
    }

    /// The region of a VPC: what a reference says, else its subnets', else its folder's.
    private func vpcRegion(_ id: String, _ stated: String?, _ origin: SnapshotRecords.Origin) throws(LoadError) -> String {
        if let region = stated ?? subnetRegion[id] ?? region(of: origin) { return region }
        throw LoadError.at(origin.location, """
            cannot tell the region of VPC '\(id)': AWS output about VPCs carries none, no subnet of it is in the \
            snapshot, and the folder is not named after a region; put the file in a folder named after its \
            region (such as us-east-1/), as linkscope snapshot does
            """)
    }

    mutating func addSubnets() throws(LoadError) {
        for s in records.subnets where isNew(s.id) {
            try ensureVpc(s.vpc, account: s.owner, region: region(ofZone: s.zone), for: s.origin)
            subnetsOfVpc[s.vpc, default: []].append(s.id)
            arch.subnets.append(Subnet(id: s.id, name: SnapshotNames.display(s.name, s.id), vpc: s.vpc, zone: s.zone,
                                       zoneId: s.zoneId, cidr: s.cidr, location: s.origin.location))
        }
    }

    /// Route tables with their subnets; a VPC's main table also gets, as AWS routes them,
    /// the subnets no other table is explicitly associated with.
    mutating func addRouteTables() throws(LoadError) {
        var explicit: Set<String> = []
        var tables: [SnapshotRecords.RouteTableRecord] = []
        for t in records.routeTables where isNew(t.id) {
            explicit.formUnion(t.subnets)
            tables.append(t)
        }
        for t in tables {
            try ensureVpc(t.vpc, account: t.owner, region: nil, for: t.origin)
            var subnets = t.subnets
            if t.isMain { subnets += (subnetsOfVpc[t.vpc] ?? []).filter { !explicit.contains($0) } }
            arch.routeTables.append(RouteTable(id: t.id, name: SnapshotNames.display(t.name, t.id), vpc: t.vpc,
                                               subnets: subnets, routes: t.routes, main: t.isMain,
                                               location: t.origin.location))
        }
    }

    mutating func addLoadBalancers() throws(LoadError) {
        for lb in records.loadBalancers where isNew(lb.arn) {
            try ensureVpc(lb.vpc, account: SnapshotNames.account(ofARN: lb.arn), region: SnapshotNames.region(ofARN: lb.arn),
                          for: lb.origin)
            arch.loadBalancers.append(LoadBalancer(id: lb.arn, name: SnapshotNames.display(lb.name, lb.arn), type: lb.type,
                                                   vpc: lb.vpc, subnets: lb.subnets, scheme: lb.scheme,
                                                   securityGroups: lb.securityGroups, location: lb.origin.location))
        }
    }

    /// `describe-vpc-attribute` output, once every VPC (described or only referred to) is in.
    mutating func applyVpcAttributes() {
        for a in records.vpcAttributes {
            guard let at = vpcAt[a.vpc] else { continue }
            if let value = a.dnsSupport { arch.vpcs[at].dnsSupport = value }
            if let value = a.dnsHostnames { arch.vpcs[at].dnsHostnames = value }
        }
    }
}

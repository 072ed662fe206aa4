import Topology

/// Instances, network interfaces and whose each interface is, Elastic IPs, and gateways.
extension SnapshotAssembler {
    mutating func addInstances() throws(LoadError) {
        for n in records.instances where isNew(n.id) {
            try ensureVpc(n.vpc, account: nil, region: nil, for: n.origin)
            instanceAt[n.id] = arch.instances.count
            arch.instances.append(Instance(
                id: n.id, name: SnapshotNames.display(n.name, n.id), vpc: n.vpc, subnet: n.subnet, privateIps: n.privateIps,
                publicIp: n.publicIp, securityGroups: n.securityGroups, state: n.state, location: n.origin.location))
        }
    }

    mutating func addGateways() throws(LoadError) {
        for g in records.gateways where isNew(g.element.id) {
            if let vpc = g.element.vpc { try ensureVpc(vpc, account: nil, region: nil, for: g.origin) }
            arch.gateways.append(g.element)
        }
    }

    /// Interfaces, each linked to the element it belongs to where AWS output tells; run
    /// after instances, endpoints, load balancers and gateways, which it links to.
    mutating func addNetworkInterfaces() throws(LoadError) {
        var balancers: [Substring: String] = [:]
        for lb in arch.loadBalancers {
            if let range = lb.id.range(of: ":loadbalancer/") { balancers[lb.id[range.upperBound...]] = lb.id }
        }
        for n in records.interfaces where isNew(n.id) {
            try ensureVpc(n.vpc, account: nil, region: nil, for: n.origin)
            interfaceAt[n.id] = arch.networkInterfaces.count
            arch.networkInterfaces.append(NetworkInterface(
                id: n.id, name: SnapshotNames.display(n.name, n.id), vpc: n.vpc, subnet: n.subnet, privateIps: n.privateIps,
                publicIp: n.publicIp, securityGroups: n.securityGroups, interfaceType: n.type,
                owner: owner(of: n, balancers: balancers), location: n.origin.location))
        }
    }

    /// The element an interface belongs to, from what AWS says of it (documented at
    /// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/requester-managed-eni.html, as of
    /// 2026-11): the instance it is attached to; for an interface endpoint, "VPC Endpoint
    /// Interface vpce-…"; for a load balancer, "ELB net/NAME/ID" (the end of its ARN); for a
    /// NAT gateway, "Interface for NAT Gateway nat-…". Nil when that element is not in the snapshot.
    private func owner(of n: SnapshotRecords.InterfaceRecord, balancers: [Substring: String]) -> String? {
        if let instance = n.instance, instanceAt[instance] != nil { return instance }
        guard let description = n.description else { return nil }
        let words = description.split(separator: " ")
        let candidate: String?
        switch n.type {
        case "vpc_endpoint": candidate = words.first { $0.hasPrefix("vpce-") }.map(String.init)
        case "nat_gateway": candidate = words.first { $0.hasPrefix("nat-") }.map(String.init)
        default:
            // Network and gateway load balancers, and application ones, whose interfaces have the plain type.
            guard words.count == 2, words[0] == "ELB" else { return nil }
            return balancers[words[1]]
        }
        return candidate.flatMap { seen.contains($0) ? $0 : nil }
    }

    /// Elastic IPs: the public address of the interface or instance each is associated
    /// with, where the describe output of that one did not already say.
    mutating func addElasticIps() {
        for a in records.addresses {
            if let id = a.interface, let at = interfaceAt[id], arch.networkInterfaces[at].publicIp == nil {
                arch.networkInterfaces[at].publicIp = a.publicIp
            }
            if let id = a.instance, let at = instanceAt[id], arch.instances[at].publicIp == nil {
                arch.instances[at].publicIp = a.publicIp
            }
        }
    }
}

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

    /// The element an interface belongs to: the instance it is attached to, else what the
    /// description the owning service wrote names, whatever the interface type (older
    /// endpoint interfaces have the plain `interface` type): `VPC Endpoint Interface vpce-…`
    /// or `VPC Endpoint Interface: vpce-…` (both shown at
    /// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/requester-managed-eni.html, as of
    /// 2026-11), `ELB net/NAME/ID` (the end of the load balancer's ARN; `app/` and `gwy/` alike)
    /// and `Interface for NAT Gateway nat-…`. Nil when that element is not in the snapshot.
    private func owner(of n: SnapshotRecords.InterfaceRecord, balancers: [Substring: String]) -> String? {
        if let instance = n.instance, instanceAt[instance] != nil { return instance }
        guard let description = n.description else { return nil }
        let words = description.split(separator: " ")
        let candidate: Substring?
        if description.hasPrefix("VPC Endpoint Interface") {
            candidate = words.first { $0.hasPrefix("vpce-") }
        } else if description.hasPrefix("Interface for NAT Gateway") {
            candidate = words.first { $0.hasPrefix("nat-") }
        } else if words.count == 2, words[0] == "ELB" {
            return balancers[words[1]]
        } else {
            return nil
        }
        return candidate.map(String.init).flatMap { seen.contains($0) ? $0 : nil }
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

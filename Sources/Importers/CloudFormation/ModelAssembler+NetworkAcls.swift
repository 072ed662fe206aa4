import Topology

/// Network ACLs, their numbered entries and the subnets associated with them. A subnet no
/// association names keeps its VPC's default ACL, which no template describes.
extension ModelAssembler {
    mutating func addNetworkAcls() throws(LoadError) {
        for p in all(ResourceType.networkAcl) {
            guard let vpc = try vpc("VpcId", of: p, kind: .networkAcl) else { throw LoadError.at(p.place, "\(p.what) needs 'VpcId'") }
            networkAclAt[p.elementId] = arch.networkAcls.count
            arch.networkAcls.append(NetworkAcl(id: p.elementId, name: p.name, vpc: vpc, location: p.place))
        }
        for p in all(ResourceType.subnetNetworkAclAssociation) {
            let subnet = try self.subnet(try p.required("SubnetId"), "SubnetId", of: p, kind: .networkAcl, vpc: nil)
            guard let acl = try owned("NetworkAclId", of: p, accepts: [ResourceType.networkAcl], in: networkAclAt,
                                      placeholder: { _, _ in }),
                  let at = networkAclAt[acl] else { continue }
            if let other = associated["acl " + subnet], other != acl {
                throw LoadError.at(p.place, "\(p.what) associates '\(subnet)' with '\(acl)', but it is already associated with '\(other)'; a subnet has one network ACL")
            }
            associated["acl " + subnet] = acl
            arch.networkAcls[at].subnets.append(subnet)
        }
        for p in all(ResourceType.networkAclEntry) {
            guard let acl = try owned("NetworkAclId", of: p, accepts: [ResourceType.networkAcl], in: networkAclAt,
                                      placeholder: { _, _ in }),
                  let at = networkAclAt[acl], let entry = try entry(p) else { continue }
            let key = "entry \(acl) \(entry.egress) \(entry.number)"
            guard associated.updateValue(p.elementId, forKey: key) == nil else {
                throw LoadError.at(p.place(of: "RuleNumber"), "\(p.what): network ACL '\(acl)' already has \(entry.egress ? "egress" : "ingress") rule #\(entry.number)")
            }
            arch.networkAcls[at].entries.append(entry)
        }
    }

    /// One entry; nil when its CIDR is symbolic (what it matches is then unknown).
    private func entry(_ p: ResourceProperties) throws(LoadError) -> NetworkAcl.Entry? {
        guard let number = try p.int("RuleNumber"), (1...32766).contains(number) else {
            throw LoadError.at(p.place(of: "RuleNumber"), "\(p.what) needs RuleNumber, 1 to 32766")
        }
        let protocolText = try ResourceProperties.text(try p.required("Protocol"), "Protocol", of: p.what)
        guard let ipProtocol = IPProtocol(aws: protocolText) else {
            throw LoadError.at(p.place(of: "Protocol"), "Protocol of \(p.what) is '\(protocolText)'; expected -1 or a protocol number (6 tcp, 17 udp, 1 icmp)")
        }
        let action = try ResourceProperties.text(try p.required("RuleAction"), "RuleAction", of: p.what).lowercased()
        guard action == "allow" || action == "deny" else {
            throw LoadError.at(p.place(of: "RuleAction"), "RuleAction of \(p.what) is '\(action)'; expected allow or deny")
        }
        let key = p.has("CidrBlock") ? "CidrBlock" : "Ipv6CidrBlock"
        guard let cidr = try p.cidr(try p.required(key), key) else { return nil }
        var ports: PortRange?
        if ipProtocol.hasPorts, let range = p["PortRange"] {
            let from = range["From"].flatMap { $0.flatText.flatMap { Int($0) } }
            let to = range["To"].flatMap { $0.flatText.flatMap { Int($0) } }
            guard let from, let to, (0...65535).contains(from), (0...65535).contains(to) else {
                throw LoadError.at(range.place, "PortRange of \(p.what) needs From and To, 0 to 65535")
            }
            ports = PortRange(from, to)
        }
        return NetworkAcl.Entry(number: number, egress: try p.bool("Egress") ?? false, ipProtocol: ipProtocol,
                                ports: ports, cidr: cidr, allow: action == "allow")
    }
}

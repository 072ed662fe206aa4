import Topology

/// Security groups with their rules (inline and as `SecurityGroupIngress`/`Egress`
/// resources), and network ACLs with their entries and subnet associations. A VPC's
/// default group and default ACL exist in AWS without any template saying so; the model
/// holds only what the templates say.
extension ModelAssembler {
    mutating func addSecurityGroups() throws(LoadError) {
        for p in all(ResourceType.securityGroup) {
            var vpc = try self.vpc("VpcId", of: p, kind: .securityGroup)
            if vpc == nil {
                let home = "DefaultVpc:\(region)"
                stacks.warn(p.place, "\(p.what) has no VpcId, so AWS creates it in the region's default VPC, which no template describes; it is placed in the symbolic '\(home)'")
                placeholderVpc(home)
                vpc = home
            }
            let ingress = try rules(p, "SecurityGroupIngress", egress: false)
            var egress: [SecurityGroupRule]? = try rules(p, "SecurityGroupEgress", egress: true)
            if !p.has("SecurityGroupEgress") {
                // Without egress rules AWS adds one that allows all outbound IPv4 traffic
                // (and IPv6 in a VPC with IPv6) (AWS::EC2::SecurityGroup reference, read 2026-11-30).
                egress = [SecurityGroupRule(ipProtocol: .all, ports: nil, peer: .cidr(CIDR("0.0.0.0/0")!))]
                if let at = vpcAt[vpc!], arch.vpcs[at].cidrs.contains(where: { $0.family == .ipv6 }) {
                    egress?.append(SecurityGroupRule(ipProtocol: .all, ports: nil, peer: .cidr(CIDR("::/0")!)))
                }
            }
            securityGroupAt[p.elementId] = arch.securityGroups.count
            arch.securityGroups.append(SecurityGroup(
                id: p.elementId, name: p.name == p.resource.logicalId ? (try p.text("GroupName") ?? p.name) : p.name,
                vpc: vpc!, description: try p.text("GroupDescription") ?? "", ingress: ingress, egress: egress,
                location: p.place))
        }
        for (type, egress) in [(ResourceType.securityGroupIngress, false), (ResourceType.securityGroupEgress, true)] {
            for p in all(type) {
                guard let group = try owned("GroupId", of: p, accepts: [ResourceType.securityGroup], in: securityGroupAt,
                                            placeholder: { $0.placeholderSecurityGroup($1, vpc: nil) }),
                      let at = securityGroupAt[group] else { continue }
                let rule = try self.rule(TemplateValue(.map([]), at: p.place), of: p, egress: egress, standalone: true)
                if egress {
                    arch.securityGroups[at].egress = rule.flatMap { r in arch.securityGroups[at].egress.map { $0 + [r] } }
                } else {
                    arch.securityGroups[at].ingress = rule.flatMap { r in arch.securityGroups[at].ingress.map { $0 + [r] } }
                }
            }
        }
    }

    /// A group's inline rules of one direction; nil (unknown) when one of them names a
    /// CIDR that is symbolic, since what it allows is then not known.
    private func rules(_ p: ResourceProperties, _ key: String, egress: Bool) throws(LoadError) -> [SecurityGroupRule]? {
        var out: [SecurityGroupRule] = []
        for item in try p.list(key) {
            guard let rule = try rule(item, of: p, egress: egress) else { return nil }
            out.append(rule)
        }
        return out
    }

    /// One rule: inline (a mapping in the group's list) or a standalone resource's own
    /// properties; nil when its CIDR is symbolic.
    private func rule(_ value: TemplateValue, of p: ResourceProperties, egress: Bool,
                      standalone: Bool = false) throws(LoadError) -> SecurityGroupRule? {
        let keys = egress ? ResourceType.egressRule : ResourceType.ingressRule
        let what = standalone ? p.what : "a rule of \(p.what)"
        var fields: [String: TemplateValue] = [:]
        if standalone {
            for key in keys { if let v = p[key] { fields[key] = v } }
        } else {
            guard case .map(let entries) = value.shape else {
                throw LoadError.at(value.place, "each rule of \(p.what) must be a mapping, found \(value.described)")
            }
            for entry in entries {
                guard keys.contains(entry.key) else {
                    let hint = Suggestion.closest(to: entry.key, in: keys).map { "; did you mean '\($0)'?" } ?? ""
                    throw LoadError.at(entry.keyPlace, "a rule of \(p.what) has no property '\(entry.key)'\(hint)")
                }
                fields[entry.key] = entry.value
            }
        }
        guard let protocolValue = fields["IpProtocol"] else { throw LoadError.at(value.place, "\(what) needs 'IpProtocol'") }
        let protocolText = try ResourceProperties.text(protocolValue, "IpProtocol", of: what)
        guard let ipProtocol = IPProtocol(aws: protocolText) else {
            throw LoadError.at(protocolValue.place, "IpProtocol of \(what) is '\(protocolText)'; expected tcp, udp, icmp, icmpv6, -1 or a protocol number")
        }
        var ports: PortRange?
        if ipProtocol.hasPorts, let from = try port(fields["FromPort"], what), let to = try port(fields["ToPort"], what), from >= 0 {
            ports = PortRange(from, max(from, to))
        }
        let peerKeys = egress ? ["CidrIp", "CidrIpv6", "DestinationSecurityGroupId", "DestinationPrefixListId"]
                              : ["CidrIp", "CidrIpv6", "SourceSecurityGroupId", "SourcePrefixListId", "SourceSecurityGroupName"]
        let given = peerKeys.filter { fields[$0] != nil }
        guard given.count == 1, let peerValue = fields[given[0]] else {
            throw LoadError.at(value.place, "\(what) needs one of \(peerKeys.joined(separator: ", ")), found \(given.isEmpty ? "none" : given.joined(separator: " and "))")
        }
        let peerText = try ResourceProperties.text(peerValue, given[0], of: what)
        let peer: SecurityGroupRule.Peer
        switch given[0] {
        case "CidrIp", "CidrIpv6":
            guard let cidr = try p.cidr(peerValue, given[0]) else { return nil }
            peer = .cidr(cidr)
        case "SourcePrefixListId", "DestinationPrefixListId": peer = .prefixList(peerText)
        default: peer = .group(peerText)
        }
        return SecurityGroupRule(ipProtocol: ipProtocol, ports: ports, peer: peer, note: fields["Description"]?.flatText)
    }

    private func port(_ value: TemplateValue?, _ what: String) throws(LoadError) -> Int? {
        guard let value, !value.isSymbolic else { return nil }
        guard let number = value.flatText.flatMap({ Int($0) }), (-1...65535).contains(number) else {
            throw LoadError.at(value.place, "a port of \(what) must be a number -1 to 65535, found \(value.described)")
        }
        return number
    }
}

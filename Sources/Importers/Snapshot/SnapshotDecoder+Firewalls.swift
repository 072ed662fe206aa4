import Topology

/// `describe-security-groups` and `describe-network-acls`.
extension SnapshotDecoder {
    /// The rule number of the final `*` entry AWS lists in every network ACL; the model
    /// adds that implicit deny itself.
    static let implicitDenyRule = 32767

    mutating func securityGroup(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var id = "", groupName: String?, tagName: String?, vpc = "", description = ""
        var ingress: [SecurityGroupRule]?, egress: [SecurityGroupRule]?
        while let key = try r.nextKey() {
            switch key {
            case "GroupId": id = try r.string()
            case "GroupName": groupName = try r.optionalString()
            case "VpcId": vpc = try r.optionalString() ?? ""
            case "Description": description = try r.optionalString() ?? ""
            case "IpPermissions": ingress = try permissions(&r)
            case "IpPermissionsEgress": egress = try permissions(&r)
            case "Tags": tagName = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(id, "GroupId", origin)
        try r.require(vpc, "VpcId", origin)
        // The group name is what rules and the console name it by; the Name tag is a second label.
        let name = SnapshotNames.display(groupName ?? tagName, id)
        records.securityGroups.append(.init(origin: origin, element: SecurityGroup(
            id: id, name: name, vpc: vpc, description: description, ingress: ingress, egress: egress,
            location: origin.location)))
    }

    /// `IpPermissions`: each permission split into one rule per peer it lists.
    private func permissions(_ r: inout JSONPullReader) throws(LoadError) -> [SecurityGroupRule] {
        if try r.skipNull() { return [] }
        var rules: [SecurityGroupRule] = []
        try r.beginArray()
        while try r.nextElement() {
            let at = r.mark
            var ipProtocol: IPProtocol?, from: Int?, to: Int?
            var peers: [(peer: SecurityGroupRule.Peer, note: String?)] = []
            try r.beginObject()
            while let key = try r.nextKey() {
                switch key {
                case "IpProtocol": ipProtocol = try protocolValue(&r)
                case "FromPort": from = try r.integer()
                case "ToPort": to = try r.integer()
                case "IpRanges": peers += try ranges(&r, "CidrIp")
                case "Ipv6Ranges": peers += try ranges(&r, "CidrIpv6")
                case "UserIdGroupPairs": peers += try named(&r, "GroupId").map { (.group($0.id), $0.note) }
                case "PrefixListIds": peers += try named(&r, "PrefixListId").map { (.prefixList($0.id), $0.note) }
                default: try r.skipValue()
                }
            }
            guard let ipProtocol else { throw r.missing("IpProtocol", at: at) }
            let ports = ipProtocol.hasPorts ? Self.ports(from, to) : nil
            rules += peers.map { SecurityGroupRule(ipProtocol: ipProtocol, ports: ports, peer: $0.peer, note: $0.note) }
        }
        return rules
    }

    /// A protocol as AWS writes it (`tcp`, `6`, `-1`).
    func protocolValue(_ r: inout JSONPullReader) throws(LoadError) -> IPProtocol {
        let at = r.mark
        let text = try r.string()
        guard let value = IPProtocol(aws: text) else {
            throw r.badValue("unknown IP protocol '\(text)'; AWS writes a name (tcp, udp, icmp, icmpv6), a number from 0 to 255, or -1 for all", at: at)
        }
        return value
    }

    /// A port range from AWS's two numbers; nil (every port) when either is missing or -1.
    static func ports(_ from: Int?, _ to: Int?) -> PortRange? {
        guard let from, let to, (0...65535).contains(from), (0...65535).contains(to) else { return nil }
        return PortRange(from, to)
    }

    /// `IpRanges` / `Ipv6Ranges`: CIDRs with their descriptions.
    private func ranges(_ r: inout JSONPullReader, _ cidrKey: StaticString) throws(LoadError) -> [(peer: SecurityGroupRule.Peer, note: String?)] {
        if try r.skipNull() { return [] }
        var out: [(peer: SecurityGroupRule.Peer, note: String?)] = []
        try r.beginArray()
        while try r.nextElement() {
            var cidr: CIDR?, note: String?
            try r.beginObject()
            while let key = try r.nextKey() {
                if key == cidrKey { cidr = try r.cidr() } else if key == "Description" { note = try r.optionalString() } else { try r.skipValue() }
            }
            if let cidr { out.append((.cidr(cidr), note)) }
        }
        return out
    }

    /// The `idKey` member and `Description` of each object in an array (`UserIdGroupPairs`).
    private func named(_ r: inout JSONPullReader, _ idKey: StaticString) throws(LoadError) -> [(id: String, note: String?)] {
        if try r.skipNull() { return [] }
        var out: [(id: String, note: String?)] = []
        try r.beginArray()
        while try r.nextElement() {
            var id: String?, note: String?
            try r.beginObject()
            while let key = try r.nextKey() {
                if key == idKey { id = try r.optionalString() } else if key == "Description" { note = try r.optionalString() } else { try r.skipValue() }
            }
            if let id { out.append((id, note)) }
        }
        return out
    }

    mutating func networkAcl(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var acl = NetworkAcl(id: "", name: "", vpc: "", location: origin.location)
        var name: String?
        while let key = try r.nextKey() {
            switch key {
            case "NetworkAclId": acl.id = try r.string()
            case "VpcId": acl.vpc = try r.string()
            case "IsDefault": acl.isDefault = try r.bool() ?? false
            case "Associations": acl.subnets = try r.memberStrings("SubnetId")
            case "Entries":
                if try r.skipNull() { break }
                try r.beginArray()
                while try r.nextElement() { if let entry = try aclEntry(&r) { acl.entries.append(entry) } }
            case "Tags": name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(acl.id, "NetworkAclId", origin)
        try r.require(acl.vpc, "VpcId", origin)
        acl.name = SnapshotNames.display(name, acl.id)
        records.networkAcls.append(.init(origin: origin, element: acl))
    }

    /// One numbered entry; nil for the implicit deny.
    private func aclEntry(_ r: inout JSONPullReader) throws(LoadError) -> NetworkAcl.Entry? {
        let at = r.mark
        var number: Int?, egress = false, ipProtocol: IPProtocol?, ports: PortRange?, cidr: CIDR?, allow: Bool?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "RuleNumber": number = try r.integer()
            case "Egress": egress = try r.bool() ?? false
            case "Protocol": ipProtocol = try protocolValue(&r)
            case "PortRange": ports = try portRange(&r)
            case "CidrBlock", "Ipv6CidrBlock": cidr = try r.cidr() ?? cidr
            case "RuleAction":
                let actionAt = r.mark
                let action = try r.string()
                guard action == "allow" || action == "deny" else {
                    throw r.badValue("unknown rule action '\(action)'; AWS writes allow or deny", at: actionAt)
                }
                allow = action == "allow"
            default: try r.skipValue()
            }
        }
        guard let number else { throw r.missing("RuleNumber", at: at) }
        if number == Self.implicitDenyRule { return nil }
        guard let ipProtocol else { throw r.missing("Protocol", at: at) }
        guard let cidr else { throw r.missing("CidrBlock", at: at) }
        guard let allow else { throw r.missing("RuleAction", at: at) }
        return NetworkAcl.Entry(number: number, egress: egress, ipProtocol: ipProtocol,
                                ports: ipProtocol.hasPorts ? ports : nil, cidr: cidr, allow: allow)
    }

    /// `{"From": 443, "To": 443}`.
    private func portRange(_ r: inout JSONPullReader) throws(LoadError) -> PortRange? {
        if try r.skipNull() { return nil }
        var from: Int?, to: Int?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "From": from = try r.integer()
            case "To": to = try r.integer()
            default: try r.skipValue()
            }
        }
        return Self.ports(from, to)
    }
}

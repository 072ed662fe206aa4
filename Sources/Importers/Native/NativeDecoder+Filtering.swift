import Topology
import Yams

/// What filters traffic inside a VPC, as `vpcs[]` lists it: security groups (stateful
/// rules per direction) and network ACLs (numbered, stateless entries per subnet), plus the
/// one-per-VPC rules for main route tables and default ACLs.
extension NativeDecoder {
    /// A route's `state`: AWS reports `active` or `blackhole` (the target is gone).
    enum RouteState: String, CaseIterable {
        case active
        case blackhole
    }

    /// A network ACL entry's `action`.
    enum AclAction: String, CaseIterable {
        case allow
        case deny
    }

    mutating func securityGroup(_ node: Node, vpc: String) throws {
        let f = try fields(node, .securityGroup, keys: ["id", "name", "description", "ingress", "egress"])
        let id = try f.required("id")
        let f2 = f.named("security group '\(id)'")
        arch.securityGroups.append(SecurityGroup(
            id: id, name: try f2.string("name") ?? id, vpc: vpc, description: try f2.string("description") ?? "",
            ingress: try rules(f2, "ingress", peer: "from", group: id),
            egress: try rules(f2, "egress", peer: "to", group: id), location: f.location(of: "id")))
    }

    /// One direction's rules; nil when the file leaves the direction out (unknown, not none).
    private mutating func rules(_ f: YAMLFields, _ direction: String, peer key: String,
                                group id: String) throws -> [SecurityGroupRule]? {
        guard let nodes = try f.optionalList(direction) else { return nil }
        return try nodes.map { node in
            let r = try YAMLFields(node, what: "an \(direction) rule of security group '\(id)'",
                                   keys: ["protocol", "ports", key, "description"], budget: budget)
            let ipProtocol = try r.ipProtocol("protocol")
            return SecurityGroupRule(ipProtocol: ipProtocol, ports: try r.ports("ports", for: ipProtocol),
                                     peer: try peer(r, key, direction: direction, group: id), note: try r.string("description"))
        }
    }

    /// A rule's peer: a CIDR, a security group (`sg-…`) or a prefix list (`pl-…`); the two ids
    /// are references, checked once every source is loaded.
    private mutating func peer(_ r: YAMLFields, _ key: String, direction: String, group id: String) throws -> SecurityGroupRule.Peer {
        let text = try r.required(key)
        let place = r.location(of: key)
        for (prefix, kind) in [("sg-", ElementKind.securityGroup), ("pl-", .prefixList)] where text.hasPrefix(prefix) {
            arch.references.append(Reference(fromKind: .securityGroup, fromId: id, field: direction, target: text,
                                             expected: [kind], location: place))
            return kind == .securityGroup ? .group(text) : .prefixList(text)
        }
        guard text.contains("/") else {
            throw LoadError.at(place, "'\(key)' in \(r.what) is '\(text)': write a CIDR (10.0.0.0/16), a security group id (sg-…) or a prefix list id (pl-…)")
        }
        return .cidr(try r.cidr(text, at: place))
    }

    mutating func networkAcl(_ node: Node, vpc: String) throws {
        let f = try fields(node, .networkAcl, keys: ["id", "name", "default", "subnets", "inbound", "outbound"])
        let id = try f.required("id")
        let f2 = f.named("network ACL '\(id)'")
        let subnets = try referList(.networkAcl, id, "subnets", f2, to: [.subnet])
        let entries = try aclEntries(f2, "inbound", acl: id) + aclEntries(f2, "outbound", acl: id)
        arch.networkAcls.append(NetworkAcl(id: id, name: try f2.string("name") ?? id, vpc: vpc,
                                           isDefault: try f2.bool("default") ?? false, subnets: subnets,
                                           entries: entries, location: f.location(of: "id")))
    }

    /// One direction's entries. Numbers are unique per direction: AWS refuses a second entry
    /// with a number in use, and evaluation order would otherwise be ambiguous.
    private func aclEntries(_ f: YAMLFields, _ direction: String, acl id: String) throws -> [NetworkAcl.Entry] {
        var seen: [Int: SourceLocation] = [:]
        return try f.list(direction).map { node in
            let e = try YAMLFields(node, what: "an \(direction) entry of network ACL '\(id)'",
                                   keys: ["rule", "protocol", "ports", "cidr", "action"], budget: budget)
            let text = try e.required("rule")
            guard let number = Int(text), (1...32766).contains(number) else {
                throw LoadError.at(e.location(of: "rule"), "rule number '\(text)' in \(e.what) must be 1-32766 (the * entry that denies the rest is implicit)")
            }
            if let first = seen[number] {
                throw LoadError.at(e.location(of: "rule"), "network ACL '\(id)' has two \(direction) entries numbered \(number), the first at \(first); rule numbers are unique per direction")
            }
            seen[number] = e.location(of: "rule")
            let ipProtocol = try e.ipProtocol("protocol")
            let action: AclAction = try e.requiredEnumeration("action", "network ACL action")
            return NetworkAcl.Entry(number: number, egress: direction == "outbound", ipProtocol: ipProtocol,
                                    ports: try e.ports("ports", for: ipProtocol),
                                    cidr: try e.cidr(try e.required("cidr"), at: e.location(of: "cidr")),
                                    allow: action == .allow)
        }
    }

    /// A VPC has one main route table; which one routes unlisted subnets would otherwise be a guess.
    static func twoMainTables(vpc: String, _ first: RouteTable, _ second: RouteTable) -> LoadError {
        let place = second.location.map { "\($0): " } ?? ""
        let firstPlace = first.location.map { " (at \($0))" } ?? ""
        return LoadError(.malformed, "\(place)VPC '\(vpc)' has two main route tables, '\(first.id)'\(firstPlace) and '\(second.id)'; a VPC has exactly one")
    }

    /// A VPC has one default network ACL, for the same reason.
    static func twoDefaultAcls(vpc: String, _ first: NetworkAcl, _ second: NetworkAcl) -> LoadError {
        let place = second.location.map { "\($0): " } ?? ""
        let firstPlace = first.location.map { " (at \($0))" } ?? ""
        return LoadError(.malformed, "\(place)VPC '\(vpc)' has two default network ACLs, '\(first.id)'\(firstPlace) and '\(second.id)'; a VPC has exactly one")
    }
}

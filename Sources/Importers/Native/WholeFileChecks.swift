import Topology

/// Checks that need an element the file defines further down, run once the whole file is
/// read: the type of gateway or connection a reference names, what a transit gateway route
/// table may name, and the VPC of a security group an element uses. A target in another
/// source is checked after merging, by kind only.
enum WholeFileChecks {
    /// Throws the first inconsistency found, at the place the reference was written.
    static func check(_ arch: Architecture) throws {
        let gateways = Dictionary(arch.gateways.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let connections = Dictionary(arch.connections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for ref in arch.references {
            switch (ref.fromKind, ref.field) {
            case (.connection, "vpnGateway"): try expect(ref, gateways[ref.target]?.type, .virtualPrivate, "gateway")
            case (.connection, "customerGateway"): try expect(ref, gateways[ref.target]?.type, .customer, "gateway")
            case (.transitGatewayRouteTable, "transitGateway"):
                try expect(ref, connections[ref.target]?.type, .transitGateway, "connection")
            default: continue
            }
        }
        try transitGatewayRouteTables(arch)
        try securityGroupVpcs(arch)
    }

    private static func expect<T: RawRepresentable>(_ ref: Reference, _ found: T?, _ wanted: T, _ noun: String) throws
    where T.RawValue == String, T: Equatable {
        guard let found, found != wanted else { return }
        throw LoadError(.malformed, "\(place(ref))\(ref.fromKind.noun) '\(ref.fromId)' field \(ref.field): '\(ref.target)' is \(found.rawValue.article) \(found.rawValue) \(noun), not \(wanted.rawValue.article) \(wanted.rawValue) \(noun)")
    }

    /// A transit gateway route table names only what its gateway attaches, and an attachment
    /// is associated with one route table of its gateway.
    private static func transitGatewayRouteTables(_ arch: Architecture) throws {
        var attached: [String: Set<String>] = [:]
        for c in arch.connections where c.type == .transitGateway { attached[c.id, default: []].formUnion(c.attachments) }
        // The other spellings of an attachment (README: connection types): a VPN or Direct
        // Connect listing the gateway, a peering naming it as an end.
        for c in arch.connections {
            let gateways: [String]
            switch c.type {
            case .vpn, .directConnect: gateways = c.attachments
            case .transitGatewayPeering: gateways = c.between
            case .vpcPeering, .transitGateway: gateways = []
            }
            for g in gateways where attached[g] != nil { attached[g]!.insert(c.id) }
        }
        let gatewayOf = Dictionary(arch.transitGatewayRouteTables.map { ($0.id, $0.transitGateway) }, uniquingKeysWith: { a, _ in a })
        let verbs = ["associations": "associates", "propagations": "takes routes propagated from", "target": "routes to"]
        var associated: [String: String] = [:]
        for ref in arch.references where ref.fromKind == .transitGatewayRouteTable {
            guard let verb = verbs[ref.field], let tgw = gatewayOf[ref.fromId], let members = attached[tgw] else { continue }
            guard members.contains(ref.target) else {
                throw LoadError(.malformed, "\(place(ref))transit gateway route table '\(ref.fromId)' \(verb) '\(ref.target)', which transit gateway '\(tgw)' does not attach; add it to the gateway's 'attachments'")
            }
            guard ref.field == "associations" else { continue }
            if let other = associated[tgw + "|" + ref.target], other != ref.fromId {
                throw LoadError(.malformed, "\(place(ref))transit gateway route table '\(ref.fromId)' associates '\(ref.target)', already associated with '\(other)'; an attachment is associated with one route table")
            }
            associated[tgw + "|" + ref.target] = ref.fromId
        }
    }

    /// A security group applies only in its own VPC: an instance, interface or load balancer
    /// cannot use one of another VPC.
    private static func securityGroupVpcs(_ arch: Architecture) throws {
        let groupVpc = Dictionary(arch.securityGroups.map { ($0.id, $0.vpc) }, uniquingKeysWith: { a, _ in a })
        var ownerVpc: [String: String] = [:]
        for n in arch.instances where !n.vpc.isEmpty { ownerVpc[n.id] = n.vpc }
        for n in arch.networkInterfaces where !n.vpc.isEmpty { ownerVpc[n.id] = n.vpc }
        for lb in arch.loadBalancers { ownerVpc[lb.id] = lb.vpc }
        for ref in arch.references where ref.field == "securityGroups" {
            guard let vpc = ownerVpc[ref.fromId], let other = groupVpc[ref.target], other != vpc else { continue }
            throw LoadError(.malformed, "\(place(ref))\(ref.fromKind.noun) '\(ref.fromId)' is in VPC '\(vpc)', but its security group '\(ref.target)' belongs to VPC '\(other)'; a group applies only in its own VPC")
        }
    }

    private static func place(_ ref: Reference) -> String { ref.location.map { "\($0): " } ?? "" }
}

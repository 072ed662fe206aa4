import Topology
import Yams

/// The gateways routes point at and VPNs end on, and the prefix lists routes and rules name.
extension NativeDecoder {
    /// The keys that mean something for one type of gateway; the rest are refused, because a
    /// file that gives an internet gateway an ASN has mistaken what it describes.
    static func gatewayKeys(_ type: GatewayType) -> (keys: [String], what: String) {
        switch type {
        case .internet: return (["vpc"], "it attaches to one VPC")
        case .egressOnlyInternet: return (["vpc"], "it attaches to one VPC, for IPv6")
        case .nat: return (["vpc", "subnet", "connectivity", "availabilityMode", "publicIp", "privateIp"],
                           "it lives in a VPC (a zonal one in a subnet)")
        case .virtualPrivate: return (["vpc", "asn"], "the AWS end of a VPN or Direct Connect on one VPC")
        case .customer: return (["publicIp", "privateIp", "asn"], "the on-premises end of a VPN, in no VPC")
        }
    }

    static let gatewayTypedKeys = ["vpc", "subnet", "connectivity", "availabilityMode", "publicIp", "privateIp", "asn"]

    mutating func gateway(_ node: Node) throws {
        let f = try fields(node, .gateway, keys: ["id", "name", "type", "state"] + Self.gatewayTypedKeys)
        let id = try f.required("id")
        let f2 = f.named("gateway '\(id)'")
        let type: GatewayType = try f2.requiredEnumeration("type", "gateway type")
        let accepted = Self.gatewayKeys(type)
        for key in Self.gatewayTypedKeys where f2.has(key) && !accepted.keys.contains(key) {
            throw LoadError.at(f2.location(of: key), "'\(key)' does not apply to \(type.rawValue.article) \(type.rawValue) gateway (\(accepted.what)); it takes: \(accepted.keys.joined(separator: ", "))")
        }
        if type == .nat, !f2.has("vpc") {
            throw LoadError.at(f2.location(of: "vpc"), "nat gateway '\(id)' needs 'vpc', the VPC it lives in")
        }
        let vpc = try refer(.gateway, id, "vpc", f2, to: [.vpc])
        let subnet = try refer(.gateway, id, "subnet", f2, to: [.subnet])
        var connectivity: NatConnectivity?, mode: NatAvailabilityMode?
        if type == .nat {
            connectivity = try f2.enumeration("connectivity", "NAT connectivity") ?? .public
            mode = try f2.enumeration("availabilityMode", "NAT availability mode") ?? .zonal
            try checkNat(id, f2, connectivity: connectivity!, mode: mode!, vpc: vpc, subnet: subnet)
        }
        arch.gateways.append(Gateway(
            id: id, name: try f2.string("name") ?? id, type: type, vpc: vpc, subnet: subnet, connectivity: connectivity,
            availabilityMode: mode, publicIp: try f2.publicIpv4("publicIp"), privateIp: try f2.ipv4("privateIp"),
            asn: try asn(f2), state: try f2.string("state") ?? "available", location: f.location(of: "id")))
    }

    /// A zonal NAT gateway sits in one subnet of its VPC; a regional one spans the VPC's zones
    /// and has none. A private one has no Elastic IP.
    private func checkNat(_ id: String, _ f: YAMLFields, connectivity: NatConnectivity, mode: NatAvailabilityMode,
                          vpc: String?, subnet: String?) throws {
        switch (mode, subnet) {
        case (.zonal, nil):
            throw LoadError.at(f.location(of: "subnet"), "zonal nat gateway '\(id)' needs 'subnet', the subnet it lives in (or availabilityMode: regional)")
        case (.regional, .some):
            throw LoadError.at(f.location(of: "subnet"), "regional nat gateway '\(id)' spans every zone of its VPC; leave 'subnet' out")
        case (.zonal, .some(let subnet)):
            guard let s = subnetsById[subnet] else { break }
            if let vpc, s.vpc != vpc {
                throw LoadError.at(f.location(of: "subnet"), "nat gateway '\(id)' is in VPC '\(vpc)', but its subnet '\(subnet)' is in VPC '\(s.vpc)'")
            }
            if let ip = try f.ipv4("privateIp"), let problem = SubnetAddresses.problem(ip, in: s) {
                throw LoadError.at(f.location(of: "privateIp"), "nat gateway '\(id)' has private IP \(ip), \(problem)")
            }
        case (.regional, nil):
            break
        }
        if connectivity == .private, f.has("publicIp") {
            throw LoadError.at(f.location(of: "publicIp"), "private nat gateway '\(id)' has no Elastic IP: it translates to its private address only; leave 'publicIp' out or make it connectivity: public")
        }
    }

    /// A BGP ASN: 1-4294967294 (AWS accepts 2-byte and 4-byte private and public ASNs).
    private func asn(_ f: YAMLFields) throws -> Int? {
        guard let text = try f.string("asn") else { return nil }
        guard let value = Int(text), (1...4_294_967_294).contains(value) else {
            throw LoadError.at(f.location(of: "asn"), "'asn' in \(f.what) is '\(text)'; a BGP ASN is a number 1-4294967294")
        }
        return value
    }

    mutating func prefixList(_ node: Node) throws {
        let f = try fields(node, .prefixList, keys: ["id", "name", "cidrs", "awsService"])
        let id = try f.required("id")
        let f2 = f.named("prefix list '\(id)'")
        arch.prefixLists.append(PrefixList(id: id, name: try f2.string("name") ?? id, cidrs: try f2.cidrs("cidrs"),
                                           awsService: try f2.string("awsService"), location: f.location(of: "id")))
    }
}

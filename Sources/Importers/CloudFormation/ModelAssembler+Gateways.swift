import Topology

/// Internet, egress-only, virtual private, customer and NAT gateways, the attachments that
/// put internet and virtual private gateways on a VPC, and the Elastic IPs NAT gateways use.
extension ModelAssembler {
    mutating func addGateways() throws(LoadError) {
        for p in all(ResourceType.internetGateway) { addGateway(Gateway(id: p.elementId, name: p.name, type: .internet, location: p.place)) }
        for p in all(ResourceType.egressOnlyInternetGateway) {
            let vpc = try vpc("VpcId", of: p, kind: .gateway)
            addGateway(Gateway(id: p.elementId, name: p.name, type: .egressOnlyInternet, vpc: vpc, location: p.place))
        }
        for p in all(ResourceType.vpnGateway) {
            addGateway(Gateway(id: p.elementId, name: p.name, type: .virtualPrivate, asn: try asn(p, "AmazonSideAsn"),
                               location: p.place))
        }
        for p in all(ResourceType.customerGateway) {
            let address = try p.ipv4("IpAddress")
            addGateway(Gateway(id: p.elementId, name: p.name, type: .customer,
                               publicIp: address?.isPrivate == false ? address : nil,
                               privateIp: address?.isPrivate == true ? address : nil,
                               asn: try asn(p, p.has("BgpAsnExtended") ? "BgpAsnExtended" : "BgpAsn"), location: p.place))
        }
        for p in all(ResourceType.gatewayAttachment) { try attach(p) }
        for p in all(ResourceType.eip) {
            if let address = try p.ipv4("Address") { eipAddress[p.elementId] = address }
        }
        for p in all(ResourceType.natGateway) { try addNatGateway(p) }
    }

    private mutating func addGateway(_ gateway: Gateway) {
        gatewayAt[gateway.id] = arch.gateways.count
        arch.gateways.append(gateway)
    }

    /// `AWS::EC2::VPCGatewayAttachment`: an internet or virtual private gateway on a VPC.
    private mutating func attach(_ p: ResourceProperties) throws(LoadError) {
        let key = p.has("InternetGatewayId") ? "InternetGatewayId" : "VpnGatewayId"
        guard p.has(key) else { throw LoadError.at(p.place, "\(p.what) needs 'InternetGatewayId' or 'VpnGatewayId'") }
        let types = key == "InternetGatewayId" ? [ResourceType.internetGateway] : [ResourceType.vpnGateway]
        guard let gateway = try owned(key, of: p, accepts: types, in: gatewayAt, placeholder: { _, _ in }),
              let at = gatewayAt[gateway], let vpc = try vpc("VpcId", of: p, kind: .gateway) else { return }
        if let other = arch.gateways[at].vpc, other != vpc {
            throw LoadError.at(p.place(of: "VpcId"), "\(p.what) attaches '\(gateway)' to '\(vpc)', but it is already attached to '\(other)'; a gateway attaches to one VPC")
        }
        arch.gateways[at].vpc = vpc
    }

    private mutating func addNatGateway(_ p: ResourceProperties) throws(LoadError) {
        let connectivity: NatConnectivity = try enumeration(p, "ConnectivityType") ?? .public
        let mode: NatAvailabilityMode = try enumeration(p, "AvailabilityMode") ?? .zonal
        var subnet: String?
        var vpc = try self.vpc("VpcId", of: p, kind: .gateway)
        if let value = p["SubnetId"] {
            let id = try self.subnet(value, "SubnetId", of: p, kind: .gateway, vpc: vpc)
            subnet = id
            vpc = vpc ?? self.vpc(ofSubnet: id)
        }
        if mode == .zonal, subnet == nil { throw LoadError.at(p.place, "\(p.what) needs 'SubnetId' (or AvailabilityMode: regional with 'VpcId')") }
        var publicIp: IPv4Address?
        if let allocation = p["AllocationId"], case .resource(let eip) = allocation.shape { publicIp = eipAddress[eip] }
        addGateway(Gateway(id: p.elementId, name: p.name, type: .nat, vpc: vpc, subnet: mode == .zonal ? subnet : nil,
                           connectivity: connectivity, availabilityMode: mode, publicIp: publicIp,
                           privateIp: try p.ipv4("PrivateIpAddress"), location: p.place))
    }

    /// A BGP ASN, 1-4294967294.
    private func asn(_ p: ResourceProperties, _ key: String) throws(LoadError) -> Int? {
        guard let value = try p.int(key) else { return nil }
        guard (1...4_294_967_294).contains(value) else {
            throw LoadError.at(p.place(of: key), "\(key) of \(p.what) is \(value); a BGP ASN is 1-4294967294")
        }
        return value
    }

    /// One value of a closed set, in AWS's spelling (`private`, `regional`).
    func enumeration<T: RawRepresentable & CaseIterable>(_ p: ResourceProperties, _ key: String) throws(LoadError) -> T?
    where T.RawValue == String {
        guard let text = try p.text(key), !(p[key]?.isSymbolic ?? false) else { return nil }
        if let value = T(rawValue: text) ?? T(rawValue: SnapshotNames.kebab(text)) { return value }
        let valid = T.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: text, in: valid).map { " (did you mean '\($0)'?)" } ?? ""
        throw LoadError.at(p.place(of: key), "\(key) of \(p.what) is '\(text)'\(hint); expected one of: \(valid.joined(separator: ", "))")
    }
}

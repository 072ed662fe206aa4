import Topology

/// `describe-internet-gateways`, `describe-egress-only-internet-gateways`,
/// `describe-nat-gateways`, `describe-vpn-gateways`, `describe-customer-gateways` and
/// `describe-vpn-connections`. Gateways and connections already deleted stay listed for a
/// while; they are left out, as they carry nothing.
extension SnapshotDecoder {
    /// An internet or egress-only internet gateway and the VPC it is attached to.
    mutating func internetGateway(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin, type: GatewayType) throws(LoadError) {
        var g = Gateway(id: "", name: "", type: type, state: "detached", location: origin.location)
        var name: String?
        while let key = try r.nextKey() {
            switch key {
            case "InternetGatewayId", "EgressOnlyInternetGatewayId": g.id = try r.string()
            case "Attachments":
                if let (vpc, state) = try vpcAttachment(&r, vpcKey: "VpcId") { g.vpc = vpc; g.state = state }
            case "Tags": name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(g.id, type == .internet ? "InternetGatewayId" : "EgressOnlyInternetGatewayId", origin)
        add(g, name: name, origin)
    }

    /// The first VPC in a list of attachments that is attached or attaching, and its state.
    private func vpcAttachment(_ r: inout JSONPullReader, vpcKey: StaticString) throws(LoadError) -> (String, String)? {
        if try r.skipNull() { return nil }
        var found: (String, String)?
        try r.beginArray()
        while try r.nextElement() {
            var vpc: String?, state: String?
            try r.beginObject()
            while let key = try r.nextKey() {
                if key == vpcKey { vpc = try r.optionalString() } else if key == "State" { state = try r.optionalString() } else { try r.skipValue() }
            }
            let attached = !["detaching", "detached"].contains(state ?? "")
            if found == nil, attached, let vpc { found = (vpc, state ?? "attached") }
        }
        return found
    }

    mutating func natGateway(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var g = Gateway(id: "", name: "", type: .nat, connectivity: .public, availabilityMode: .zonal, location: origin.location)
        var name: String?
        while let key = try r.nextKey() {
            switch key {
            case "NatGatewayId": g.id = try r.string()
            case "VpcId": g.vpc = try r.optionalString()
            case "SubnetId": g.subnet = try r.optionalString()
            case "ConnectivityType": g.connectivity = try r.optionalEnumeration("NAT gateway connectivity type") ?? g.connectivity
            case "AvailabilityMode": g.availabilityMode = try r.optionalEnumeration("NAT gateway availability mode") ?? g.availabilityMode
            case "NatGatewayAddresses":
                (g.publicIp, g.privateIp) = try natAddresses(&r)
            case "State": g.state = try r.optionalString() ?? g.state
            case "Tags": name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(g.id, "NatGatewayId", origin)
        try r.require(g.vpc ?? "", "VpcId", origin)
        if g.state != "deleted" { add(g, name: name, origin) }
    }

    /// The primary (else first) public and private address of a NAT gateway.
    private func natAddresses(_ r: inout JSONPullReader) throws(LoadError) -> (IPv4Address?, IPv4Address?) {
        if try r.skipNull() { return (nil, nil) }
        var chosen: (IPv4Address?, IPv4Address?)?, first: (IPv4Address?, IPv4Address?)?
        try r.beginArray()
        while try r.nextElement() {
            var publicIp: IPv4Address?, privateIp: IPv4Address?, primary = false
            try r.beginObject()
            while let key = try r.nextKey() {
                switch key {
                case "PublicIp": publicIp = try r.ipv4()
                case "PrivateIp": privateIp = try r.ipv4()
                case "IsPrimary": primary = try r.bool() ?? false
                default: try r.skipValue()
                }
            }
            if first == nil { first = (publicIp, privateIp) }
            if primary, chosen == nil { chosen = (publicIp, privateIp) }
        }
        return chosen ?? first ?? (nil, nil)
    }

    mutating func vpnGateway(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var g = Gateway(id: "", name: "", type: .virtualPrivate, location: origin.location)
        var name: String?
        while let key = try r.nextKey() {
            switch key {
            case "VpnGatewayId": g.id = try r.string()
            case "VpcAttachments": g.vpc = try vpcAttachment(&r, vpcKey: "VpcId")?.0
            case "AmazonSideAsn": g.asn = try r.integer()
            case "State": g.state = try r.optionalString() ?? g.state
            case "Tags": name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(g.id, "VpnGatewayId", origin)
        if g.state != "deleted" { add(g, name: name, origin) }
    }

    mutating func customerGateway(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var g = Gateway(id: "", name: "", type: .customer, location: origin.location)
        var name: String?
        while let key = try r.nextKey() {
            switch key {
            case "CustomerGatewayId": g.id = try r.string()
            case "IpAddress": g.publicIp = try r.ipv4()
            case "BgpAsn": g.asn = try r.integer()
            case "State": g.state = try r.optionalString() ?? g.state
            case "Tags": name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(g.id, "CustomerGatewayId", origin)
        if g.state != "deleted" { add(g, name: name, origin) }
    }

    private mutating func add(_ g: Gateway, name: String?, _ origin: SnapshotRecords.Origin) {
        var g = g
        g.name = SnapshotNames.display(name, g.id)
        records.gateways.append(.init(origin: origin, element: g))
    }

    mutating func vpnConnection(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var v = SnapshotRecords.VpnRecord(origin: origin)
        while let key = try r.nextKey() {
            switch key {
            case "VpnConnectionId": v.id = try r.string()
            case "VpnGatewayId": v.vpnGateway = try r.optionalString()
            case "TransitGatewayId": v.transitGateway = try r.optionalString()
            case "CustomerGatewayId": v.customerGateway = try r.optionalString()
            case "Routes": v.staticRoutes = try staticRoutes(&r)
            case "State": v.state = try r.optionalEnumeration("VPN connection state") ?? v.state
            case "Tags": v.name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(v.id, "VpnConnectionId", origin)
        if v.state != .deleted { records.vpnConnections.append(v) }
    }

    /// A VPN's static routes, leaving out those being deleted.
    private func staticRoutes(_ r: inout JSONPullReader) throws(LoadError) -> [CIDR] {
        if try r.skipNull() { return [] }
        var out: [CIDR] = []
        try r.beginArray()
        while try r.nextElement() {
            var cidr: CIDR?, state: String?
            try r.beginObject()
            while let key = try r.nextKey() {
                switch key {
                case "DestinationCidrBlock": cidr = try r.cidr()
                case "State": state = try r.optionalString()
                default: try r.skipValue()
                }
            }
            if let cidr, !["deleting", "deleted"].contains(state ?? "") { out.append(cidr) }
        }
        return out
    }
}

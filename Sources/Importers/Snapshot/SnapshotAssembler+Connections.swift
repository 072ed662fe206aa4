import Topology

/// VPC peering connections, transit gateways and what attaches to them: VPCs (with the
/// subnets each attachment has an interface in), VPNs, Direct Connect gateways and
/// peerings with other transit gateways.
extension SnapshotAssembler {
    /// Attachment states in which the attachment is gone or never was.
    static let endedStates: Set<ConnectionState> = [.deleted, .rejected, .failed]

    mutating func addPeerings() throws(LoadError) {
        for p in records.peerings where isNew(p.id) {
            for side in [p.requester, p.accepter] {
                try ensureVpc(side.vpc, account: side.owner, region: side.region, cidrs: side.cidrs, for: p.origin)
            }
            let region = p.requester.region ?? arch.vpcs[vpcAt[p.requester.vpc]!].region
            connectionAt[p.id] = arch.connections.count
            arch.connections.append(Connection(
                id: p.id, name: SnapshotNames.display(p.name, p.id), type: .vpcPeering,
                between: [p.requester.vpc, p.accepter.vpc], region: region, state: p.state, location: p.origin.location))
        }
    }

    mutating func addTransitGateways() {
        for t in records.transitGateways where isNew(t.id) {
            connectionAt[t.id] = arch.connections.count
            arch.connections.append(Connection(
                id: t.id, name: SnapshotNames.display(t.name, t.id), type: .transitGateway,
                region: t.arn.flatMap(SnapshotNames.region(ofARN:)) ?? region(of: t.origin), state: t.state,
                location: t.origin.location))
        }
    }

    /// Each attachment becomes a member of its transit gateway; VPNs, Direct Connect
    /// gateways and peerings become connections of their own, as in the native format.
    mutating func addAttachments() throws(LoadError) {
        var done: Set<String> = []
        for a in records.attachments where !Self.endedStates.contains(a.state) {
            guard let resource = a.resourceId, done.insert(a.id + " " + a.transitGateway).inserted else { continue }
            let gateway = ensureTransitGateway(a.transitGateway, region: region(of: a.origin))
            let region = arch.connections[gateway].region ?? self.region(of: a.origin)
            let name = SnapshotNames.display(a.name, a.id)
            switch a.resourceType {
            case "vpc":
                try ensureVpc(resource, account: a.resourceOwner, region: region, for: a.origin)
                attach(resource, to: gateway)
            case "vpn":
                ensureConnection(Connection(id: resource, name: SnapshotNames.display(a.name, resource), type: .vpn,
                                            region: region, state: a.state))
                attach(resource, to: gateway)
            case "direct-connect-gateway":
                ensureConnection(Connection(id: resource, name: SnapshotNames.display(a.name, resource),
                                            type: .directConnect, region: region, state: a.state))
                attach(resource, to: gateway)
            case "peering":
                // Both sides list the peering under one attachment id; the resource is the other gateway.
                ensureConnection(Connection(id: a.id, name: name, type: .transitGatewayPeering,
                                            between: [a.transitGateway, resource], region: region, state: a.state,
                                            location: a.origin.location))
                attach(a.id, to: gateway)
                attach(a.id, to: ensureTransitGateway(resource, region: nil))
            default:
                // Connect (GRE over another attachment), Cloud WAN and Client VPN attachments
                // have no element kind in linkscope yet.
                continue
            }
        }
    }

    /// Site-to-Site VPNs, before the transit gateway attachments that may also name them:
    /// on a virtual private gateway a VPN ends on that gateway's VPC; on a transit gateway
    /// it is one of the gateway's attachments.
    mutating func addVpnConnections() throws(LoadError) {
        var vpcOfGateway: [String: String] = [:]
        for g in records.gateways where g.element.type == .virtualPrivate { vpcOfGateway[g.element.id] = g.element.vpc }
        for v in records.vpnConnections where isNew(v.id) {
            let vpc = v.vpnGateway.flatMap { vpcOfGateway[$0] }
            if let vpc { try ensureVpc(vpc, account: nil, region: nil, for: v.origin) }
            connectionAt[v.id] = arch.connections.count
            arch.connections.append(Connection(
                id: v.id, name: SnapshotNames.display(v.name, v.id), type: .vpn, between: vpc.map { [$0] } ?? [],
                vpnGateway: v.vpnGateway, customerGateway: v.customerGateway, staticRoutes: v.staticRoutes,
                region: region(of: v.origin), state: v.state, location: v.origin.location))
            if let tgw = v.transitGateway { attach(v.id, to: ensureTransitGateway(tgw, region: region(of: v.origin))) }
        }
    }

    /// VPC attachments in detail: the subnets traffic enters and leaves the VPC by, and
    /// appliance mode. A gateway that has any gets both fields, so none there means none.
    mutating func addVpcAttachments() throws(LoadError) {
        for a in records.vpcAttachments where !Self.endedStates.contains(a.state) {
            let gateway = ensureTransitGateway(a.transitGateway, region: region(of: a.origin))
            try ensureVpc(a.vpc, account: a.owner, region: arch.connections[gateway].region ?? region(of: a.origin), for: a.origin)
            attach(a.vpc, to: gateway)
            arch.connections[gateway].attachmentSubnets = (arch.connections[gateway].attachmentSubnets ?? [:])
                .merging([a.vpc: a.subnets]) { _, new in new }
            var appliance = arch.connections[gateway].applianceMode ?? []
            if a.applianceMode, !appliance.contains(a.vpc) { appliance.append(a.vpc) }
            arch.connections[gateway].applianceMode = appliance
        }
    }

    /// The position of a transit gateway, adding one known only from an attachment.
    mutating func ensureTransitGateway(_ id: String, region: String?) -> Int {
        if let at = connectionAt[id] { return at }
        ensureConnection(Connection(id: id, name: id, type: .transitGateway, region: region, state: .available))
        return connectionAt[id]!
    }

    private mutating func ensureConnection(_ connection: Connection) {
        guard connectionAt[connection.id] == nil else { return }
        seen.insert(connection.id)
        connectionAt[connection.id] = arch.connections.count
        arch.connections.append(connection)
    }

    mutating func attach(_ member: String, to gateway: Int) {
        if !arch.connections[gateway].attachments.contains(member) { arch.connections[gateway].attachments.append(member) }
    }
}

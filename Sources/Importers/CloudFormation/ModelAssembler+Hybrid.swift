import Topology

/// Site-to-Site VPN connections (on a virtual private gateway or a transit gateway) with
/// their static routes, and Direct Connect connections, which reach a VPC through a private
/// virtual interface on its virtual private gateway.
extension ModelAssembler {
    mutating func addHybridLinks() throws(LoadError) {
        for p in all(ResourceType.vpnConnection) {
            var vpnGateway: String?
            var between: [String] = []
            if let value = p["VpnGatewayId"] {
                let (id, _) = try target(value, "VpnGatewayId", of: p, accepts: [ResourceType.vpnGateway])
                record(.connection, p.elementId, "vpnGateway", id, [.gateway], at: value.place)
                vpnGateway = id
                if let vpc = gatewayAt[id].flatMap({ arch.gateways[$0].vpc }) { between = [vpc] }
            }
            var customerGateway: String?
            if let value = p["CustomerGatewayId"] {
                let (id, _) = try target(value, "CustomerGatewayId", of: p, accepts: [ResourceType.customerGateway])
                record(.connection, p.elementId, "customerGateway", id, [.gateway], at: value.place)
                customerGateway = id
            }
            if vpnGateway == nil, !p.has("TransitGatewayId") {
                throw LoadError.at(p.place, "\(p.what) needs 'VpnGatewayId' or 'TransitGatewayId'")
            }
            addConnection(Connection(id: p.elementId, name: p.name, type: .vpn, between: between, vpnGateway: vpnGateway,
                                     customerGateway: customerGateway, region: region, location: p.place))
            if let gateway = try transitGateway("TransitGatewayId", of: p), let at = connectionAt[gateway] {
                arch.connections[at].attachments.append(p.elementId)
            }
        }
        for p in all(ResourceType.vpnConnectionRoute) {
            guard let vpn = try owned("VpnConnectionId", of: p, accepts: [ResourceType.vpnConnection], in: connectionAt,
                                      placeholder: { _, _ in }),
                  let at = connectionAt[vpn], let cidr = try p.cidr("DestinationCidrBlock") else { continue }
            arch.connections[at].staticRoutes.append(cidr)
        }
        for p in all(ResourceType.directConnectConnection) {
            let name = p.name == p.resource.logicalId ? (try p.text("ConnectionName") ?? p.name) : p.name
            addConnection(Connection(id: p.elementId, name: name, type: .directConnect, region: region, location: p.place))
        }
        for p in all(ResourceType.privateVirtualInterface) {
            guard let connection = try owned("ConnectionId", of: p, accepts: [ResourceType.directConnectConnection],
                                             in: connectionAt, placeholder: { _, _ in }),
                  let at = connectionAt[connection], let value = p["VirtualGatewayId"] else { continue }
            let (gateway, _) = try target(value, "VirtualGatewayId", of: p, accepts: [ResourceType.vpnGateway])
            if let vpc = gatewayAt[gateway].flatMap({ arch.gateways[$0].vpc }), !arch.connections[at].between.contains(vpc) {
                arch.connections[at].between.append(vpc)
            }
        }
    }
}

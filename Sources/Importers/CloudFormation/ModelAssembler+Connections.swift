import Topology

/// VPC peerings, transit gateways with their VPC attachments (subnets, appliance mode) and
/// transit gateway peerings. An attachment is not an element: the model names it by what
/// it attaches (the VPC id, or the peering connection's id).
extension ModelAssembler {
    mutating func addConnections() throws(LoadError) {
        for p in all(ResourceType.vpcPeeringConnection) {
            var ends: [String] = []
            for key in ["VpcId", "PeerVpcId"] {
                guard let vpc = try vpc(key, of: p, kind: .connection) else { throw LoadError.at(p.place, "\(p.what) needs '\(key)'") }
                ends.append(vpc)
            }
            addConnection(Connection(id: p.elementId, name: p.name, type: .vpcPeering, between: ends, region: region,
                                     location: p.place))
        }
        for p in all(ResourceType.transitGateway) {
            addConnection(Connection(id: p.elementId, name: p.name, type: .transitGateway, applianceMode: [],
                                     attachmentSubnets: [:], region: region, location: p.place))
        }
        for p in all(ResourceType.transitGatewayAttachment, ResourceType.transitGatewayVpcAttachment) {
            try addAttachment(p)
        }
        for p in all(ResourceType.transitGatewayPeeringAttachment) {
            var ends: [String] = []
            for key in ["TransitGatewayId", "PeerTransitGatewayId"] {
                guard let gateway = try transitGateway(key, of: p) else { throw LoadError.at(p.place, "\(p.what) needs '\(key)'") }
                ends.append(gateway)
            }
            addConnection(Connection(id: p.elementId, name: p.name, type: .transitGatewayPeering, between: ends,
                                     region: region, location: p.place))
            attachedBy[p.elementId] = p.elementId
            if let at = connectionAt[ends[0]] { arch.connections[at].attachments.append(p.elementId) }
        }
    }

    mutating func addConnection(_ connection: Connection) {
        connectionAt[connection.id] = arch.connections.count
        arch.connections.append(connection)
    }

    /// The transit gateway `key` names, with a placeholder for a symbolic one.
    mutating func transitGateway(_ key: String, of p: ResourceProperties) throws(LoadError) -> String? {
        guard let value = p[key] else { return nil }
        let (id, origin) = try target(value, key, of: p, accepts: [ResourceType.transitGateway])
        if origin == .symbolic { placeholderTransitGateway(id) }
        record(.connection, p.elementId, key, id, [.connection], at: value.place)
        return id
    }

    /// A VPC attachment: the VPC joins the gateway's attachments, with its subnets and
    /// appliance mode.
    private mutating func addAttachment(_ p: ResourceProperties) throws(LoadError) {
        guard let gateway = try owned("TransitGatewayId", of: p, accepts: [ResourceType.transitGateway], in: connectionAt,
                                      placeholder: { $0.placeholderTransitGateway($1) }),
              let at = connectionAt[gateway] else { return }
        guard let vpc = try vpc("VpcId", of: p, kind: .connection) else { throw LoadError.at(p.place, "\(p.what) needs 'VpcId'") }
        attachedBy[p.elementId] = vpc
        let subnets = try self.subnets("SubnetIds", of: p, kind: .connection, vpc: vpc)
        for subnet in subnets where self.vpc(ofSubnet: subnet).map({ $0 != vpc }) ?? false {
            throw LoadError.at(p.place(of: "SubnetIds"), "\(p.what) attaches '\(vpc)' through subnet '\(subnet)', which is in VPC '\(self.vpc(ofSubnet: subnet)!)'")
        }
        guard associated.updateValue(p.elementId, forKey: "attachment \(gateway) \(vpc)") == nil else {
            throw LoadError.at(p.place, "\(p.what) attaches '\(vpc)' to '\(gateway)' a second time; a VPC has one attachment per transit gateway")
        }
        arch.connections[at].attachments.append(vpc)
        arch.connections[at].attachmentSubnets?[vpc] = subnets
        if let options = p["Options"], options["ApplianceModeSupport"]?.flatText == "enable" {
            arch.connections[at].applianceMode?.append(vpc)
        }
    }
}

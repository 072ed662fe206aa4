import Topology

/// Transit gateway route tables: associations, propagations and static or blackhole
/// routes, each naming an attachment by what it attaches. A gateway's default route table
/// (which AWS creates unless `DefaultRouteTableAssociation` is off) is not described by
/// any template, so the model does not hold it.
extension ModelAssembler {
    mutating func addTransitGatewayRouteTables() throws(LoadError) {
        for p in all(ResourceType.transitGatewayRouteTable) {
            guard let gateway = try transitGateway("TransitGatewayId", of: p) else {
                throw LoadError.at(p.place, "\(p.what) needs 'TransitGatewayId'")
            }
            tgwRouteTableAt[p.elementId] = arch.transitGatewayRouteTables.count
            arch.transitGatewayRouteTables.append(TransitGatewayRouteTable(id: p.elementId, name: p.name,
                                                                           transitGateway: gateway, location: p.place))
        }
        for (type, propagation) in [(ResourceType.transitGatewayRouteTableAssociation, false),
                                    (ResourceType.transitGatewayRouteTablePropagation, true)] {
            for p in all(type) {
                guard let at = try routeTable(p), let attachment = try attachment(p) else { continue }
                if propagation {
                    arch.transitGatewayRouteTables[at].propagations.append(attachment)
                } else {
                    let table = arch.transitGatewayRouteTables[at]
                    let key = "tgw \(table.transitGateway) \(attachment)"
                    if let other = associated[key] {
                        throw LoadError.at(p.place, "\(p.what) associates '\(attachment)', already associated with '\(other)'; an attachment is associated with one route table")
                    }
                    associated[key] = table.id
                    arch.transitGatewayRouteTables[at].associations.append(attachment)
                }
            }
        }
        for p in all(ResourceType.transitGatewayRoute) {
            guard let at = try routeTable(p) else { continue }
            guard let destination = try p.cidr("DestinationCidrBlock") else {
                throw LoadError.at(p.place, "\(p.what) needs 'DestinationCidrBlock'")
            }
            let blackhole = try p.bool("Blackhole") ?? false
            let target = blackhole ? nil : try attachment(p)
            if !blackhole, target == nil, !p.has("TransitGatewayAttachmentId") {
                throw LoadError.at(p.place, "\(p.what) needs 'TransitGatewayAttachmentId' or Blackhole: true")
            }
            if !blackhole, target == nil { continue }
            arch.transitGatewayRouteTables[at].routes.append(TransitGatewayRouteTable.Route(destination: destination.description,
                                                                                           target: target))
        }
    }

    private mutating func routeTable(_ p: ResourceProperties) throws(LoadError) -> Int? {
        guard let table = try owned("TransitGatewayRouteTableId", of: p, accepts: [ResourceType.transitGatewayRouteTable],
                                    in: tgwRouteTableAt, placeholder: { _, _ in }) else { return nil }
        return tgwRouteTableAt[table]
    }

    /// What the attachment `TransitGatewayAttachmentId` names attaches: a VPC or peering id.
    private func attachment(_ p: ResourceProperties) throws(LoadError) -> String? {
        guard let value = p["TransitGatewayAttachmentId"] else { return nil }
        let types = [ResourceType.transitGatewayAttachment, ResourceType.transitGatewayVpcAttachment,
                     ResourceType.transitGatewayPeeringAttachment]
        let (id, origin) = try target(value, "TransitGatewayAttachmentId", of: p, accepts: types)
        switch origin {
        case .template: return attachedBy[id]
        case .literal, .symbolic:
            stacks.warn(value.place, "\(p.what) names the attachment '\(id)', which no template among the sources defines; what it attaches is unknown, so this is not in the model")
            return nil
        }
    }
}

import Topology

extension MapGraph {
    /// The box a map centred on `element` starts at: the element's own box, else the VPC it
    /// lives in (an endpoint, a subnet), else a box it joins (a peering's first VPC).
    public func focus(for element: AnyElement, in t: NetworkModel) -> String? {
        if node(element.id) != nil { return element.id }
        switch element {
        case .account(let a): return t.vpcs(ofAccount: a.id).map(\.id).sorted().first { node($0) != nil }
        case .vpc, .subnet, .routeTable, .loadBalancer, .endpoint, .instance, .networkInterface, .securityGroup,
             .networkAcl, .gateway:
            return element.vpcID.flatMap { node($0) == nil ? nil : $0 }
        case .transitGatewayRouteTable(let t): return node(t.transitGateway) == nil ? nil : t.transitGateway
        case .connection(let c): return c.members.first { node($0) != nil }
        case .service, .network, .prefixList: return nil
        }
    }
}

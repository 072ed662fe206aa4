/// A group of elements related to another one, such as "consumers" of a service.
public struct Relation: Sendable {
    public let label: String
    public let ids: [String]
}

extension NetworkModel {
    /// What an element links to and what links to it, beyond its own fields: the parts of
    /// a VPC, the consumers of a service, the connections of a VPC, and so on.
    public func relations(of element: AnyElement) -> [Relation] {
        var out: [Relation] = []
        func add(_ label: String, _ ids: [String]) { if !ids.isEmpty { out.append(Relation(label: label, ids: ids)) } }
        switch element {
        case .vpc(let v):
            add("subnets", ids(index.subnetsOfVpc[v.id], subnets))
            add("route tables", ids(index.routeTablesOfVpc[v.id], routeTables))
            add("endpoints", ids(index.endpointsOfVpc[v.id], endpoints))
            add("load balancers", ids(index.loadBalancersOfVpc[v.id], loadBalancers))
            add("connections", connections(of: v.id).map(\.id))
            add("instances", ids(index.instancesOfVpc[v.id], instances))
            add("security groups", ids(index.securityGroupsOfVpc[v.id], securityGroups))
            add("network ACLs", ids(index.networkAclsOfVpc[v.id], networkAcls))
            add("gateways", ids(index.gatewaysOfVpc[v.id], gateways))
        case .subnet(let s):
            add("route tables", routeTables(ofVpc: s.vpc).filter { $0.subnets.contains(s.id) }.map(\.id))
            add("endpoints", endpoints(ofVpc: s.vpc).filter { $0.subnets.contains(s.id) }.map(\.id))
            add("load balancers", loadBalancers(ofVpc: s.vpc).filter { $0.subnets.contains(s.id) }.map(\.id))
            add("instances", instances(ofVpc: s.vpc).filter { $0.subnet == s.id }.map(\.id))
            if let acl = networkAcl(forSubnet: s) { add("network ACL", [acl.id]) }
            if let (table, explicit) = routeTable(forSubnet: s), !explicit { add("main route table", [table.id]) }
        case .routeTable(let r):
            add("endpoints", endpoints(ofVpc: r.vpc).filter { $0.routeTables.contains(r.id) }.map(\.id))
            add("route targets", r.routes.map(\.target).filter { ref($0) != nil })
        case .loadBalancer(let lb):
            add("endpoint services", services(behindLoadBalancer: lb.id).map(\.id))
        case .service(let s):
            add("consumers", ids(index.consumersOfService[s.id], endpoints))
        case .endpoint(let e):
            add("network interfaces", networkInterfaces(ownedBy: e.id).map(\.id))
            add("load balancers behind", loadBalancers(behind: e).map(\.id))
            if let service = e.service { add("other consumers", ids(index.consumersOfService[service], endpoints).filter { $0 != e.id }) }
        case .connection(let c):
            add("connections", connections(of: c.id).map(\.id))
            add("networks", networks(via: c.id).map(\.id))
            add("route tables", routeTables(ofTransitGateway: c.id).map(\.id))
        case .securityGroup(let g):
            add("members", members(ofSecurityGroup: g.id).map(\.id))
        case .instance(let n):
            add("network interfaces", networkInterfaces(ownedBy: n.id).map(\.id))
        case .gateway(let g):
            add("network interfaces", networkInterfaces(ownedBy: g.id).map(\.id))
        case .account, .network, .networkInterface, .networkAcl, .prefixList, .transitGatewayRouteTable:
            break
        }
        return out
    }

    /// The ids of the elements at `positions`: read in place, without copying each
    /// element (a popular AWS service has thousands of consumers, listed every frame).
    private func ids<E: ModelElement>(_ positions: [Int]?, _ elements: [E]) -> [String] {
        (positions ?? []).map { elements[$0].id }
    }
}

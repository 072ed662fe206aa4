import Topology

/// Route tables, their subnet associations and routes. CloudFormation cannot define a
/// VPC's main route table, so a subnet no association names has no route table in the
/// model (the trace then says it assumes one).
extension ModelAssembler {
    /// A route's target properties, in the order they are looked for.
    static let routeTargets = ["GatewayId", "NatGatewayId", "TransitGatewayId", "VpcPeeringConnectionId", "VpcEndpointId",
                               "InstanceId", "NetworkInterfaceId", "EgressOnlyInternetGatewayId", "CarrierGatewayId",
                               "LocalGatewayId", "CoreNetworkArn"]

    mutating func addRouteTables() throws(LoadError) {
        for p in all(ResourceType.routeTable) {
            guard let vpc = try vpc("VpcId", of: p, kind: .routeTable) else { throw LoadError.at(p.place, "\(p.what) needs 'VpcId'") }
            // Every route table routes its VPC's own ranges locally.
            let local = vpcAt[vpc].map { arch.vpcs[$0].cidrs.map { RouteTable.Route(destination: $0.description, target: "local") } } ?? []
            routeTableAt[p.elementId] = arch.routeTables.count
            arch.routeTables.append(RouteTable(id: p.elementId, name: p.name, vpc: vpc, subnets: [], routes: local,
                                               location: p.place))
        }
        for p in all(ResourceType.subnetRouteTableAssociation) {
            let subnet = try self.subnet(try p.required("SubnetId"), "SubnetId", of: p, kind: .routeTable, vpc: nil)
            let subnetVpc = vpc(ofSubnet: subnet)
            guard let table = try owned("RouteTableId", of: p, accepts: [ResourceType.routeTable], in: routeTableAt,
                                        placeholder: { $0.placeholderRouteTable($1, vpc: subnetVpc) }),
                  let at = routeTableAt[table] else { continue }
            if let other = associated["routes " + subnet], other != table {
                throw LoadError.at(p.place, "\(p.what) associates '\(subnet)' with '\(table)', but it is already associated with '\(other)'; a subnet has one route table")
            }
            associated["routes " + subnet] = table
            arch.routeTables[at].subnets.append(subnet)
        }
        for p in all(ResourceType.route) { try addRoute(p) }
    }

    private mutating func addRoute(_ p: ResourceProperties) throws(LoadError) {
        guard let table = try owned("RouteTableId", of: p, accepts: [ResourceType.routeTable], in: routeTableAt,
                                    placeholder: { $0.placeholderRouteTable($1, vpc: nil) }),
              let at = routeTableAt[table] else { return }
        let destinations = ["DestinationCidrBlock", "DestinationIpv6CidrBlock", "DestinationPrefixListId"].filter(p.has)
        guard destinations.count == 1 else {
            throw LoadError.at(p.place, "\(p.what) needs one destination: DestinationCidrBlock, DestinationIpv6CidrBlock or DestinationPrefixListId")
        }
        let key = destinations[0]
        let destination: String
        if key == "DestinationPrefixListId" {
            destination = try p.text(key)!
        } else {
            let value = try p.required(key)
            let text = try ResourceProperties.text(value, key, of: p.what)
            destination = try p.cidr(value, key)?.description ?? text
        }
        let targets = Self.routeTargets.filter(p.has)
        guard targets.count == 1, let value = p[targets[0]] else {
            throw LoadError.at(p.place, "\(p.what) needs one target (\(Self.routeTargets.joined(separator: ", "))), found \(targets.isEmpty ? "none" : targets.joined(separator: " and "))")
        }
        let target = try ResourceProperties.text(value, targets[0], of: p.what)
        if let accepted = Self.routeTargetTypes[targets[0]] { _ = try self.target(value, targets[0], of: p, accepts: accepted) }
        arch.routeTables[at].routes.append(RouteTable.Route(destination: destination, target: target))
    }

    /// The resource types each target property may name, where the model has them.
    static let routeTargetTypes: [String: [String]] = [
        "GatewayId": [ResourceType.internetGateway, ResourceType.vpnGateway],
        "NatGatewayId": [ResourceType.natGateway],
        "TransitGatewayId": [ResourceType.transitGateway],
        "VpcPeeringConnectionId": [ResourceType.vpcPeeringConnection],
        "VpcEndpointId": [ResourceType.vpcEndpoint],
        "InstanceId": [ResourceType.instance],
        "NetworkInterfaceId": [ResourceType.networkInterface],
        "EgressOnlyInternetGatewayId": [ResourceType.egressOnlyInternetGateway],
    ]
}

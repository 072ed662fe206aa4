/// The lookups a trace makes: what guards a subnet, who answers at an address, which
/// elements are in a security group. Each is a dictionary read.
extension NetworkModel {
    public func instance(_ id: String) -> Instance? {
        if case .instance(let i)? = index.byID[id] { return instances[i] }
        return nil
    }

    public func networkInterface(_ id: String) -> NetworkInterface? {
        if case .networkInterface(let i)? = index.byID[id] { return networkInterfaces[i] }
        return nil
    }

    public func securityGroup(_ id: String) -> SecurityGroup? {
        if case .securityGroup(let i)? = index.byID[id] { return securityGroups[i] }
        return nil
    }

    public func networkAcl(_ id: String) -> NetworkAcl? {
        if case .networkAcl(let i)? = index.byID[id] { return networkAcls[i] }
        return nil
    }

    public func gateway(_ id: String) -> Gateway? {
        if case .gateway(let i)? = index.byID[id] { return gateways[i] }
        return nil
    }

    public func prefixList(_ id: String) -> PrefixList? {
        if case .prefixList(let i)? = index.byID[id] { return prefixLists[i] }
        return nil
    }

    public func transitGatewayRouteTable(_ id: String) -> TransitGatewayRouteTable? {
        if case .transitGatewayRouteTable(let i)? = index.byID[id] { return transitGatewayRouteTables[i] }
        return nil
    }

    public func instances(ofVpc id: String) -> [Instance] { (index.instancesOfVpc[id] ?? []).map { instances[$0] } }
    public func networkInterfaces(ofVpc id: String) -> [NetworkInterface] { (index.interfacesOfVpc[id] ?? []).map { networkInterfaces[$0] } }
    public func securityGroups(ofVpc id: String) -> [SecurityGroup] { (index.securityGroupsOfVpc[id] ?? []).map { securityGroups[$0] } }
    public func networkAcls(ofVpc id: String) -> [NetworkAcl] { (index.networkAclsOfVpc[id] ?? []).map { networkAcls[$0] } }
    public func gateways(ofVpc id: String) -> [Gateway] { (index.gatewaysOfVpc[id] ?? []).map { gateways[$0] } }

    /// The route tables of a transit gateway.
    public func routeTables(ofTransitGateway id: String) -> [TransitGatewayRouteTable] {
        (index.tgwRouteTablesOfGateway[id] ?? []).map { transitGatewayRouteTables[$0] }
    }

    /// The network interfaces an instance, endpoint, load balancer or gateway sends through.
    public func networkInterfaces(ownedBy id: String) -> [NetworkInterface] {
        (index.interfacesOfOwner[id] ?? []).map { networkInterfaces[$0] }
    }

    /// The route table that routes a subnet's traffic: its explicit association, else the
    /// VPC's main table; nil when the source models neither.
    public func routeTable(forSubnet subnet: Subnet) -> (table: RouteTable, explicit: Bool)? {
        if let i = index.routeTableOfSubnet[subnet.id] { return (routeTables[i], true) }
        if let i = index.mainRouteTableOfVpc[subnet.vpc] { return (routeTables[i], false) }
        return nil
    }

    /// The network ACL at a subnet's edge: the one that lists it, else the VPC's default;
    /// nil when the source models neither.
    public func networkAcl(forSubnet subnet: Subnet) -> NetworkAcl? {
        if let i = index.networkAclOfSubnet[subnet.id] { return networkAcls[i] }
        return index.defaultNetworkAclOfVpc[subnet.vpc].map { networkAcls[$0] }
    }

    /// The subnets a VPC's main route table routes because no table lists them (what the
    /// console calls subnets without explicit associations); none for any other table.
    public func implicitSubnets(ofRouteTable table: RouteTable) -> [String] {
        guard table.main else { return [] }
        return subnets(ofVpc: table.vpc).filter { index.routeTableOfSubnet[$0.id] == nil }.map(\.id)
    }

    /// The subnets a VPC's default network ACL guards because no ACL lists them.
    public func implicitSubnets(ofNetworkAcl acl: NetworkAcl) -> [String] {
        guard acl.isDefault else { return [] }
        return subnets(ofVpc: acl.vpc).filter { index.networkAclOfSubnet[$0.id] == nil }.map(\.id)
    }

    /// Whether the source describes any network ACL for this VPC (if not, ACLs are not modelled there).
    public func modelsNetworkAcls(ofVpc id: String) -> Bool { index.networkAclsOfVpc[id] != nil }

    /// The instance or network interface with this private address.
    public func element(atPrivateIp ip: IPv4Address) -> AnyElement? { index.byPrivateIp[ip].map(element(at:)) }

    /// The instance, network interface or NAT gateway with this public or Elastic IP.
    public func element(atPublicIp ip: IPv4Address) -> AnyElement? { index.byPublicIp[ip].map(element(at:)) }

    /// The instances, network interfaces and endpoints in a security group.
    public func members(ofSecurityGroup id: String) -> [AnyElement] {
        (index.membersOfSecurityGroup[id] ?? []).map(element(at:))
    }

    /// The most specific subnet whose CIDR holds `ip` (subnets of different VPCs may
    /// overlap): a scan, the one a trace to or from an address makes.
    public func subnet(holding ip: IPv4Address) -> Subnet? {
        let host = CIDR(ip)
        var best: (index: Int, length: Int)?
        // By index, reading only the CIDR: copying each subnet (five strings) costs more than the test.
        for i in subnets.indices {
            guard let cidr = subnets[i].cidr, cidr.contains(host), cidr.prefixLength > best?.length ?? -1 else { continue }
            best = (i, cidr.prefixLength)
        }
        return best.map { subnets[$0.index] }
    }
}

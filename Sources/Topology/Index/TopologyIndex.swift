/// The lookup tables of a `NetworkModel`, built once at load time.
struct TopologyIndex: Sendable {
    var byID: [String: ElementRef] = [:]
    /// Lower-cased names; names need not be unique.
    var byName: [String: [ElementRef]] = [:]
    var subnetsOfVpc: [String: [Int]] = [:]
    var routeTablesOfVpc: [String: [Int]] = [:]
    var endpointsOfVpc: [String: [Int]] = [:]
    var loadBalancersOfVpc: [String: [Int]] = [:]
    var consumersOfService: [String: [Int]] = [:]
    var servicesOfLoadBalancer: [String: [Int]] = [:]
    /// Connections an element is an end or attachment of; networks a connection serves.
    var connectionsOf: [String: [Int]] = [:]
    var networksVia: [String: [Int]] = [:]
    var vpcsOfAccount: [String: [Int]] = [:]
    var instancesOfVpc: [String: [Int]] = [:]
    var interfacesOfVpc: [String: [Int]] = [:]
    var securityGroupsOfVpc: [String: [Int]] = [:]
    var networkAclsOfVpc: [String: [Int]] = [:]
    var gatewaysOfVpc: [String: [Int]] = [:]
    var tgwRouteTablesOfGateway: [String: [Int]] = [:]
    /// The network interfaces an instance, endpoint, load balancer or gateway owns.
    var interfacesOfOwner: [String: [Int]] = [:]
    /// Explicit associations; subnets not listed fall back to the VPC's main table or default ACL.
    var routeTableOfSubnet: [String: Int] = [:]
    var mainRouteTableOfVpc: [String: Int] = [:]
    var networkAclOfSubnet: [String: Int] = [:]
    var defaultNetworkAclOfVpc: [String: Int] = [:]
    /// What answers at an address: instances before their interfaces, then other interfaces.
    var byPrivateIp: [IPv4Address: ElementRef] = [:]
    var byPublicIp: [IPv4Address: ElementRef] = [:]
    /// Instances, interfaces and endpoints that are members of a security group.
    var membersOfSecurityGroup: [String: [ElementRef]] = [:]

    init(_ arch: Architecture) throws(LoadError) {
        try register(arch.accounts, as: ElementRef.account, in: arch)
        try register(arch.vpcs, as: ElementRef.vpc, in: arch)
        try register(arch.subnets, as: ElementRef.subnet, in: arch)
        try register(arch.routeTables, as: ElementRef.routeTable, in: arch)
        try register(arch.loadBalancers, as: ElementRef.loadBalancer, in: arch)
        try register(arch.services, as: ElementRef.service, in: arch)
        try register(arch.endpoints, as: ElementRef.endpoint, in: arch)
        try register(arch.connections, as: ElementRef.connection, in: arch)
        try register(arch.networks, as: ElementRef.network, in: arch)
        try register(arch.instances, as: ElementRef.instance, in: arch)
        try register(arch.networkInterfaces, as: ElementRef.networkInterface, in: arch)
        try register(arch.securityGroups, as: ElementRef.securityGroup, in: arch)
        try register(arch.networkAcls, as: ElementRef.networkAcl, in: arch)
        try register(arch.gateways, as: ElementRef.gateway, in: arch)
        try register(arch.prefixLists, as: ElementRef.prefixList, in: arch)
        try register(arch.transitGatewayRouteTables, as: ElementRef.transitGatewayRouteTable, in: arch)
        try checkReferences(arch)

        for (i, vpc) in arch.vpcs.enumerated() { vpcsOfAccount[vpc.account, default: []].append(i) }
        for (i, s) in arch.subnets.enumerated() { subnetsOfVpc[s.vpc, default: []].append(i) }
        for (i, r) in arch.routeTables.enumerated() { routeTablesOfVpc[r.vpc, default: []].append(i) }
        for (i, lb) in arch.loadBalancers.enumerated() { loadBalancersOfVpc[lb.vpc, default: []].append(i) }
        for (i, e) in arch.endpoints.enumerated() {
            endpointsOfVpc[e.vpc, default: []].append(i)
            if let service = e.service { consumersOfService[service, default: []].append(i) }
        }
        for (i, s) in arch.services.enumerated() {
            for lb in s.loadBalancers { servicesOfLoadBalancer[lb, default: []].append(i) }
        }
        for (i, c) in arch.connections.enumerated() {
            for member in Set(c.members) { connectionsOf[member, default: []].append(i) }
        }
        for (i, n) in arch.networks.enumerated() {
            for c in n.via { networksVia[c, default: []].append(i) }
        }
        indexForwarding(arch)
    }

    /// The tables the trace reads: which route table and ACL guard a subnet, who answers at
    /// an address, who is in a security group.
    private mutating func indexForwarding(_ arch: Architecture) {
        for (i, r) in arch.routeTables.enumerated() {
            if r.main { mainRouteTableOfVpc[r.vpc] = i }
            for s in r.subnets { routeTableOfSubnet[s] = i }
        }
        for (i, a) in arch.networkAcls.enumerated() {
            networkAclsOfVpc[a.vpc, default: []].append(i)
            if a.isDefault { defaultNetworkAclOfVpc[a.vpc] = i }
            for s in a.subnets { networkAclOfSubnet[s] = i }
        }
        for (i, g) in arch.securityGroups.enumerated() { securityGroupsOfVpc[g.vpc, default: []].append(i) }
        for (i, g) in arch.gateways.enumerated() { if let vpc = g.vpc { gatewaysOfVpc[vpc, default: []].append(i) } }
        for (i, t) in arch.transitGatewayRouteTables.enumerated() { tgwRouteTablesOfGateway[t.transitGateway, default: []].append(i) }
        for (i, n) in arch.instances.enumerated() {
            instancesOfVpc[n.vpc, default: []].append(i)
            for ip in n.privateIps where byPrivateIp[ip] == nil { byPrivateIp[ip] = .instance(i) }
            if let ip = n.publicIp, byPublicIp[ip] == nil { byPublicIp[ip] = .instance(i) }
            for g in n.securityGroups { membersOfSecurityGroup[g, default: []].append(.instance(i)) }
        }
        for (i, n) in arch.networkInterfaces.enumerated() {
            interfacesOfVpc[n.vpc, default: []].append(i)
            if let owner = n.owner { interfacesOfOwner[owner, default: []].append(i) }
            for ip in n.privateIps where byPrivateIp[ip] == nil { byPrivateIp[ip] = .networkInterface(i) }
            if let ip = n.publicIp, byPublicIp[ip] == nil { byPublicIp[ip] = .networkInterface(i) }
            // An instance's interface carries the instance's groups; counting both would list the instance twice.
            guard n.owner.flatMap({ byID[$0] }).map({ if case .instance = $0 { return false } else { return true } }) ?? true else { continue }
            for g in n.securityGroups { membersOfSecurityGroup[g, default: []].append(.networkInterface(i)) }
        }
        for (i, e) in arch.endpoints.enumerated() {
            for g in e.securityGroups { membersOfSecurityGroup[g, default: []].append(.endpoint(i)) }
        }
        for (i, g) in arch.gateways.enumerated() {
            if let ip = g.publicIp, g.type == .nat, byPublicIp[ip] == nil { byPublicIp[ip] = .gateway(i) }
        }
    }

    private mutating func register<E: ModelElement>(_ elements: [E], as ref: (Int) -> ElementRef,
                                               in arch: Architecture) throws(LoadError) {
        byID.reserveCapacity(byID.count + elements.count)
        for (i, element) in elements.enumerated() {
            if let earlier = byID.updateValue(ref(i), forKey: element.id) {
                let first = arch.element(at: earlier)
                let place = element.location.map { "\($0): " } ?? ""
                let firstPlace = first.location.map { " at \($0)" } ?? ""
                throw LoadError(.malformed, "\(place)duplicate id '\(element.id)': \(first.kind.noun.article) \(first.kind.noun) with this id is already defined\(firstPlace)")
            }
            byName[element.name.lowercased(), default: []].append(ref(i))
        }
    }

    private func checkReferences(_ arch: Architecture) throws(LoadError) {
        for ref in arch.references {
            let place = ref.location.map { "\($0): " } ?? ""
            guard let target = byID[ref.target] else {
                throw LoadError(.malformed, "\(place)\(ref.fromKind.noun) '\(ref.fromId)' refers to unknown \(ref.expected[0].noun) '\(ref.target)'")
            }
            let kind = kind(of: target, in: arch)
            guard ref.expected.contains(kind) else {
                let wanted = ref.expected.map(\.noun).joined(separator: " or ")
                throw LoadError(.malformed, "\(place)\(ref.fromKind.noun) '\(ref.fromId)' field \(ref.field): '\(ref.target)' is \(kind.noun.article) \(kind.noun), not \(wanted.article) \(wanted)")
            }
        }
    }

    private func kind(of ref: ElementRef, in arch: Architecture) -> ElementKind {
        if case .service(let i) = ref { return arch.services[i].kind }
        return ref.kindHint
    }
}

extension ElementRef {
    /// The kind, where the table alone decides it (services need the element).
    var kindHint: ElementKind {
        switch self {
        case .account: return .account
        case .vpc: return .vpc
        case .subnet: return .subnet
        case .routeTable: return .routeTable
        case .loadBalancer: return .loadBalancer
        case .service: return .endpointService
        case .endpoint: return .endpoint
        case .connection: return .connection
        case .network: return .network
        case .instance: return .instance
        case .networkInterface: return .networkInterface
        case .securityGroup: return .securityGroup
        case .networkAcl: return .networkAcl
        case .gateway: return .gateway
        case .prefixList: return .prefixList
        case .transitGatewayRouteTable: return .transitGatewayRouteTable
        }
    }
}

extension String {
    /// "a" or "an", for the noun this string starts.
    public var article: String {
        guard let first = lowercased().first else { return "a" }
        if self.hasPrefix("VPC") { return "a" }
        return "aeio".contains(first) || hasPrefix("AWS") ? "an" : "a"
    }
}

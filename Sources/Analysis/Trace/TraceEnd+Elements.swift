import Topology

/// The end each kind of element stands for: where it sits, its address (or the first
/// usable one of its subnet, said so), its public address and its security groups.
extension TraceEnd {
    /// The end an element stands for, or an error for kinds traffic cannot start or end at.
    static func end(for element: AnyElement, as role: Role, near: Subnet?, in model: NetworkModel,
                    address: IPv4Address? = nil) throws(TraceError) -> TraceEnd {
        switch element {
        case .instance(let i):
            return try interfaceEnd(element, subnet: i.subnet, ips: address.map { [$0] } ?? i.privateIps,
                                    publicIp: i.publicIp, groups: i.securityGroups, in: model)
        case .networkInterface(let n):
            return try interfaceEnd(element, subnet: n.subnet, ips: address.map { [$0] } ?? n.privateIps,
                                    publicIp: n.publicIp, groups: n.securityGroups, in: model)
        case .subnet(let s):
            return try areaEnd(element, subnet: s, in: model)
        case .vpc(let v):
            guard let s = model.subnets(ofVpc: v.id).first(where: { $0.cidr?.firstIPv4 != nil }) else {
                throw TraceError(message: "VPC '\(v.id)' has no IPv4 subnet in the model to trace from or to")
            }
            return try areaEnd(element, subnet: s, in: model)
        case .loadBalancer(let lb):
            return try loadBalancerEnd(lb, near: near, in: model)
        case .endpoint(let e):
            return try endpointEnd(e, as: role, near: near, in: model)
        case .service(let s):
            return try serviceEnd(s, as: role)
        case .network(let n):
            guard let first = n.cidrs.first(where: { $0.family == .ipv4 })?.firstIPv4 else {
                throw TraceError(message: "network '\(n.id)' has no IPv4 CIDR to trace from or to")
            }
            let ip = IPv4Address(first.value &+ 1)
            return TraceEnd(id: n.id, kind: ElementKind.network.rawValue, place: .network(n), address: CIDR(ip),
                            publicAddress: nil, isPublic: false, byPublicAddress: false,
                            guarding: .unfiltered("an on-premises network"), element: element,
                            representative: "\(n.id) stands for any address in it: traced with \(ip), the first host of its first CIDR")
        case .gateway(let g):
            return try gatewayEnd(g, in: model)
        case .account, .routeTable, .connection, .securityGroup, .networkAcl, .prefixList, .transitGatewayRouteTable:
            throw TraceError(
                message: "'\(element.id)' is \(element.kind.noun.article) \(element.kind.noun); a trace starts and ends at an instance, network interface, subnet, VPC, load balancer, endpoint, service, on-premises network, IPv4 address or 'internet'",
                suggestions: element.vpcID.map { [$0] } ?? [])
        }
    }

    private static func interfaceEnd(_ element: AnyElement, subnet id: String, ips: [IPv4Address], publicIp: IPv4Address?,
                                     groups: [String], in model: NetworkModel) throws(TraceError) -> TraceEnd {
        guard let subnet = model.subnet(id) else {
            throw TraceError(message: "\(element.kind.noun) '\(element.id)' is in subnet '\(id)', which the model does not hold")
        }
        let (address, representative) = try hostAddress(ips.first, of: element, in: subnet)
        return TraceEnd(id: element.id, kind: element.kind.rawValue, place: .subnet(subnet), address: CIDR(address),
                        publicAddress: publicIp, isPublic: publicIp != nil, byPublicAddress: false,
                        guarding: groups.isEmpty ? .unknown("\(element.id) lists no security groups") : .groups(groups),
                        element: element, representative: representative)
    }

    /// A subnet or VPC: any address in it, traced with the first usable one.
    private static func areaEnd(_ element: AnyElement, subnet: Subnet, in model: NetworkModel) throws(TraceError) -> TraceEnd {
        let (address, representative) = try hostAddress(nil, of: element, in: subnet)
        return TraceEnd(id: element.id, kind: element.kind.rawValue, place: .subnet(subnet), address: CIDR(address),
                        publicAddress: nil, isPublic: false, byPublicAddress: false,
                        guarding: .unknown("\(element.id) stands for any interface in it, whose security groups are not known"),
                        element: element, representative: representative)
    }

    private static func loadBalancerEnd(_ lb: LoadBalancer, near: Subnet?, in model: NetworkModel) throws(TraceError) -> TraceEnd {
        let subnets = lb.subnets.compactMap(model.subnet)
        guard let subnet = sameZone(subnets, as: near) ?? subnets.first else {
            throw TraceError(message: "load balancer '\(lb.id)' has no subnet in the model")
        }
        let interface = model.networkInterfaces(ownedBy: lb.id).first { $0.subnet == subnet.id }
        let (address, representative) = try hostAddress(interface?.privateIps.first, of: .loadBalancer(lb), in: subnet)
        let guarding: Guard = !lb.securityGroups.isEmpty ? .groups(lb.securityGroups)
            : lb.type == .application ? .unknown("\(lb.id) lists no security groups")
            : .unfiltered("a \(lb.type.rawValue) load balancer without security groups filters nothing")
        return TraceEnd(id: lb.id, kind: ElementKind.loadBalancer.rawValue, place: .subnet(subnet), address: CIDR(address),
                        publicAddress: interface?.publicIp, isPublic: lb.scheme == .internetFacing, byPublicAddress: false,
                        guarding: guarding, element: .loadBalancer(lb), representative: representative)
    }

    private static func endpointEnd(_ e: Endpoint, as role: Role, near: Subnet?, in model: NetworkModel) throws(TraceError) -> TraceEnd {
        guard role == .destination else {
            throw TraceError(message: "endpoint '\(e.id)' only receives traffic; trace from a client to it")
        }
        switch e.type {
        case .interface: break
        case .gateway:
            guard let service = model.service(of: e) else {
                throw TraceError(message: "gateway endpoint '\(e.id)' names no service in the model")
            }
            return try serviceEnd(service, as: role)
        case .gatewayLoadBalancer, .resource, .serviceNetwork:
            throw TraceError(message: "endpoint '\(e.id)' is a \(e.type.rawValue) endpoint; a trace ends at interface endpoints and the services behind gateway endpoints",
                             suggestions: e.service.map { [$0] } ?? [])
        }
        let subnets = e.subnets.compactMap(model.subnet)
        guard let subnet = sameZone(subnets, as: near) ?? subnets.first else {
            throw TraceError(message: "interface endpoint '\(e.id)' has no subnet in the model")
        }
        let interface = model.networkInterfaces(ownedBy: e.id).first { $0.subnet == subnet.id }
        let (address, representative) = try hostAddress(interface?.privateIps.first, of: .endpoint(e), in: subnet)
        return TraceEnd(id: e.id, kind: ElementKind.endpoint.rawValue, place: .subnet(subnet), address: CIDR(address),
                        publicAddress: nil, isPublic: false, byPublicAddress: false,
                        guarding: e.securityGroups.isEmpty ? .unknown("\(e.id) lists no security groups") : .groups(e.securityGroups),
                        element: .endpoint(e), representative: representative)
    }

    static func serviceEnd(_ s: Service, as role: Role) throws(TraceError) -> TraceEnd {
        guard role == .destination else {
            throw TraceError(message: "'\(s.name)' is a service; it only receives traffic, so give it as TO")
        }
        return TraceEnd(id: s.id, kind: s.kind.rawValue, place: .service(s), address: CIDR("0.0.0.0/0")!, publicAddress: nil,
                        isPublic: s.serviceKind == .awsService, byPublicAddress: false,
                        guarding: .unfiltered("a service"), element: .service(s), representative: nil)
    }

    private static func gatewayEnd(_ g: Gateway, in model: NetworkModel) throws(TraceError) -> TraceEnd {
        switch g.type {
        case .internet, .egressOnlyInternet:
            return .internet()
        case .nat:
            guard let subnet = g.subnet.flatMap(model.subnet) else {
                throw TraceError(message: "NAT gateway '\(g.id)' has no subnet in the model")
            }
            let (address, representative) = try hostAddress(g.privateIp, of: .gateway(g), in: subnet)
            return TraceEnd(id: g.id, kind: ElementKind.gateway.rawValue, place: .subnet(subnet), address: CIDR(address),
                            publicAddress: g.publicIp, isPublic: g.publicIp != nil, byPublicAddress: false,
                            guarding: .unfiltered("NAT gateways have no security groups"), element: .gateway(g),
                            representative: representative)
        case .virtualPrivate, .customer:
            throw TraceError(message: "'\(g.id)' is a \(g.type.rawValue) gateway; trace to the on-premises network behind it",
                             suggestions: model.networks.filter { !$0.via.isEmpty }.prefix(3).map(\.id))
        }
    }

    /// `ip`, or the subnet's first usable address (AWS reserves the first four of every
    /// subnet: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html, as of 2025-06).
    private static func hostAddress(_ ip: IPv4Address?, of element: AnyElement,
                                    in subnet: Subnet) throws(TraceError) -> (IPv4Address, String?) {
        if let ip { return (ip, nil) }
        guard let first = subnet.cidr?.firstIPv4 else {
            throw TraceError(message: "subnet '\(subnet.id)' has no IPv4 CIDR in the model to trace from or to")
        }
        let ip = IPv4Address(first.value &+ 4)
        let what = element.kind == .subnet || element.kind == .vpc ? "stands for any address in it" : "has no address in the model"
        return (ip, "\(element.id) \(what): traced with \(ip), the first usable address of \(subnet.id)")
    }

    private static func sameZone(_ subnets: [Subnet], as near: Subnet?) -> Subnet? {
        guard let near else { return nil }
        return subnets.first { s in near.zoneId.map { $0 == s.zoneId } ?? (s.zone == near.zone) }
    }
}

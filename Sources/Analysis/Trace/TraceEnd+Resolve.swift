import Topology

/// Reading FROM and TO: an element id or name, an AWS service short name, an IPv4
/// address, or `internet`.
extension TraceEnd {
    /// Whether the end sends (FROM) or receives (TO): services and endpoints only receive.
    enum Role { case source, destination }

    /// Resolves `text`; `near` is the source's subnet, so that a destination with a subnet
    /// in several zones is met in the source's zone.
    static func resolve(_ text: String, as role: Role, near: Subnet?, in model: NetworkModel) throws(TraceError) -> TraceEnd {
        if text.lowercased() == "internet" { return .internet() }
        if let ip = IPv4Address(text) { return try resolve(ip, as: role, in: model) }
        let named = model.resolve(text)
        // A name shared by an instance and its security group means the instance.
        let ends = named.filter(canBeEnd)
        let matches = ends.isEmpty ? named : ends
        if matches.count == 1 { return try end(for: matches[0], as: role, near: near, in: model) }
        if matches.count > 1 {
            let services = matches.compactMap { match -> Service? in
                if case .service(let s) = match, s.serviceKind == .awsService { return s }
                return nil
            }
            if services.count == matches.count { return try serviceEnd(pick(services, near, model), as: role) }
            throw TraceError(message: "'\(text)' names \(matches.count) elements; give one id",
                             suggestions: matches.map { "\($0.id) (\($0.kind.noun))" })
        }
        do {
            let end = try AdvisorEnd.resolve(text, in: model, preferredRegion: near.flatMap { model.vpc($0.vpc)?.region })
            if case .awsService(let s) = end { return try serviceEnd(s, as: role) }
        } catch {}
        throw TraceError(message: "no element has the id or name '\(text)'; give an element, an IPv4 address or 'internet'",
                         suggestions: suggestions(for: text, in: model))
    }

    /// An address: an interface that has it, else a subnet or on-premises network that
    /// holds it, else the element with that public address; any other public address is
    /// somewhere on the internet.
    private static func resolve(_ ip: IPv4Address, as role: Role, in model: NetworkModel) throws(TraceError) -> TraceEnd {
        if let e = model.element(atPrivateIp: ip) {
            return try end(for: e, as: role, near: nil, in: model, address: ip)
        }
        if let s = model.subnet(holding: ip) {
            return TraceEnd(id: ip.description, kind: "address", place: .subnet(s), address: CIDR(ip), publicAddress: nil,
                            isPublic: false, byPublicAddress: false,
                            guarding: .unknown("no interface in the model has \(ip); security groups at it are not known"),
                            element: nil, representative: nil)
        }
        let host = CIDR(ip)
        if let n = model.networks.first(where: { $0.cidrs.contains { $0.contains(host) } }) {
            return TraceEnd(id: ip.description, kind: "address", place: .network(n), address: CIDR(ip), publicAddress: nil,
                            isPublic: false, byPublicAddress: false, guarding: .unfiltered("an on-premises network"),
                            element: .network(n), representative: nil)
        }
        if let e = model.element(atPublicIp: ip) {
            var end = try end(for: e, as: role, near: nil, in: model)
            end.byPublicAddress = role == .destination
            return end
        }
        guard !ip.isPrivate else {
            throw TraceError(message: "no subnet, interface or on-premises network holds \(ip)")
        }
        return .internet(ip)
    }

    /// True for the kinds a trace can start or end at.
    private static func canBeEnd(_ element: AnyElement) -> Bool {
        switch element {
        case .instance, .networkInterface, .subnet, .vpc, .loadBalancer, .endpoint, .service, .network, .gateway: return true
        case .account, .routeTable, .connection, .securityGroup, .networkAcl, .prefixList, .transitGatewayRouteTable: return false
        }
    }

    private static func pick(_ services: [Service], _ near: Subnet?, _ model: NetworkModel) -> Service {
        let region = near.flatMap { model.vpc($0.vpc)?.region }
        return services.first { $0.region == region } ?? services[0]
    }

    private static func suggestions(for text: String, in model: NetworkModel) -> [String] {
        var candidates = Set<String>(["internet"])
        for v in model.vpcs { candidates.formUnion([v.id, v.name]) }
        for s in model.subnets { candidates.formUnion([s.id, s.name]) }
        for i in model.instances { candidates.formUnion([i.id, i.name]) }
        for n in model.networkInterfaces { candidates.formUnion([n.id, n.name]) }
        for lb in model.loadBalancers { candidates.formUnion([lb.id, lb.name]) }
        for e in model.endpoints { candidates.formUnion([e.id, e.name]) }
        for s in model.services { candidates.formUnion([s.id, s.name]) }
        for n in model.networks { candidates.formUnion([n.id, n.name]) }
        candidates.formUnion(AdvisorEnd.knownAWSServices)
        return Suggestion.near(text, in: candidates)
    }
}

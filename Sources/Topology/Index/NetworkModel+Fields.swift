/// Every field of an element, in a stable order, and what it relates to.
extension NetworkModel {
    /// The element's own fields (after `id`, `kind` and `name`).
    public func fields(of element: AnyElement) -> [Field] {
        switch element {
        case .account(let a):
            return [Field("vpcs", .refs(vpcs(ofAccount: a.id).map(\.id)))]
        case .vpc(let v):
            // DNS settings a source does not state are left out rather than guessed.
            return [Field("account", .ref(v.account)), Field("region", .text(v.region)),
                    Field("cidrs", .texts(v.cidrs.map(\.description)))]
                + (v.dnsSupport.map { [Field("dnsSupport", .bool($0))] } ?? [])
                + (v.dnsHostnames.map { [Field("dnsHostnames", .bool($0))] } ?? [])
        case .subnet(let s):
            return [Field("vpc", .ref(s.vpc)), Field("zone", .text(s.zone)), Field("zoneId", .text(s.zoneId ?? "")),
                    Field("cidr", .text(s.cidr?.description ?? ""))]
        case .routeTable(let r):
            let implicit = implicitSubnets(ofRouteTable: r)
            return [Field("vpc", .ref(r.vpc)), Field("main", .bool(r.main)), Field("subnets", .refs(r.subnets))]
                + (implicit.isEmpty ? [] : [Field("implicitSubnets", .refs(implicit))])
                + [Field("routes", .routes(r.routes))]
        case .loadBalancer(let lb):
            return [Field("type", .text(lb.type.rawValue)), Field("scheme", .text(lb.scheme.rawValue)),
                    Field("vpc", .ref(lb.vpc)), Field("subnets", .refs(lb.subnets)),
                    Field("zoneIds", .texts(zoneIds(ofSubnets: lb.subnets)))]
                + (lb.securityGroups.isEmpty ? [] : [Field("securityGroups", .refs(lb.securityGroups))])
        case .service(let s):
            return serviceFields(s)
        case .endpoint(let e):
            var out = [Field("type", .text(e.type.rawValue)), Field("state", .text(e.state.rawValue)),
                       Field("vpc", .ref(e.vpc))]
            if let service = e.service { out.append(Field("service", .ref(service))) }
            out += [Field("subnets", .refs(e.subnets)), Field("zoneIds", .texts(zoneIds(ofSubnets: e.subnets))),
                    Field("securityGroups", .texts(e.securityGroups)), Field("routeTables", .refs(e.routeTables)),
                    Field("privateDns", .bool(e.privateDns))]
            if let policy = e.policy { out.append(Field("policy", .text(policy))) }
            return out
        case .connection(let c):
            var out = [Field("type", .text(c.type.rawValue)), Field("state", .text(c.state.rawValue))]
            if let region = c.region { out.append(Field("region", .text(region))) }
            if !c.between.isEmpty { out.append(Field("between", .refs(c.between))) }
            if c.type == .transitGateway || !c.attachments.isEmpty { out.append(Field("attachments", .refs(c.attachments))) }
            if let on = c.applianceMode, !on.isEmpty { out.append(Field("applianceMode", .refs(on))) }
            if let bySubnet = c.attachmentSubnets, !bySubnet.isEmpty {
                out.append(Field("attachmentSubnets", .refs(bySubnet.keys.sorted().flatMap { bySubnet[$0]! })))
            }
            if let vgw = c.vpnGateway { out.append(Field("vpnGateway", .ref(vgw))) }
            if let cgw = c.customerGateway { out.append(Field("customerGateway", .ref(cgw))) }
            if !c.staticRoutes.isEmpty { out.append(Field("staticRoutes", .texts(c.staticRoutes.map(\.description)))) }
            return out
        case .network(let n):
            return [Field("cidrs", .texts(n.cidrs.map(\.description))), Field("via", .refs(n.via))]
        case .instance, .networkInterface, .securityGroup, .networkAcl, .gateway, .prefixList, .transitGatewayRouteTable:
            return forwardingFields(of: element)
        }
    }

    private func serviceFields(_ s: Service) -> [Field] {
        var out = [Field("kind", .text(s.serviceKind.rawValue))]
        if let type = s.type { out.append(Field("type", .text(type.rawValue))) }
        if let owner = s.owner { out.append(Field("owner", .text(owner))) }
        if let region = s.region { out.append(Field("region", .text(region))) }
        if s.serviceKind == .endpointService {
            out += [Field("loadBalancers", .refs(s.loadBalancers)), Field("acceptanceRequired", .bool(s.acceptanceRequired)),
                    Field("allowedPrincipals", .texts(s.allowedPrincipals)),
                    Field("supportedRegions", .texts(s.supportedRegions))]
        }
        if let dns = s.privateDnsName { out.append(Field("privateDnsName", .text(dns))) }
        if s.isOutsideSources { out.append(Field("outsideSources", .bool(true))) }
        return out
    }

    /// The distinct zone ids of some subnets, in order (zone names where ids are unknown).
    public func zoneIds(ofSubnets ids: [String]) -> [String] {
        guard ids.count > 8 else {
            // An endpoint has a subnet or three: a glance back beats hashing each zone.
            var out: [String] = []
            for id in ids {
                guard case .subnet(let i)? = index.byID[id] else { continue }
                let zone = subnets[i].zoneId ?? subnets[i].zone
                if !out.contains(zone) { out.append(zone) }
            }
            return out
        }
        var seen = Set<String>()
        return ids.compactMap(subnet).compactMap { $0.zoneId ?? $0.zone }.filter { seen.insert($0).inserted }
    }
}

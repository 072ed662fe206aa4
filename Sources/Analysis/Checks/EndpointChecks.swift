import Topology

/// Rules about VPC endpoints: zones, DNS, state, type against service, resilience.
enum EndpointChecks {
    static let gatewayServices: Set<String> = ["s3", "dynamodb"]

    static func run(_ c: inout CheckContext) {
        let t = c.topology
        for e in t.endpoints {
            let vpc = t.vpc(e.vpc)
            let service = t.service(of: e)
            zones(e, service, &c)
            // Only settings known to be off count: a snapshot does not say, and guessing would cry wolf.
            if e.privateDns, let vpc, vpc.dnsHostnames == false || vpc.dnsSupport == false {
                let missing = [vpc.dnsSupport == false ? "DNS support" : nil, vpc.dnsHostnames == false ? "DNS hostnames" : nil]
                    .compactMap { $0 }
                c.add(Rules.privateDnsNeedsVpcDns, e.id, [vpc.id],
                      "Endpoint \(c.label(e.id)) has private DNS on, but its VPC \(c.label(vpc.id)) has \(missing.joined(separator: " and ")) off: the service's name will not resolve to the endpoint.")
            }
            state(e, &c)
            if e.type == .gateway {
                if let service, !gatewayServices.contains(service.awsShortName ?? "") {
                    c.add(Rules.gatewayEndpointService, e.id, [service.id],
                          "Gateway endpoint \(c.label(e.id)) names \(c.label(service.id)); gateway endpoints exist only for S3 and DynamoDB.")
                }
                if e.routeTables.isEmpty {
                    c.add(Rules.gatewayEndpointNoRouteTable, e.id, "Gateway endpoint \(c.label(e.id)) is in no route table, so no traffic reaches it.")
                }
            }
            typeMatch(e, service, &c)
            if let service, let vpc, service.serviceKind == .endpointService, let home = service.region, home != vpc.region,
               !service.supportedRegions.contains(vpc.region) {
                c.add(Rules.unsupportedConsumerRegion, e.id, [service.id, vpc.id],
                      "Endpoint \(c.label(e.id)) is in \(vpc.region), but \(c.label(service.id)) in \(home) supports only \(service.supportedRegions.isEmpty ? home : service.supportedRegions.joined(separator: ", ")).")
            }
        }
        singleZone(&c)
    }

    /// Interface endpoint subnets in zones the service's load balancers do not serve.
    private static func zones(_ e: Endpoint, _ service: Service?, _ c: inout CheckContext) {
        let t = c.topology
        guard e.type == .interface, let service, service.serviceKind == .endpointService, !service.loadBalancers.isEmpty,
              service.region == nil || service.region == t.vpc(e.vpc)?.region else { return }
        let lbSubnets = service.loadBalancers.compactMap(t.loadBalancer).flatMap(\.subnets).compactMap(t.subnet)
        guard !lbSubnets.isEmpty else { return }
        let byId = lbSubnets.allSatisfy { $0.zoneId != nil }
        let served = Set(lbSubnets.map { byId ? $0.zoneId! : $0.zone })
        for subnet in e.subnets.compactMap(t.subnet) {
            let zone = byId ? subnet.zoneId : subnet.zone
            guard let zone, !served.contains(zone) else { continue }
            let note = byId ? "" : " (compared by zone name: zone IDs are missing, and names map differently per account)"
            c.add(Rules.endpointZoneNotServed, e.id, [subnet.id] + service.loadBalancers,
                  "Endpoint \(c.label(e.id)) has subnet \(c.label(subnet.id)) in \(zone), but the load balancers behind \(c.label(service.id)) serve only \(served.sorted().joined(separator: ", "))\(note).")
        }
    }

    private static func state(_ e: Endpoint, _ c: inout CheckContext) {
        switch e.state {
        case .pendingAcceptance:
            c.add(Rules.endpointNotAvailable, e.id, e.service.map { [$0] } ?? [], severity: .warning,
                  "Endpoint \(c.label(e.id)) is pending acceptance by the service's provider and carries no traffic until accepted.")
        case .rejected, .failed, .expired:
            c.add(Rules.endpointNotAvailable, e.id, e.service.map { [$0] } ?? [],
                  "Endpoint \(c.label(e.id)) is \(e.state.rawValue) and carries no traffic.")
        default:
            break
        }
    }

    private static func typeMatch(_ e: Endpoint, _ service: Service?, _ c: inout CheckContext) {
        let t = c.topology
        guard let service, service.serviceKind == .endpointService else { return }
        let types = Set(service.loadBalancers.compactMap(t.loadBalancer).map(\.type))
        let gwlb = types.contains(.gateway) || service.type == .gatewayLoadBalancer
        let nlb = types.contains(.network) || (types.isEmpty && service.type == .interface)
        if e.type == .interface, gwlb {
            c.add(Rules.endpointTypeMismatch, e.id, [service.id],
                  "Interface endpoint \(c.label(e.id)) connects to \(c.label(service.id)), which a Gateway Load Balancer backs: only Gateway Load Balancer endpoints can.")
        } else if e.type == .gatewayLoadBalancer, nlb, !gwlb {
            c.add(Rules.endpointTypeMismatch, e.id, [service.id],
                  "Gateway Load Balancer endpoint \(c.label(e.id)) connects to \(c.label(service.id)), which a Network Load Balancer backs: that takes interface endpoints.")
        }
    }

    /// Interface endpoints with subnets in one zone; GWLB endpoints to a service whose
    /// endpoints in the same VPC all sit in one zone.
    private static func singleZone(_ c: inout CheckContext) {
        let t = c.topology
        var gwlbZones: [String: (zones: Set<String>, endpoints: [String])] = [:]
        for e in t.endpoints {
            let zones = Set(t.zoneIds(ofSubnets: e.subnets))
            switch e.type {
            case .interface where zones.count == 1:
                c.add(Rules.singleZoneEndpoint, e.id,
                      "Interface endpoint \(c.label(e.id)) is in one zone only (\(zones.first!)): a zone outage cuts the path.")
            case .gatewayLoadBalancer:
                let key = e.vpc + "|" + (e.service ?? "")
                gwlbZones[key, default: ([], [])].zones.formUnion(zones)
                gwlbZones[key, default: ([], [])].endpoints.append(e.id)
            default:
                break
            }
        }
        for (_, group) in gwlbZones.sorted(by: { $0.key < $1.key }) where group.zones.count == 1 {
            c.add(Rules.singleZoneEndpoint, group.endpoints[0], Array(group.endpoints.dropFirst()),
                  "Gateway Load Balancer endpoint \(c.label(group.endpoints[0])) is its VPC's only path to the appliances, in one zone (\(group.zones.first!)): add one per zone.")
        }
    }
}

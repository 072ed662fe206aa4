import Topology

extension MapGraph {
    /// The graph of a whole model. Every connection form the model holds becomes a line:
    /// a VPN or Direct Connect connection joins the networks that reach AWS through it to
    /// the VPC it ends on or the transit gateways that attach it; one with an end the
    /// model does not show becomes a box of its own, so nothing loaded is left off.
    public init(_ t: NetworkModel) {
        let accountNames = Dictionary(t.accounts.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func accountGroup(_ account: String?, _ region: String?) -> MapGroup {
            let where_ = region ?? "?"
            guard let account, !account.isEmpty, account != "amazon" else { return MapGroup(title: "AWS · \(where_)", rank: 2) }
            return MapGroup(title: "\(accountNames[account] ?? account) · \(where_)", rank: 0)
        }
        for vpc in t.vpcs {
            let ports = t.endpoints(ofVpc: vpc.id).map { MapPort(id: $0.id, type: $0.type, name: $0.name) }
            let cidrs = vpc.cidrs.first.map { $0.description + (vpc.cidrs.count > 1 ? " +\(vpc.cidrs.count - 1)" : "") }
            add(MapNode(id: vpc.id, kind: .vpc, name: vpc.name, detail: cidrs ?? "",
                        group: accountGroup(vpc.account, vpc.region), ports: ports))
        }
        for service in t.services {
            switch service.serviceKind {
            case .awsService:
                add(MapNode(id: service.id, kind: .awsService, name: service.awsShortName ?? service.name,
                            detail: service.region ?? "", group: accountGroup(nil, service.region), ports: []))
            case .endpointService:
                let balancers = service.loadBalancers.compactMap(t.loadBalancer).map(\.name).joined(separator: ", ")
                add(MapNode(id: service.id, kind: .endpointService, name: service.name,
                            detail: balancers.isEmpty ? (service.type?.rawValue ?? "") : balancers,
                            group: accountGroup(service.owner, service.region), ports: []))
            }
        }
        for c in t.connections where c.type == .transitGateway {
            add(MapNode(id: c.id, kind: .transitGateway, name: c.name, detail: c.state.isUp ? "" : c.state.rawValue,
                        group: MapGroup(title: "transit · \(c.region ?? "?")", rank: 1), ports: []))
        }
        for n in t.networks {
            let cidrs = n.cidrs.first.map { $0.description + (n.cidrs.count > 1 ? " +\(n.cidrs.count - 1)" : "") }
            add(MapNode(id: n.id, kind: .network, name: n.name, detail: cidrs ?? "",
                        group: MapGroup(title: "on-premises", rank: 3), ports: []))
        }
        addEndpointEdges(t)
        addConnectionEdges(t)
    }

    private mutating func addEndpointEdges(_ t: NetworkModel) {
        for e in t.endpoints {
            guard let service = e.service else { continue }
            let kind: MapEdgeKind
            switch e.type {
            case .interface: kind = .privateLink
            case .gateway: kind = .gatewayEndpoint
            case .gatewayLoadBalancer: kind = .gatewayLoadBalancerEndpoint
            case .resource, .serviceNetwork: kind = .lattice
            }
            add(MapEdge(from: e.vpc, to: service, kind: kind, element: e.id, label: e.name, up: e.state.carriesTraffic,
                        port: e.id))
        }
        for s in t.services where s.serviceKind == .endpointService {
            for lb in s.loadBalancers.compactMap(t.loadBalancer) {
                add(MapEdge(from: s.id, to: lb.vpc, kind: .loadBalancer, element: lb.id, label: lb.name, up: true, port: nil))
            }
        }
    }

    private mutating func addConnectionEdges(_ t: NetworkModel) {
        for c in t.connections {
            switch c.type {
            case .vpcPeering:
                if c.between.count == 2 {
                    add(MapEdge(from: c.between[0], to: c.between[1], kind: .peering, element: c.id, label: c.name, up: c.state.isUp,
                                port: nil))
                }
            case .transitGateway:
                for member in c.attachments where t.vpc(member) != nil {
                    add(MapEdge(from: c.id, to: member, kind: .attachment, element: c.id, label: c.name, up: c.state.isUp, port: nil))
                }
            case .transitGatewayPeering:
                if c.between.count == 2 {
                    add(MapEdge(from: c.between[0], to: c.between[1], kind: .transitGatewayPeering, element: c.id,
                                label: c.name, up: c.state.isUp, port: nil))
                }
            case .vpn, .directConnect:
                addHybridEdges(c, t)
            }
        }
    }

    /// A VPN or Direct Connect connection: from each network that uses it to each AWS end.
    private mutating func addHybridEdges(_ c: Connection, _ t: NetworkModel) {
        let kind: MapEdgeKind = c.type == .vpn ? .vpn : .directConnect
        let gateways = t.connections(of: c.id).filter { $0.type == .transitGateway }.map(\.id)
        let awsEnds = c.between.filter { node($0) != nil } + c.attachments.filter { node($0) != nil } + gateways
        let networks = t.networks(via: c.id).map(\.id)
        if awsEnds.isEmpty || networks.isEmpty {
            add(MapNode(id: c.id, kind: .connection, name: c.name, detail: c.type.rawValue,
                        group: MapGroup(title: "on-premises", rank: 3), ports: []))
            for end in awsEnds + networks {
                add(MapEdge(from: end, to: c.id, kind: kind, element: c.id, label: c.name, up: c.state.isUp, port: nil))
            }
            return
        }
        for network in networks {
            for end in awsEnds {
                add(MapEdge(from: network, to: end, kind: kind, element: c.id, label: c.name, up: c.state.isUp, port: nil))
            }
        }
    }
}

import Topology

/// The columns `list` shows for each kind: what an engineer scans for first. The rows
/// are computed as the table is written, never all held at once.
enum ElementTable {
    static func table(for kind: ListCommand.Kind, in t: NetworkModel) -> TextTable {
        switch kind {
        case .accounts:
            return TextTable(["ID", "NAME", "VPCS"], count: t.accounts.count) { i in
                let a = t.accounts[i]
                return [a.id, a.name, String(t.vpcs(ofAccount: a.id).count)]
            }
        case .vpcs:
            return TextTable(["ID", "NAME", "ACCOUNT", "REGION", "CIDRS", "SUBNETS", "ENDPOINTS"], count: t.vpcs.count) { i in
                let v = t.vpcs[i]
                return [v.id, v.name, v.account, v.region, v.cidrs.map(\.description).joined(separator: ","),
                        String(t.subnets(ofVpc: v.id).count), String(t.endpoints(ofVpc: v.id).count)]
            }
        case .subnets:
            return TextTable(["ID", "NAME", "VPC", "ZONE", "ZONE ID", "CIDR"], count: t.subnets.count) { i in
                let s = t.subnets[i]
                return [s.id, s.name, s.vpc, s.zone, s.zoneId ?? "-", s.cidr?.description ?? "-"]
            }
        case .routeTables:
            return TextTable(["ID", "NAME", "VPC", "SUBNETS", "ROUTES"], count: t.routeTables.count) { i in
                let r = t.routeTables[i]
                // The subnets it routes: a main table's unlisted ones too.
                let subnets = r.subnets.count + t.implicitSubnets(ofRouteTable: r).count
                return [r.id, r.name, r.vpc, String(subnets), String(r.routes.count)]
            }
        case .endpoints:
            return TextTable(["ID", "NAME", "TYPE", "VPC", "SERVICE", "STATE", "ZONE IDS", "PRIVATE DNS"],
                             count: t.endpoints.count) { i in
                let e = t.endpoints[i]
                return [e.id, e.name, e.type.rawValue, e.vpc, t.service(of: e)?.name ?? e.service ?? "-", e.state.rawValue,
                        t.zoneIds(ofSubnets: e.subnets).joined(separator: ",").orDash, e.privateDns ? "yes" : "no"]
            }
        case .services:
            return TextTable(["ID", "NAME", "KIND", "TYPE", "REGION", "LOAD BALANCERS", "CONSUMERS"], count: t.services.count) { i in
                let s = t.services[i]
                return [s.id, s.name, s.serviceKind.rawValue, s.type?.rawValue ?? "-", s.region ?? "-",
                        String(s.loadBalancers.count), String(t.consumerCount(ofService: s.id))]
            }
        case .loadBalancers:
            return TextTable(["ID", "NAME", "TYPE", "VPC", "SCHEME", "ZONE IDS"], count: t.loadBalancers.count) { i in
                let lb = t.loadBalancers[i]
                return [lb.id, lb.name, lb.type.rawValue, lb.vpc, lb.scheme.rawValue,
                        t.zoneIds(ofSubnets: lb.subnets).joined(separator: ",").orDash]
            }
        case .connections:
            return TextTable(["ID", "NAME", "TYPE", "STATE", "REGION", "JOINS"], count: t.connections.count) { i in
                let c = t.connections[i]
                return [c.id, c.name, c.type.rawValue, c.state.rawValue, c.region ?? "-", c.members.joined(separator: ",").orDash]
            }
        case .networks:
            return TextTable(["ID", "NAME", "CIDRS", "VIA"], count: t.networks.count) { i in
                let n = t.networks[i]
                return [n.id, n.name, n.cidrs.map(\.description).joined(separator: ","), n.via.joined(separator: ",").orDash]
            }
        case .instances:
            return TextTable(["ID", "NAME", "VPC", "SUBNET", "PRIVATE IP", "PUBLIC IP", "SECURITY GROUPS"], count: t.instances.count) { i in
                let n = t.instances[i]
                return [n.id, n.name, n.vpc, n.subnet, n.privateIps.map(\.description).joined(separator: ",").orDash,
                        n.publicIp?.description ?? "-", n.securityGroups.joined(separator: ",").orDash]
            }
        case .networkInterfaces:
            return TextTable(["ID", "NAME", "TYPE", "SUBNET", "PRIVATE IP", "PUBLIC IP", "OWNER"], count: t.networkInterfaces.count) { i in
                let n = t.networkInterfaces[i]
                return [n.id, n.name, n.interfaceType, n.subnet, n.privateIps.map(\.description).joined(separator: ",").orDash,
                        n.publicIp?.description ?? "-", n.owner ?? "-"]
            }
        case .securityGroups:
            return TextTable(["ID", "NAME", "VPC", "INGRESS", "EGRESS"], count: t.securityGroups.count) { i in
                let g = t.securityGroups[i]
                return [g.id, g.name, g.vpc, g.ingress.map { String($0.count) } ?? "-", g.egress.map { String($0.count) } ?? "-"]
            }
        case .networkAcls:
            return TextTable(["ID", "NAME", "VPC", "DEFAULT", "SUBNETS", "ENTRIES"], count: t.networkAcls.count) { i in
                let a = t.networkAcls[i]
                let subnets = a.subnets.count + t.implicitSubnets(ofNetworkAcl: a).count
                return [a.id, a.name, a.vpc, a.isDefault ? "yes" : "no", String(subnets), String(a.entries.count)]
            }
        case .gateways:
            return TextTable(["ID", "NAME", "TYPE", "VPC", "SUBNET", "STATE"], count: t.gateways.count) { i in
                let g = t.gateways[i]
                return [g.id, g.name, g.type.rawValue, g.vpc ?? "-", g.subnet ?? "-", g.state]
            }
        case .prefixLists:
            return TextTable(["ID", "NAME", "AWS SERVICE", "CIDRS"], count: t.prefixLists.count) { i in
                let p = t.prefixLists[i]
                return [p.id, p.name, p.awsService ?? "-", String(p.cidrs.count)]
            }
        case .transitGatewayRouteTables:
            return TextTable(["ID", "NAME", "TRANSIT GATEWAY", "ASSOCIATIONS", "PROPAGATIONS", "ROUTES"],
                             count: t.transitGatewayRouteTables.count) { i in
                let r = t.transitGatewayRouteTables[i]
                return [r.id, r.name, r.transitGateway, String(r.associations.count), String(r.propagations.count),
                        String(r.routes.count)]
            }
        }
    }
}

extension String {
    /// A dash for an empty cell, so columns never look shifted.
    var orDash: String { isEmpty ? "-" : self }
}

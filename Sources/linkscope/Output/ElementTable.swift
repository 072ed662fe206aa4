import Topology

/// The columns `list` shows for each kind: what an engineer scans for first.
enum ElementTable {
    static func table(for kind: ListCommand.Kind, in t: NetworkModel) -> TextTable {
        var table: TextTable
        switch kind {
        case .accounts:
            table = TextTable("ID", "NAME", "VPCS")
            for a in t.accounts { table.add([a.id, a.name, String(t.vpcs(ofAccount: a.id).count)]) }
        case .vpcs:
            table = TextTable("ID", "NAME", "ACCOUNT", "REGION", "CIDRS", "SUBNETS", "ENDPOINTS")
            for v in t.vpcs {
                table.add([v.id, v.name, v.account, v.region, v.cidrs.map(\.description).joined(separator: ","),
                           String(t.subnets(ofVpc: v.id).count), String(t.endpoints(ofVpc: v.id).count)])
            }
        case .subnets:
            table = TextTable("ID", "NAME", "VPC", "ZONE", "ZONE ID", "CIDR")
            for s in t.subnets {
                table.add([s.id, s.name, s.vpc, s.zone, s.zoneId ?? "-", s.cidr?.description ?? "-"])
            }
        case .routeTables:
            table = TextTable("ID", "NAME", "VPC", "SUBNETS", "ROUTES")
            for r in t.routeTables {
                table.add([r.id, r.name, r.vpc, String(r.subnets.count), String(r.routes.count)])
            }
        case .endpoints:
            table = TextTable("ID", "NAME", "TYPE", "VPC", "SERVICE", "STATE", "ZONE IDS", "PRIVATE DNS")
            for e in t.endpoints {
                table.add([e.id, e.name, e.type.rawValue, e.vpc, t.service(of: e)?.name ?? e.service ?? "-", e.state.rawValue,
                           t.zoneIds(ofSubnets: e.subnets).joined(separator: ",").orDash, e.privateDns ? "yes" : "no"])
            }
        case .services:
            table = TextTable("ID", "NAME", "KIND", "TYPE", "REGION", "LOAD BALANCERS", "CONSUMERS")
            for s in t.services {
                table.add([s.id, s.name, s.serviceKind.rawValue, s.type?.rawValue ?? "-", s.region ?? "-",
                           String(s.loadBalancers.count), String(t.consumers(ofService: s.id).count)])
            }
        case .loadBalancers:
            table = TextTable("ID", "NAME", "TYPE", "VPC", "SCHEME", "ZONE IDS")
            for lb in t.loadBalancers {
                table.add([lb.id, lb.name, lb.type.rawValue, lb.vpc, lb.scheme.rawValue,
                           t.zoneIds(ofSubnets: lb.subnets).joined(separator: ",").orDash])
            }
        case .connections:
            table = TextTable("ID", "NAME", "TYPE", "STATE", "REGION", "JOINS")
            for c in t.connections {
                table.add([c.id, c.name, c.type.rawValue, c.state.rawValue, c.region ?? "-",
                           c.members.joined(separator: ",").orDash])
            }
        case .networks:
            table = TextTable("ID", "NAME", "CIDRS", "VIA")
            for n in t.networks {
                table.add([n.id, n.name, n.cidrs.map(\.description).joined(separator: ","), n.via.joined(separator: ",").orDash])
            }
        }
        return table
    }
}

extension String {
    /// A dash for an empty cell, so columns never look shifted.
    var orDash: String { isEmpty ? "-" : self }
}

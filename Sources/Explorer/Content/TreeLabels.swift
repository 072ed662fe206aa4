import Topology

/// How the navigator names a node: a name, and a short detail shown dimmed after it
/// (the inspector and the breadcrumb name nodes the same way).
enum TreeLabels {
    /// A node's name and a short detail shown dimmed after it.
    static func label(_ node: TreeNode, _ model: ExplorerModel) -> (String, String) {
        let t = model.topology
        switch node {
        case .account(let id) where id.isEmpty:
            return ("no account", "VPCs the source gives no account")
        case .account(let id):
            let name = t.account(id)?.name ?? id
            return (name, name == id ? "account" : id)
        case .region(_, let region):
            let count = model.vpcsOfRegion[node]?.count ?? 0
            return (region, count == 1 ? "1 VPC" : "\(count) VPCs")
        case .group(let vpc, let kind):
            return (kind.rawValue, String(model.childCount(vpc: vpc, kind)))
        case .root(let kind):
            return (kind.rawValue, String(model.count(kind)))
        case .element(let id):
            guard let element = t.element(id) else { return (id, "") }
            return (element.name, detail(element))
        }
    }

    private static func detail(_ element: AnyElement) -> String {
        switch element {
        case .vpc(let v): return v.cidrs.map(\.description).joined(separator: " ")
        case .subnet(let s): return [s.zoneId ?? s.zone, s.cidr?.description ?? ""].joined(separator: " ")
        case .endpoint(let e): return e.state == .available ? e.type.rawValue : "\(e.type.rawValue) · \(e.state.rawValue)"
        case .loadBalancer(let lb): return lb.type.rawValue
        case .service(let s): return s.awsShortName ?? s.type?.rawValue ?? ""
        case .connection(let c): return c.state.isUp ? c.type.rawValue : "\(c.type.rawValue) · \(c.state.rawValue)"
        case .network(let n): return n.cidrs.map(\.description).joined(separator: " ")
        case .routeTable(let r): return "\(r.routes.count) routes"
        case .instance(let n): return n.privateIps.first?.description ?? n.state
        case .networkInterface(let n): return n.privateIps.first?.description ?? n.interfaceType
        case .securityGroup(let g):
            guard let ingress = g.ingress, let egress = g.egress else { return "rules not listed" }
            return "\(ingress.count) in · \(egress.count) out"
        case .networkAcl(let a): return a.isDefault ? "default · \(a.entries.count) entries" : "\(a.entries.count) entries"
        case .gateway(let g): return g.connectivity.map { "\(g.type.rawValue) · \($0.rawValue)" } ?? g.type.rawValue
        case .prefixList(let p): return p.cidrs.count == 1 ? "1 CIDR" : "\(p.cidrs.count) CIDRs"
        case .transitGatewayRouteTable(let t): return "\(t.associations.count) associated"
        case .account: return ""
        }
    }
}

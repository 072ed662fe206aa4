/// The fields of the kinds forwarding depends on: instances, interfaces, security groups,
/// network ACLs, gateways, prefix lists and transit gateway route tables.
extension NetworkModel {
    func forwardingFields(of element: AnyElement) -> [Field] {
        switch element {
        case .instance(let n):
            return [Field("vpc", .ref(n.vpc)), Field("subnet", .ref(n.subnet)), Field("state", .text(n.state)),
                    Field("privateIps", .texts(n.privateIps.map(\.description)))]
                + (n.publicIp.map { [Field("publicIp", .text($0.description))] } ?? [])
                + [Field("securityGroups", .refs(n.securityGroups)),
                   Field("networkInterfaces", .refs(networkInterfaces(ownedBy: n.id).map(\.id)))]
        case .networkInterface(let n):
            return [Field("interfaceType", .text(n.interfaceType)), Field("vpc", .ref(n.vpc)), Field("subnet", .ref(n.subnet)),
                    Field("privateIps", .texts(n.privateIps.map(\.description)))]
                + (n.publicIp.map { [Field("publicIp", .text($0.description))] } ?? [])
                + [Field("securityGroups", .refs(n.securityGroups))]
                + (n.owner.map { [Field("owner", .ref($0))] } ?? [])
        case .securityGroup(let g):
            // Rules a source does not list are left out rather than shown as none.
            return [Field("vpc", .ref(g.vpc)), Field("description", .text(g.description))]
                + (g.ingress.map { [Field("ingress", .lines($0.map(\.description)))] } ?? [])
                + (g.egress.map { [Field("egress", .lines($0.map(\.description)))] } ?? [])
        case .networkAcl(let a):
            let implicit = implicitSubnets(ofNetworkAcl: a)
            return [Field("vpc", .ref(a.vpc)), Field("default", .bool(a.isDefault)), Field("subnets", .refs(a.subnets))]
                + (implicit.isEmpty ? [] : [Field("implicitSubnets", .refs(implicit))])
                + [Field("inbound", .lines(a.entries(egress: false).map(\.description) + ["* deny all"])),
                    Field("outbound", .lines(a.entries(egress: true).map(\.description) + ["* deny all"]))]
        case .gateway(let g):
            var out = [Field("type", .text(g.type.rawValue)), Field("state", .text(g.state))]
            if let vpc = g.vpc { out.append(Field("vpc", .ref(vpc))) }
            if let subnet = g.subnet { out.append(Field("subnet", .ref(subnet))) }
            if let c = g.connectivity { out.append(Field("connectivity", .text(c.rawValue))) }
            if let m = g.availabilityMode { out.append(Field("availabilityMode", .text(m.rawValue))) }
            if let ip = g.publicIp { out.append(Field("publicIp", .text(ip.description))) }
            if let ip = g.privateIp { out.append(Field("privateIp", .text(ip.description))) }
            if let asn = g.asn { out.append(Field("asn", .text(String(asn)))) }
            return out
        case .prefixList(let p):
            return (p.awsService.map { [Field("awsService", .text($0))] } ?? []) + [Field("cidrs", .texts(p.cidrs.map(\.description)))]
        case .transitGatewayRouteTable(let t):
            return [Field("transitGateway", .ref(t.transitGateway)), Field("associations", .refs(t.associations)),
                    Field("propagations", .refs(t.propagations)), Field("routes", .lines(t.routes.map(\.description)))]
        case .account, .vpc, .subnet, .routeTable, .loadBalancer, .service, .endpoint, .connection, .network:
            return []
        }
    }
}

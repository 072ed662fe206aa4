import Analysis
import Testing
import Topology

/// A clean two-VPC design every trace test starts from, and breaks one rule of.
///
/// - vpc-a 10.0.0.0/16: public subnet sub-a1 (web, 10.0.1.10, EIP 54.0.0.10), private
///   sub-a2 (app, 10.0.2.20), sub-a3 in another zone; main table: local, 10.1/16 via the
///   peering, 0/0 via igw-a. Default ACL allows everything.
/// - vpc-b 10.1.0.0/16: sub-b1 (db, 10.1.1.30); main table: local, 10.0/16 via the peering.
/// - sg-web: in tcp 443 from anywhere; sg-app: in tcp 8080 from sg-web; sg-db: in tcp 5432
///   from 10.0.0.0/16; every group lets everything out.
enum TraceLab {
    static let anywhere = CIDR("0.0.0.0/0")!

    static func architecture() -> Architecture {
        var a = Architecture(source: "trace-lab", name: "trace lab")
        a.accounts = [Account(id: "111111111111", name: "lab")]
        a.vpcs = [
            Vpc(id: "vpc-a", name: "app", account: "111111111111", region: "us-east-1", cidrs: [CIDR("10.0.0.0/16")!]),
            Vpc(id: "vpc-b", name: "data", account: "111111111111", region: "us-east-1", cidrs: [CIDR("10.1.0.0/16")!]),
        ]
        a.subnets = [
            Subnet(id: "sub-a1", name: "public", vpc: "vpc-a", zone: "us-east-1a", zoneId: "use1-az1", cidr: CIDR("10.0.1.0/24")),
            Subnet(id: "sub-a2", name: "private", vpc: "vpc-a", zone: "us-east-1a", zoneId: "use1-az1", cidr: CIDR("10.0.2.0/24")),
            Subnet(id: "sub-a3", name: "private-b", vpc: "vpc-a", zone: "us-east-1b", zoneId: "use1-az2", cidr: CIDR("10.0.3.0/24")),
            Subnet(id: "sub-b1", name: "data", vpc: "vpc-b", zone: "us-east-1a", zoneId: "use1-az1", cidr: CIDR("10.1.1.0/24")),
        ]
        a.routeTables = [
            RouteTable(id: "rtb-a", name: "app-main", vpc: "vpc-a", subnets: [], routes: [
                .init(destination: "10.0.0.0/16", target: "local"), .init(destination: "10.1.0.0/16", target: "pcx-ab"),
                .init(destination: "0.0.0.0/0", target: "igw-a"),
            ], main: true),
            RouteTable(id: "rtb-b", name: "data-main", vpc: "vpc-b", subnets: [], routes: [
                .init(destination: "10.1.0.0/16", target: "local"), .init(destination: "10.0.0.0/16", target: "pcx-ab"),
            ], main: true),
        ]
        a.connections = [Connection(id: "pcx-ab", name: "app-data", type: .vpcPeering, between: ["vpc-a", "vpc-b"])]
        a.gateways = [Gateway(id: "igw-a", name: "app-igw", type: .internet, vpc: "vpc-a")]
        a.instances = [
            Instance(id: "i-web", name: "web", vpc: "vpc-a", subnet: "sub-a1", privateIps: [IPv4Address("10.0.1.10")!],
                     publicIp: IPv4Address("54.0.0.10"), securityGroups: ["sg-web"]),
            Instance(id: "i-app", name: "app", vpc: "vpc-a", subnet: "sub-a2", privateIps: [IPv4Address("10.0.2.20")!],
                     securityGroups: ["sg-app"]),
            Instance(id: "i-db", name: "db", vpc: "vpc-b", subnet: "sub-b1", privateIps: [IPv4Address("10.1.1.30")!],
                     securityGroups: ["sg-db"]),
        ]
        let everything = [SecurityGroupRule(ipProtocol: .all, ports: nil, peer: .cidr(anywhere))]
        a.securityGroups = [
            SecurityGroup(id: "sg-web", name: "web", vpc: "vpc-a",
                          ingress: [SecurityGroupRule(ipProtocol: .tcp, ports: PortRange(443, 443), peer: .cidr(anywhere), note: "https")],
                          egress: everything),
            SecurityGroup(id: "sg-app", name: "app", vpc: "vpc-a",
                          ingress: [SecurityGroupRule(ipProtocol: .tcp, ports: PortRange(8080, 8080), peer: .group("sg-web"))],
                          egress: everything),
            SecurityGroup(id: "sg-db", name: "db", vpc: "vpc-b",
                          ingress: [SecurityGroupRule(ipProtocol: .tcp, ports: PortRange(5432, 5432), peer: .cidr(CIDR("10.0.0.0/16")!))],
                          egress: everything),
        ]
        a.networkAcls = [openAcl("acl-a", vpc: "vpc-a"), openAcl("acl-b", vpc: "vpc-b")]
        return a
    }

    /// A default ACL that allows everything both ways.
    static func openAcl(_ id: String, vpc: String, subnets: [String] = []) -> NetworkAcl {
        NetworkAcl(id: id, name: id, vpc: vpc, isDefault: subnets.isEmpty, subnets: subnets, entries: [
            .init(number: 100, egress: false, ipProtocol: .all, ports: nil, cidr: anywhere, allow: true),
            .init(number: 100, egress: true, ipProtocol: .all, ports: nil, cidr: anywhere, allow: true),
        ])
    }

    /// The lab with `change` applied.
    static func model(_ change: (inout Architecture) -> Void = { _ in }) -> NetworkModel {
        var a = architecture()
        change(&a)
        return try! NetworkModel(merging: [a])
    }

    /// Traces FROM → TO in the lab with `change` applied.
    static func trace(_ from: String, _ to: String, port: Int? = nil, protocol p: IPProtocol = .tcp,
                      _ change: (inout Architecture) -> Void = { _ in }) throws -> TraceResult {
        try Tracer(model(change)).trace(TraceRequest(from: from, to: to, ipProtocol: p, port: port))
    }
}

/// Asserts that `path` stops at `element` with `code` and `action`.
func expectBlocked(_ path: TracePath?, _ code: TraceCode, at element: String, _ action: HopAction,
                   sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(path?.blockedBy?.code == code, sourceLocation: sourceLocation)
    #expect(path?.blockedBy?.element == element, sourceLocation: sourceLocation)
    #expect(path?.hops.last?.action == action, sourceLocation: sourceLocation)
    #expect(path?.hops.last?.code == code, sourceLocation: sourceLocation)
}

/// The elements and actions of a path, for asserting its shape.
func steps(_ path: TracePath?) -> [String] {
    (path?.hops ?? []).map { "\($0.element) \($0.action.rawValue)" }
}

import Topology
import Yams

/// Turns the YAML tree of a `linkscope/v1` file into an `Architecture`, element by
/// element, recording every reference with the place it was written.
struct NativeDecoder {
    static let formatVersion = "linkscope/v1"
    static let topKeys = ["format", "name", "description", "accounts", "vpcs", "loadBalancers", "services",
                          "endpoints", "connections", "networks", "prefixLists", "gateways", "instances",
                          "networkInterfaces", "transitGatewayRouteTables"]

    let budget: NodeBudget
    var arch: Architecture
    /// The file's subnets, once its VPCs are read: what instances, interfaces, gateways and
    /// attachments are checked against when their subnet is in the same file.
    var subnetsById: [String: Subnet] = [:]

    init(file: String, bytes: Int) {
        budget = NodeBudget(file: file, bytes: bytes)
        arch = Architecture(source: file)
    }

    mutating func decode(_ root: Node) throws {
        let top = try YAMLFields(root, what: "the architecture", keys: Self.topKeys, budget: budget)
        guard let format = try top.string("format") else {
            throw LoadError.at(top.location(of: "format"), "not a linkscope architecture: the file needs 'format: \(Self.formatVersion)' at the top")
        }
        guard format == Self.formatVersion else {
            throw LoadError.at(top.location(of: "format"), "unsupported format '\(format)'; this linkscope reads \(Self.formatVersion)")
        }
        arch.name = try top.string("name") ?? ""
        arch.description = try top.string("description") ?? ""
        for node in try top.list("accounts") { try account(node) }
        for node in try top.list("vpcs") { try vpc(node) }
        for subnet in arch.subnets where subnetsById[subnet.id] == nil { subnetsById[subnet.id] = subnet }
        for node in try top.list("loadBalancers") { try loadBalancer(node) }
        for node in try top.list("services") { try service(node) }
        for node in try top.list("endpoints") { try endpoint(node) }
        for node in try top.list("connections") { try connection(node) }
        for node in try top.list("networks") { try network(node) }
        for node in try top.list("prefixLists") { try prefixList(node) }
        for node in try top.list("gateways") { try gateway(node) }
        for node in try top.list("instances") { try instance(node) }
        for node in try top.list("networkInterfaces") { try networkInterface(node) }
        for node in try top.list("transitGatewayRouteTables") { try transitGatewayRouteTable(node) }
        try WholeFileChecks.check(arch)
    }

    /// The id `field` names, recorded as a reference to check once every source is loaded.
    mutating func refer(_ kind: ElementKind, _ id: String, _ field: String, _ fields: YAMLFields,
                        to expected: [ElementKind]) throws -> String? {
        guard let target = try fields.string(field) else { return nil }
        arch.references.append(Reference(fromKind: kind, fromId: id, field: field, target: target, expected: expected,
                                         location: fields.location(of: field)))
        return target
    }

    /// The ids `field` lists, each recorded as a reference with where it was written.
    mutating func referList(_ kind: ElementKind, _ id: String, _ field: String, _ fields: YAMLFields,
                            to expected: [ElementKind]) throws -> [String] {
        try fields.strings(field).map { target, place in
            arch.references.append(Reference(fromKind: kind, fromId: id, field: field, target: target,
                                             expected: expected, location: place))
            return target
        }
    }

    /// The mapping of one element of `kind`, refusing keys outside `keys`.
    func fields(_ node: Node, _ kind: ElementKind, keys: [String]) throws -> YAMLFields {
        try YAMLFields(node, what: "\(kind.noun.article) \(kind.noun)", keys: keys, budget: budget)
    }

    private mutating func account(_ node: Node) throws {
        let f = try fields(node, .account, keys: ["id", "name"])
        let id = try f.required("id")
        guard id.count == 12, id.allSatisfy(\.isASCIIDigit) else {
            throw LoadError.at(f.location(of: "id"), "account id '\(id)' must be 12 digits (quote it in YAML to keep leading zeros)")
        }
        arch.accounts.append(Account(id: id, name: try f.string("name") ?? id, location: f.location(of: "id")))
    }

    private mutating func vpc(_ node: Node) throws {
        let f = try fields(node, .vpc, keys: ["id", "name", "account", "region", "cidrs", "dnsSupport", "dnsHostnames",
                                              "subnets", "routeTables", "securityGroups", "networkAcls"])
        let id = try f.required("id")
        let f2 = f.named("VPC '\(id)'")
        arch.vpcs.append(Vpc(id: id, name: try f2.string("name") ?? id, account: try f2.string("account") ?? "",
                             region: try f2.required("region"), cidrs: try f2.cidrs("cidrs"),
                             dnsSupport: try f2.bool("dnsSupport"), dnsHostnames: try f2.bool("dnsHostnames"),
                             location: f.location(of: "id")))
        for node in try f2.list("subnets") { try subnet(node, vpc: id) }
        var main: RouteTable?
        for node in try f2.list("routeTables") {
            try routeTable(node, vpc: id)
            guard let table = arch.routeTables.last, table.main else { continue }
            if let first = main { throw Self.twoMainTables(vpc: id, first, table) }
            main = table
        }
        for node in try f2.list("securityGroups") { try securityGroup(node, vpc: id) }
        var defaultAcl: NetworkAcl?
        for node in try f2.list("networkAcls") {
            try networkAcl(node, vpc: id)
            guard let acl = arch.networkAcls.last, acl.isDefault else { continue }
            if let first = defaultAcl { throw Self.twoDefaultAcls(vpc: id, first, acl) }
            defaultAcl = acl
        }
    }

    private mutating func subnet(_ node: Node, vpc: String) throws {
        let f = try fields(node, .subnet, keys: ["id", "name", "zone", "zoneId", "cidr"])
        let id = try f.required("id")
        let f2 = f.named("subnet '\(id)'")
        let cidr = try f2.string("cidr").map { try f2.cidr($0, at: f2.location(of: "cidr")) }
        arch.subnets.append(Subnet(id: id, name: try f2.string("name") ?? id, vpc: vpc, zone: try f2.required("zone"),
                                   zoneId: try f2.string("zoneId"), cidr: cidr, location: f.location(of: "id")))
    }

    private mutating func routeTable(_ node: Node, vpc: String) throws {
        let f = try fields(node, .routeTable, keys: ["id", "name", "main", "subnets", "routes"])
        let id = try f.required("id")
        let f2 = f.named("route table '\(id)'")
        let subnets = try referList(.routeTable, id, "subnets", f2, to: [.subnet])
        let routes = try f2.list("routes").map { node in
            let r = try YAMLFields(node, what: "a route of route table '\(id)'", keys: ["destination", "target", "state"],
                                   budget: budget)
            let state: RouteState = try r.enumeration("state", "route state") ?? .active
            return RouteTable.Route(destination: try r.required("destination"), target: try r.required("target"),
                                    isBlackhole: state == .blackhole)
        }
        arch.routeTables.append(RouteTable(id: id, name: try f2.string("name") ?? id, vpc: vpc, subnets: subnets,
                                           routes: routes, main: try f2.bool("main") ?? false,
                                           location: f.location(of: "id")))
    }

    private mutating func loadBalancer(_ node: Node) throws {
        let f = try fields(node, .loadBalancer, keys: ["id", "name", "type", "vpc", "subnets", "scheme", "securityGroups"])
        let id = try f.required("id")
        let f2 = f.named("load balancer '\(id)'")
        let type: LoadBalancerType = try f2.requiredEnumeration("type", "load balancer type")
        let vpc = try f2.required("vpc")
        _ = try refer(.loadBalancer, id, "vpc", f2, to: [.vpc])
        arch.loadBalancers.append(LoadBalancer(
            id: id, name: try f2.string("name") ?? id, type: type, vpc: vpc,
            subnets: try referList(.loadBalancer, id, "subnets", f2, to: [.subnet]),
            scheme: try f2.enumeration("scheme", "scheme") ?? .internal,
            securityGroups: try referList(.loadBalancer, id, "securityGroups", f2, to: [.securityGroup]),
            location: f.location(of: "id")))
    }

    private mutating func service(_ node: Node) throws {
        let f = try fields(node, .endpointService, keys: ["id", "name", "kind", "owner", "region", "type", "loadBalancers",
                                                          "acceptanceRequired", "allowedPrincipals", "supportedRegions",
                                                          "privateDnsName"])
        let id = try f.required("id")
        let f2 = f.named("service '\(id)'")
        let name = try f2.string("name") ?? id
        let kind: ServiceKind = try f2.enumeration("kind", "service kind") ?? Self.inferredKind(of: name)
        arch.services.append(Service(
            id: id, name: name, serviceKind: kind, owner: try f2.string("owner"), region: try f2.string("region"),
            type: try f2.enumeration("type", "service type"),
            loadBalancers: try referList(kind == .awsService ? .awsService : .endpointService, id, "loadBalancers", f2,
                                         to: [.loadBalancer]),
            acceptanceRequired: try f2.bool("acceptanceRequired") ?? false,
            allowedPrincipals: try f2.strings("allowedPrincipals").map(\.0),
            supportedRegions: try f2.strings("supportedRegions").map(\.0),
            privateDnsName: try f2.string("privateDnsName"), location: f.location(of: "id")))
    }

    /// AWS services are named `com.amazonaws.REGION.NAME`; endpoint services `com.amazonaws.vpce.…` or anything else.
    static func inferredKind(of name: String) -> ServiceKind {
        name.hasPrefix("com.amazonaws.") && !name.hasPrefix("com.amazonaws.vpce.") ? .awsService : .endpointService
    }

    private mutating func endpoint(_ node: Node) throws {
        let f = try fields(node, .endpoint, keys: ["id", "name", "type", "vpc", "service", "subnets", "securityGroups",
                                                   "routeTables", "privateDns", "state", "policy"])
        let id = try f.required("id")
        let f2 = f.named("endpoint '\(id)'")
        let type: EndpointType = try f2.requiredEnumeration("type", "endpoint type")
        let vpc = try f2.required("vpc")
        _ = try refer(.endpoint, id, "vpc", f2, to: [.vpc])
        arch.endpoints.append(Endpoint(
            id: id, name: try f2.string("name") ?? id, type: type, vpc: vpc,
            service: try refer(.endpoint, id, "service", f2, to: [.endpointService, .awsService]),
            subnets: try referList(.endpoint, id, "subnets", f2, to: [.subnet]),
            securityGroups: try f2.strings("securityGroups").map(\.0),
            routeTables: try referList(.endpoint, id, "routeTables", f2, to: [.routeTable]),
            privateDns: try f2.bool("privateDns") ?? false,
            state: try f2.enumeration("state", "endpoint state") ?? .available,
            policy: try f2.string("policy"), location: f.location(of: "id")))
    }

    private mutating func connection(_ node: Node) throws {
        let f = try fields(node, .connection, keys: ["id", "name", "type", "between", "attachments", "applianceMode",
                                                     "attachmentSubnets", "vpnGateway", "customerGateway", "staticRoutes",
                                                     "region", "state"])
        let id = try f.required("id")
        let f2 = f.named("connection '\(id)'")
        let type: ConnectionType = try f2.requiredEnumeration("type", "connection type")
        try ConnectionShape.check(type, id, f2)
        let ends: [ElementKind] = type == .transitGatewayPeering ? [.connection] : [.vpc]
        let between = try referList(.connection, id, "between", f2, to: ends)
        let attachments = try referList(.connection, id, "attachments", f2, to: [.vpc, .connection])
        var applianceMode: [String]?
        var attachmentSubnets: [String: [String]]?
        if type == .transitGateway {
            applianceMode = try referList(.connection, id, "applianceMode", f2, to: [.vpc])
            try ConnectionShape.checkApplianceMode(id, attachments, f2)
            attachmentSubnets = try self.attachmentSubnets(id, attachments, f2)
        }
        arch.connections.append(Connection(
            id: id, name: try f2.string("name") ?? id, type: type, between: between, attachments: attachments,
            applianceMode: applianceMode, attachmentSubnets: attachmentSubnets,
            vpnGateway: try refer(.connection, id, "vpnGateway", f2, to: [.gateway]),
            customerGateway: try refer(.connection, id, "customerGateway", f2, to: [.gateway]),
            staticRoutes: try f2.cidrs("staticRoutes"), region: try f2.string("region"),
            state: try f2.enumeration("state", "connection state") ?? .active, location: f.location(of: "id")))
    }

    private mutating func network(_ node: Node) throws {
        let f = try fields(node, .network, keys: ["id", "name", "cidrs", "via"])
        let id = try f.required("id")
        let f2 = f.named("network '\(id)'")
        arch.networks.append(Network(id: id, name: try f2.string("name") ?? id, cidrs: try f2.cidrs("cidrs"),
                                     via: try referList(.network, id, "via", f2, to: [.connection]),
                                     location: f.location(of: "id")))
    }
}

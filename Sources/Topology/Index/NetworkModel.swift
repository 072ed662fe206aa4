/// The whole loaded architecture: every element of every source, merged, checked for
/// dangling references, and indexed so that the lookups views and analyses make are
/// O(1) dictionary reads.
public struct NetworkModel: Sendable {
    public let name: String
    public let description: String
    /// The sources, as given (paths or `sample:NAME`).
    public let sources: [String]

    public let accounts: [Account]
    public let vpcs: [Vpc]
    public let subnets: [Subnet]
    public let routeTables: [RouteTable]
    public let loadBalancers: [LoadBalancer]
    public let services: [Service]
    public let endpoints: [Endpoint]
    public let connections: [Connection]
    public let networks: [Network]
    public let instances: [Instance]
    public let networkInterfaces: [NetworkInterface]
    public let securityGroups: [SecurityGroup]
    public let networkAcls: [NetworkAcl]
    public let gateways: [Gateway]
    public let prefixLists: [PrefixList]
    public let transitGatewayRouteTables: [TransitGatewayRouteTable]
    /// Every source's warnings, in source order; the CLI prints them once on stderr.
    public let warnings: [LoadWarning]
    /// What the sources hold that the model has no element for, by type, with counts.
    public let notModelled: [String: Int]

    let index: TopologyIndex

    /// Merges `architectures` into one model. Fails on an id defined twice, or on a
    /// reference to an id no source defines or that is of the wrong kind.
    public init(merging architectures: [Architecture]) throws(LoadError) {
        var merged = Architecture(source: architectures.map(\.source).joined(separator: ", "))
        for arch in architectures {
            merged.accounts += arch.accounts
            merged.vpcs += arch.vpcs
            merged.subnets += arch.subnets
            merged.routeTables += arch.routeTables
            merged.loadBalancers += arch.loadBalancers
            merged.services += arch.services
            merged.endpoints += arch.endpoints
            merged.connections += arch.connections
            merged.networks += arch.networks
            merged.instances += arch.instances
            merged.networkInterfaces += arch.networkInterfaces
            merged.securityGroups += arch.securityGroups
            merged.networkAcls += arch.networkAcls
            merged.gateways += arch.gateways
            merged.prefixLists += arch.prefixLists
            merged.transitGatewayRouteTables += arch.transitGatewayRouteTables
            merged.references += arch.references
            merged.warnings += arch.warnings
            merged.notModelled.merge(arch.notModelled, uniquingKeysWith: +)
        }
        merged.accounts += NetworkModel.undeclaredAccounts(in: merged)
        try ConnectionForms.canonicalise(&merged)
        let names = architectures.map(\.name).filter { !$0.isEmpty }
        name = names.isEmpty ? "architecture" : names.joined(separator: " + ")
        description = architectures.map(\.description).filter { !$0.isEmpty }.joined(separator: "\n\n")
        sources = architectures.map(\.source)
        accounts = merged.accounts
        vpcs = merged.vpcs
        subnets = merged.subnets
        routeTables = merged.routeTables
        loadBalancers = merged.loadBalancers
        services = merged.services
        endpoints = merged.endpoints
        connections = merged.connections
        networks = merged.networks
        instances = merged.instances
        networkInterfaces = merged.networkInterfaces
        securityGroups = merged.securityGroups
        networkAcls = merged.networkAcls
        gateways = merged.gateways
        prefixLists = merged.prefixLists
        transitGatewayRouteTables = merged.transitGatewayRouteTables
        warnings = merged.warnings
        notModelled = merged.notModelled
        index = try TopologyIndex(merged)
    }

    /// VPCs may name accounts that no source lists; they become accounts named by their id.
    private static func undeclaredAccounts(in arch: Architecture) -> [Account] {
        var known = Set(arch.accounts.map(\.id))
        var added: [Account] = []
        for vpc in arch.vpcs where !vpc.account.isEmpty && !known.contains(vpc.account) {
            known.insert(vpc.account)
            added.append(Account(id: vpc.account, name: vpc.account))
        }
        return added
    }
}

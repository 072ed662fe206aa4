import Topology

/// A node of the navigator tree. Elements are nodes; so are the groupings around them.
public enum TreeNode: Hashable, Sendable {
    case account(String)
    case region(account: String, region: String)
    case group(vpc: String, GroupKind)
    case element(String)
    case root(RootKind)

    /// The groups under each VPC.
    public enum GroupKind: String, CaseIterable, Sendable {
        case subnets = "Subnets", routeTables = "Route tables", endpoints = "Endpoints", loadBalancers = "Load balancers"
        case instances = "Instances", networkInterfaces = "Network interfaces", securityGroups = "Security groups"
        case networkAcls = "Network ACLs", gateways = "Gateways"
    }

    /// The top-level nodes after the accounts.
    public enum RootKind: String, CaseIterable, Sendable {
        case endpointServices = "Endpoint services", awsServices = "AWS services", connections = "Connections"
        case networks = "On-premises networks"
        case transitGatewayRouteTables = "Transit gateway route tables", prefixLists = "Prefix lists"
        case detachedGateways = "Gateways outside VPCs"
    }
}

/// One visible row of the navigator: a node, its depth, and whether it can open.
public struct TreeRow: Equatable, Sendable {
    public let node: TreeNode
    public let depth: Int
    public let hasChildren: Bool
}

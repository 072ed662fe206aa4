import Topology

/// One AWS CLI call whose JSON output linkscope reads, and the top-level keys that
/// identify that output (files are recognised by these keys, never by their names).
public struct SnapshotCall: Sendable, Hashable {
    /// The CLI's service command: `ec2`, `elbv2`, `sts`.
    public let service: String
    /// The operation: `describe-vpcs`.
    public let command: String
    /// The top-level keys of its output that the loader reads.
    public let keys: [String]
    /// True for calls made once per account rather than once per region.
    public let isGlobal: Bool

    /// The command as a user would type it.
    public var commandLine: String { "aws \(service) \(command) --output json" }
}

/// The calls `linkscope snapshot` makes and the snapshot loader understands.
public enum SnapshotCalls {
    /// Who the credentials belong to: the account folder of a snapshot.
    public static let identity = SnapshotCall(service: "sts", command: "get-caller-identity", keys: ["Account"], isGlobal: true)

    /// The per-region describe calls, in the order a snapshot makes them.
    public static let regional: [SnapshotCall] = [
        ec2("describe-vpcs", "Vpcs"),
        ec2("describe-subnets", "Subnets"),
        ec2("describe-route-tables", "RouteTables"),
        ec2("describe-security-groups", "SecurityGroups"),
        ec2("describe-vpc-endpoints", "VpcEndpoints"),
        ec2("describe-vpc-endpoint-service-configurations", "ServiceConfigurations"),
        SnapshotCall(service: "ec2", command: "describe-vpc-endpoint-services", keys: ["ServiceDetails", "ServiceNames"],
                     isGlobal: false),
        ec2("describe-vpc-peering-connections", "VpcPeeringConnections"),
        ec2("describe-transit-gateways", "TransitGateways"),
        ec2("describe-transit-gateway-attachments", "TransitGatewayAttachments"),
        SnapshotCall(service: "elbv2", command: "describe-load-balancers", keys: ["LoadBalancers"], isGlobal: false),
    ]

    /// Every call, the identity first.
    public static var all: [SnapshotCall] { [identity] + regional }

    private static func ec2(_ command: String, _ key: String) -> SnapshotCall {
        SnapshotCall(service: "ec2", command: command, keys: [key], isGlobal: false)
    }
}

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
    /// Arguments it always takes (`--attribute enableDnsSupport`).
    public let arguments: [String]
    /// For a call made once per item another call lists (per VPC, per route table): which
    /// items, and how a saved file names its item.
    public let perItem: SnapshotItems?

    init(service: String = "ec2", command: String, keys: [String], isGlobal: Bool = false, arguments: [String] = [],
         perItem: SnapshotItems? = nil) {
        self.service = service
        self.command = command
        self.keys = keys
        self.isGlobal = isGlobal
        self.arguments = arguments
        self.perItem = perItem
    }

    /// The command as a user would type it.
    public var commandLine: String {
        var words = ["aws", service, command]
        if let perItem { words += [perItem.option, perItem.source.placeholder] }
        return (words + arguments + ["--output", "json"]).joined(separator: " ")
    }
}

/// How a per-item call finds its items and keeps their ids.
public struct SnapshotItems: Sendable, Hashable {
    /// The option that names the item (`--vpc-id`).
    public let option: String
    /// The list call whose output holds the items.
    public let source: SnapshotItemSource
    /// The member `linkscope snapshot` adds to the saved output to name the item, because
    /// the output itself does not (`TransitGatewayRouteTableId`); nil when it does (`VpcId`).
    public let nameKey: String?
    /// What tells two calls on one item apart in the file name (`.enableDnsSupport`).
    public let fileSuffix: String

    /// The file, under the region's folder, that keeps the call's output for `id`.
    public func file(for call: SnapshotCall, id: String) -> String { "\(call.command)/\(id)\(fileSuffix).json" }
}

/// The calls `linkscope snapshot` makes and the snapshot loader understands.
public enum SnapshotCalls {
    /// Who the credentials belong to: the account folder of a snapshot.
    public static let identity = SnapshotCall(service: "sts", command: "get-caller-identity", keys: ["Account"], isGlobal: true)

    /// The per-region list calls, in the order a snapshot makes them.
    public static let regional: [SnapshotCall] = [
        ec2("describe-vpcs", "Vpcs"),
        ec2("describe-subnets", "Subnets"),
        ec2("describe-route-tables", "RouteTables"),
        ec2("describe-security-groups", "SecurityGroups"),
        ec2("describe-network-acls", "NetworkAcls"),
        ec2("describe-instances", "Reservations"),
        ec2("describe-network-interfaces", "NetworkInterfaces"),
        ec2("describe-addresses", "Addresses"),
        ec2("describe-internet-gateways", "InternetGateways"),
        ec2("describe-egress-only-internet-gateways", "EgressOnlyInternetGateways"),
        ec2("describe-nat-gateways", "NatGateways"),
        ec2("describe-vpn-gateways", "VpnGateways"),
        ec2("describe-customer-gateways", "CustomerGateways"),
        ec2("describe-vpn-connections", "VpnConnections"),
        ec2("describe-managed-prefix-lists", "PrefixLists"),
        ec2("describe-prefix-lists", "PrefixLists"),
        ec2("describe-vpc-endpoints", "VpcEndpoints"),
        ec2("describe-vpc-endpoint-service-configurations", "ServiceConfigurations"),
        SnapshotCall(command: "describe-vpc-endpoint-services", keys: ["ServiceDetails", "ServiceNames"]),
        ec2("describe-vpc-peering-connections", "VpcPeeringConnections"),
        ec2("describe-transit-gateways", "TransitGateways"),
        ec2("describe-transit-gateway-attachments", "TransitGatewayAttachments"),
        ec2("describe-transit-gateway-vpc-attachments", "TransitGatewayVpcAttachments"),
        ec2("describe-transit-gateway-route-tables", "TransitGatewayRouteTables"),
        SnapshotCall(service: "elbv2", command: "describe-load-balancers", keys: ["LoadBalancers"]),
    ]

    /// The per-item calls, made once the list calls they depend on have ended.
    public static let perItem: [SnapshotCall] = [
        vpcAttribute("enableDnsSupport", key: "EnableDnsSupport"),
        vpcAttribute("enableDnsHostnames", key: "EnableDnsHostnames"),
        perTable("get-transit-gateway-route-table-associations", "Associations"),
        perTable("get-transit-gateway-route-table-propagations", "TransitGatewayRouteTablePropagations"),
        perTable("search-transit-gateway-routes", "Routes", arguments: ["--filters", "Name=type,Values=static"]),
        SnapshotCall(command: "get-managed-prefix-list-entries", keys: ["Entries"], perItem: SnapshotItems(
            option: "--prefix-list-id", source: .customerPrefixLists, nameKey: "PrefixListId", fileSuffix: "")),
    ]

    /// Every call, the identity first.
    public static var all: [SnapshotCall] { [identity] + regional + perItem }

    /// The call whose output a top-level key identifies, for the load report; the first
    /// such call where several print the key (`PrefixLists`).
    static func call(forKey key: String) -> SnapshotCall? { callByKey[key] }

    private static let callByKey: [String: SnapshotCall] = {
        var out: [String: SnapshotCall] = [:]
        for call in all { for key in call.keys where out[key] == nil { out[key] = call } }
        return out
    }()

    private static func ec2(_ command: String, _ key: String) -> SnapshotCall {
        SnapshotCall(command: command, keys: [key])
    }

    private static func vpcAttribute(_ attribute: String, key: String) -> SnapshotCall {
        SnapshotCall(command: "describe-vpc-attribute", keys: [key], arguments: ["--attribute", attribute],
                     perItem: SnapshotItems(option: "--vpc-id", source: .vpcs, nameKey: nil, fileSuffix: "." + attribute))
    }

    private static func perTable(_ command: String, _ key: String, arguments: [String] = []) -> SnapshotCall {
        SnapshotCall(command: command, keys: [key], arguments: arguments, perItem: SnapshotItems(
            option: "--transit-gateway-route-table-id", source: .transitGatewayRouteTables,
            nameKey: "TransitGatewayRouteTableId", fileSuffix: ""))
    }
}

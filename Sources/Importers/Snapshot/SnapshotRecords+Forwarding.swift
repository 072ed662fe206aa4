import Topology

/// The records of what forwarding depends on: instances and their interfaces, firewalls,
/// gateways, prefix lists and transit gateway routing. Those that need no linking across
/// files are kept as the model's elements already (`Placed`).
extension SnapshotRecords {
    /// An element decoded whole, with the place it was read.
    struct Placed<Element: Sendable>: Sendable {
        let origin: Origin
        var element: Element
    }

    /// An EC2 instance (`describe-instances`): the addresses of its primary interface.
    struct InstanceRecord {
        var origin: Origin
        var id = "", name: String?, vpc = "", subnet = "", state = ""
        var privateIps: [IPv4Address] = [], publicIp: IPv4Address?, securityGroups: [String] = []
    }

    /// A network interface (`describe-network-interfaces`), with what tells whose it is.
    struct InterfaceRecord {
        var origin: Origin
        var id = "", name: String?, vpc = "", subnet = "", type = "interface"
        var privateIps: [IPv4Address] = [], publicIp: IPv4Address?, securityGroups: [String] = []
        var instance: String?, description: String?
    }

    /// An Elastic IP (`describe-addresses`) and what it is associated with.
    struct AddressRecord {
        var publicIp: IPv4Address?, instance: String?, interface: String?
    }

    /// A Site-to-Site VPN connection (`describe-vpn-connections`).
    struct VpnRecord {
        var origin: Origin
        var id = "", name: String?, state = ConnectionState.available
        var vpnGateway: String?, transitGateway: String?, customerGateway: String?, staticRoutes: [CIDR] = []
    }

    /// A prefix list as one of three calls tells it: `describe-managed-prefix-lists` (name
    /// and owner), `describe-prefix-lists` (an AWS service's list with its CIDRs) or
    /// `get-managed-prefix-list-entries` (the CIDRs only).
    struct PrefixListRecord {
        var origin: Origin
        var id = "", name: String?, owner: String?, cidrs: [CIDR] = []
        /// From `describe-prefix-lists`, whose lists are all AWS services'.
        var isServiceList = false
    }

    /// What a transit gateway attachment is named by in AWS output: its id, and the type and
    /// id of what it attaches when the output says.
    struct AttachmentRef {
        var attachment: String?, resourceType: String?, resourceId: String?
    }

    /// A static or blackhole route of a transit gateway route table (`search-transit-gateway-routes`).
    struct TableRouteRecord {
        var destination = "", attachments: [AttachmentRef] = [], isBlackhole = false
    }

    /// The associations, propagations or static routes of one transit gateway route table,
    /// as one per-table call's output gives them.
    struct TableItemsRecord {
        var origin: Origin
        var table = ""
        var associations: [AttachmentRef] = [], propagations: [AttachmentRef] = [], routes: [TableRouteRecord] = []
    }

    /// A VPC attachment of a transit gateway (`describe-transit-gateway-vpc-attachments`).
    struct VpcAttachmentRecord {
        var origin: Origin
        var id = "", transitGateway = "", vpc = "", owner: String?, subnets: [String] = [], applianceMode = false
        var state = ConnectionState.available
    }

    /// A VPC's DNS attributes (`describe-vpc-attribute`, one attribute a call).
    struct VpcAttributeRecord {
        var vpc = "", dnsSupport: Bool?, dnsHostnames: Bool?
    }
}

import Topology

/// What the snapshot decoder keeps of each AWS object of one file: the fields linkscope
/// models, as AWS wrote them, with the place they came from. The assembler links them
/// into elements once every file is read (`SnapshotRecordSet`), because links cross files (a VPC's region comes from its
/// subnets, an endpoint's service from another account's configuration).
struct SnapshotRecords: Sendable {
    /// Where a record was read: which file (an index into `SnapshotRecordSet.files`) and the place in it.
    struct Origin {
        let file: Int
        let location: SourceLocation
    }

    /// A VPC (`describe-vpcs`): no region, which comes from its subnets or folder.
    struct VpcRecord {
        var origin: Origin
        var id = "", owner: String?, name: String?
        var cidr: CIDR?
        var associatedCidrs: [CIDR] = []
    }

    /// A subnet (`describe-subnets`).
    struct SubnetRecord {
        var origin: Origin
        var id = "", vpc = "", zone = "", zoneId: String?, cidr: CIDR?, owner: String?, name: String?, arn: String?
    }

    /// A route table (`describe-route-tables`) with its live associations; `isMain` for the
    /// VPC's main table.
    struct RouteTableRecord {
        var origin: Origin
        var id = "", vpc = "", name: String?, owner: String?
        var subnets: [String] = []
        var isMain = false
        var routes: [RouteTable.Route] = []
    }

    /// An Elastic Load Balancing v2 load balancer; its subnets stand for its zones.
    struct LoadBalancerRecord {
        var origin: Origin
        var arn = "", name: String?, type = LoadBalancerType.network, vpc = "", scheme = LoadBalancerScheme.internal
        var subnets: [String] = [], securityGroups: [String] = []
    }

    /// A VPC endpoint (`describe-vpc-endpoints`); its service is named, not identified.
    struct EndpointRecord {
        var origin: Origin
        var id = "", type = EndpointType.interface, vpc = "", serviceName: String?, serviceRegion: String?
        var state = EndpointState.available, privateDns = false, policy: String?, owner: String?, name: String?
        var subnets: [String] = [], securityGroups: [String] = [], routeTables: [String] = []
    }

    /// The provider's side of an endpoint service (`describe-vpc-endpoint-service-configurations`).
    struct ServiceConfigurationRecord {
        var origin: Origin
        var id = "", serviceName = "", types: [ServiceType] = [], zones: [String] = []
        var acceptanceRequired = false, privateDnsName: String?
        var networkLoadBalancers: [String] = [], gatewayLoadBalancers: [String] = [], supportedRegions: [String] = []
    }

    /// A service as consumers see it (`describe-vpc-endpoint-services`).
    struct ServiceDetailRecord {
        var origin: Origin
        var serviceName = "", id: String?, types: [ServiceType] = [], owner: String?, region: String?
        var acceptanceRequired = false, privateDnsName: String?, zones: [String] = []
    }

    /// One side of a VPC peering connection.
    struct PeerRecord {
        var vpc = "", owner: String?, region: String?
        var cidrs: [CIDR] = []
    }

    /// A VPC peering connection (`describe-vpc-peering-connections`).
    struct PeeringRecord {
        var origin: Origin
        var id = "", name: String?, state = ConnectionState.active
        var requester = PeerRecord(), accepter = PeerRecord()
    }

    /// A transit gateway (`describe-transit-gateways`).
    struct TransitGatewayRecord {
        var origin: Origin
        var id = "", name: String?, arn: String?, owner: String?, state = ConnectionState.available
    }

    /// What a transit gateway attaches (`describe-transit-gateway-attachments`).
    struct AttachmentRecord {
        var origin: Origin
        var id = "", transitGateway = "", transitGatewayOwner: String?, resourceOwner: String?
        var resourceType = "", resourceId: String?, state = ConnectionState.available, name: String?
    }

    /// A file that was recognised, with what its folders say about region and account.
    struct FileInfo {
        let path: String
        /// The folder the file is in, for evidence shared by the files of one folder.
        let folder: String
        let pathRegion: String?
        let pathAccount: String?
    }

    var vpcs: [VpcRecord] = []
    var subnets: [SubnetRecord] = []
    var routeTables: [RouteTableRecord] = []
    var loadBalancers: [LoadBalancerRecord] = []
    var endpoints: [EndpointRecord] = []
    var serviceConfigurations: [ServiceConfigurationRecord] = []
    var serviceDetails: [ServiceDetailRecord] = []
    var peerings: [PeeringRecord] = []
    var transitGateways: [TransitGatewayRecord] = []
    var attachments: [AttachmentRecord] = []
    var instances: [InstanceRecord] = []
    var interfaces: [InterfaceRecord] = []
    var addresses: [AddressRecord] = []
    var securityGroups: [Placed<SecurityGroup>] = []
    var networkAcls: [Placed<NetworkAcl>] = []
    var gateways: [Placed<Gateway>] = []
    var vpnConnections: [VpnRecord] = []
    var prefixLists: [PrefixListRecord] = []
    var transitGatewayRouteTables: [Placed<TransitGatewayRouteTable>] = []
    var tableItems: [TableItemsRecord] = []
    var vpcAttachments: [VpcAttachmentRecord] = []
    var vpcAttributes: [VpcAttributeRecord] = []
    /// Accounts named by `sts get-caller-identity` output, by the folder it was in.
    var identities: [(folder: String, account: String)] = []
}

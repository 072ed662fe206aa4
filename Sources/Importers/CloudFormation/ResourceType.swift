/// A CloudFormation resource type linkscope maps to the model: the properties it accepts
/// (any other is refused, with a suggestion, as a misspelt property would otherwise be
/// silently ignored) and what `Fn::GetAtt` gives for its attributes.
///
/// Properties and attributes are those of the CloudFormation template reference
/// (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html)
/// and the resource schemas behind it, read 2026-11-30.
struct ResourceType: Sendable {
    /// What an attribute gives.
    enum Attribute: Sendable {
        /// The resource itself: its id in the model (`VPC.VpcId`, `SecurityGroup.GroupId`).
        case identity
        /// The value of one of its properties (`VPC.CidrBlock`, `Subnet.AvailabilityZone`).
        case property(String)
        /// Known only once deployed (`LoadBalancer.DNSName`): a symbolic value.
        case deployed
    }

    let name: String
    let properties: Set<String>
    let attributes: [String: Attribute]

    init(_ name: String, _ properties: [String], identity: [String] = [], property: [String: String] = [:],
         deployed: [String] = []) {
        self.name = name
        self.properties = Set(properties + ["Tags"])
        var attributes: [String: Attribute] = [:]
        for a in identity { attributes[a] = .identity }
        for (a, p) in property { attributes[a] = .property(p) }
        for a in deployed { attributes[a] = .deployed }
        self.attributes = attributes
    }

    /// The mapped types, by name.
    static let byName: [String: ResourceType] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    static let all: [ResourceType] = network + routing + security + endpoints + transit + hybrid + hosts
}

extension ResourceType {
    static let vpc = "AWS::EC2::VPC", vpcCidrBlock = "AWS::EC2::VPCCidrBlock", subnet = "AWS::EC2::Subnet"
    static let routeTable = "AWS::EC2::RouteTable", route = "AWS::EC2::Route"
    static let subnetRouteTableAssociation = "AWS::EC2::SubnetRouteTableAssociation"
    static let internetGateway = "AWS::EC2::InternetGateway", egressOnlyInternetGateway = "AWS::EC2::EgressOnlyInternetGateway"
    static let gatewayAttachment = "AWS::EC2::VPCGatewayAttachment", natGateway = "AWS::EC2::NatGateway", eip = "AWS::EC2::EIP"
    static let securityGroup = "AWS::EC2::SecurityGroup", securityGroupIngress = "AWS::EC2::SecurityGroupIngress"
    static let securityGroupEgress = "AWS::EC2::SecurityGroupEgress", networkAcl = "AWS::EC2::NetworkAcl"
    static let networkAclEntry = "AWS::EC2::NetworkAclEntry", subnetNetworkAclAssociation = "AWS::EC2::SubnetNetworkAclAssociation"
    static let vpcEndpoint = "AWS::EC2::VPCEndpoint", vpcEndpointService = "AWS::EC2::VPCEndpointService"
    static let vpcEndpointServicePermissions = "AWS::EC2::VPCEndpointServicePermissions"
    static let vpcPeeringConnection = "AWS::EC2::VPCPeeringConnection", transitGateway = "AWS::EC2::TransitGateway"
    static let transitGatewayAttachment = "AWS::EC2::TransitGatewayAttachment"
    static let transitGatewayVpcAttachment = "AWS::EC2::TransitGatewayVpcAttachment"
    static let transitGatewayRouteTable = "AWS::EC2::TransitGatewayRouteTable", transitGatewayRoute = "AWS::EC2::TransitGatewayRoute"
    static let transitGatewayRouteTableAssociation = "AWS::EC2::TransitGatewayRouteTableAssociation"
    static let transitGatewayRouteTablePropagation = "AWS::EC2::TransitGatewayRouteTablePropagation"
    static let transitGatewayPeeringAttachment = "AWS::EC2::TransitGatewayPeeringAttachment"
    static let vpnGateway = "AWS::EC2::VPNGateway", vpnConnection = "AWS::EC2::VPNConnection"
    static let vpnConnectionRoute = "AWS::EC2::VPNConnectionRoute", customerGateway = "AWS::EC2::CustomerGateway"
    static let directConnectConnection = "AWS::DirectConnect::Connection"
    static let privateVirtualInterface = "AWS::DirectConnect::PrivateVirtualInterface"
    static let instance = "AWS::EC2::Instance", networkInterface = "AWS::EC2::NetworkInterface"
    static let loadBalancer = "AWS::ElasticLoadBalancingV2::LoadBalancer"

    static let network: [ResourceType] = [
        ResourceType(vpc, ["CidrBlock", "EnableDnsHostnames", "EnableDnsSupport", "InstanceTenancy", "Ipv4IpamPoolId",
                           "Ipv4NetmaskLength"],
                     identity: ["VpcId"], property: ["CidrBlock": "CidrBlock"],
                     deployed: ["CidrBlockAssociations", "DefaultNetworkAcl", "DefaultSecurityGroup", "Ipv6CidrBlocks"]),
        ResourceType(vpcCidrBlock, ["AmazonProvidedIpv6CidrBlock", "CidrBlock", "Ipv4IpamPoolId", "Ipv4NetmaskLength",
                                    "Ipv6CidrBlock", "Ipv6CidrBlockNetworkBorderGroup", "Ipv6IpamPoolId", "Ipv6NetmaskLength",
                                    "Ipv6Pool", "VpcId"],
                     identity: ["Id"], property: ["Ipv6CidrBlock": "Ipv6CidrBlock"], deployed: ["IpSource", "Ipv6AddressAttribute"]),
        ResourceType(subnet, ["AssignIpv6AddressOnCreation", "AvailabilityZone", "AvailabilityZoneId", "CidrBlock",
                              "EnableDns64", "EnableLniAtDeviceIndex", "Ipv4IpamPoolId", "Ipv4NetmaskLength", "Ipv6CidrBlock",
                              "Ipv6IpamPoolId", "Ipv6Native", "Ipv6NetmaskLength", "MapPublicIpOnLaunch", "OutpostArn",
                              "PrivateDnsNameOptionsOnLaunch", "VpcId"],
                     identity: ["SubnetId"],
                     property: ["AvailabilityZone": "AvailabilityZone", "AvailabilityZoneId": "AvailabilityZoneId",
                                "CidrBlock": "CidrBlock", "OutpostArn": "OutpostArn", "VpcId": "VpcId"],
                     deployed: ["Ipv6CidrBlocks", "NetworkAclAssociationId", "BlockPublicAccessStates"]),
    ]

    static let routing: [ResourceType] = [
        ResourceType(routeTable, ["VpcId"], identity: ["RouteTableId"]),
        ResourceType(route, ["CarrierGatewayId", "CoreNetworkArn", "DestinationCidrBlock", "DestinationIpv6CidrBlock",
                             "DestinationPrefixListId", "EgressOnlyInternetGatewayId", "GatewayId", "InstanceId",
                             "LocalGatewayId", "NatGatewayId", "NetworkInterfaceId", "RouteTableId", "TransitGatewayId",
                             "VpcEndpointId", "VpcPeeringConnectionId"],
                     property: ["CidrBlock": "DestinationCidrBlock"]),
        ResourceType(subnetRouteTableAssociation, ["RouteTableId", "SubnetId"], identity: ["Id"]),
        ResourceType(internetGateway, [], identity: ["InternetGatewayId"]),
        ResourceType(egressOnlyInternetGateway, ["VpcId"], identity: ["Id"]),
        ResourceType(gatewayAttachment, ["InternetGatewayId", "VpcId", "VpnGatewayId"]),
        ResourceType(natGateway, ["AllocationId", "AvailabilityMode", "AvailabilityZoneAddresses", "ConnectivityType",
                                  "MaxDrainDurationSeconds", "PrivateIpAddress", "SecondaryAllocationIds",
                                  "SecondaryPrivateIpAddressCount", "SecondaryPrivateIpAddresses", "SubnetId", "VpcId"],
                     identity: ["NatGatewayId"], deployed: ["AutoProvisionZones", "AutoScalingIps", "RouteTableId"]),
        ResourceType(eip, ["Address", "Domain", "InstanceId", "IpamPoolId", "NetworkBorderGroup", "PublicIpv4Pool",
                           "TransferAddress"],
                     identity: ["AllocationId"], property: ["PublicIp": "Address"]),
    ]
}

import Testing
@testable import Importers
@testable import Topology

/// Each mapped resource type becomes the right element with the right fields; the logical
/// id is the element id and the `Name` tag (else the logical id) its name.
@Suite struct CloudFormationResourceTests {
    static let network = """
        AWSTemplateFormatVersion: "2010-09-09"
        Description: every type
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
              EnableDnsHostnames: true
              Tags: [{Key: Name, Value: main}]
          Extra: {Type: AWS::EC2::VPCCidrBlock, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.1.0.0/16}}
          SubnetA:
            Type: AWS::EC2::Subnet
            Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a}
          SubnetB:
            Type: AWS::EC2::Subnet
            Properties: {VpcId: !Ref Vpc, CidrBlock: 10.1.2.0/24, AvailabilityZoneId: use1-az2}
          Igw: {Type: AWS::EC2::InternetGateway}
          IgwAttachment: {Type: AWS::EC2::VPCGatewayAttachment, Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}}
          Eigw: {Type: AWS::EC2::EgressOnlyInternetGateway, Properties: {VpcId: !Ref Vpc}}
          Eip: {Type: AWS::EC2::EIP, Properties: {Address: 203.0.113.10}}
          Nat:
            Type: AWS::EC2::NatGateway
            Properties: {SubnetId: !Ref SubnetA, AllocationId: !GetAtt Eip.AllocationId, PrivateIpAddress: 10.0.1.9}
          PrivateNat: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: !Ref SubnetB, ConnectivityType: private}}
          Table: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
          ToInternet:
            Type: AWS::EC2::Route
            Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}
          ToOnPrem:
            Type: AWS::EC2::Route
            Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 172.16.0.0/12, TransitGatewayId: !Ref Tgw}
          ToPeer:
            Type: AWS::EC2::Route
            Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 10.9.0.0/16, VpcPeeringConnectionId: !Ref Peering}
          Assoc: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref SubnetA, RouteTableId: !Ref Table}}
          Web:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: web tier
              VpcId: !Ref Vpc
              SecurityGroupIngress:
                - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0, Description: https}
              SecurityGroupEgress:
                - {IpProtocol: "-1", DestinationPrefixListId: pl-1234}
          App: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: app, GroupName: app-tier, VpcId: !Ref Vpc}}
          AppFromWeb:
            Type: AWS::EC2::SecurityGroupIngress
            Properties: {GroupId: !Ref App, IpProtocol: tcp, FromPort: 8080, ToPort: 8081, SourceSecurityGroupId: !GetAtt Web.GroupId}
          AppToDb:
            Type: AWS::EC2::SecurityGroupEgress
            Properties: {GroupId: !Ref App, IpProtocol: udp, FromPort: 53, ToPort: 53, CidrIp: 10.0.0.2/32}
          Acl: {Type: AWS::EC2::NetworkAcl, Properties: {VpcId: !Ref Vpc}}
          AclIn:
            Type: AWS::EC2::NetworkAclEntry
            Properties: {NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 10.0.0.0/8, PortRange: {From: 443, To: 443}}
          AclOut:
            Type: AWS::EC2::NetworkAclEntry
            Properties: {NetworkAclId: !Ref Acl, RuleNumber: 200, Protocol: -1, RuleAction: deny, Egress: true, CidrBlock: 0.0.0.0/0}
          AclAssoc: {Type: AWS::EC2::SubnetNetworkAclAssociation, Properties: {SubnetId: !Ref SubnetB, NetworkAclId: !Ref Acl}}
          Nlb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties: {Type: network, Scheme: internal, Subnets: [!Ref SubnetA, !Ref SubnetB], Name: api-nlb}
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties: {SubnetMappings: [{SubnetId: !Ref SubnetA}], SecurityGroups: [!Ref Web]}
          Service:
            Type: AWS::EC2::VPCEndpointService
            Properties: {NetworkLoadBalancerArns: [!Ref Nlb], AcceptanceRequired: true, SupportedRegions: [eu-west-1]}
          Permissions:
            Type: AWS::EC2::VPCEndpointServicePermissions
            Properties: {ServiceId: !Ref Service, AllowedPrincipals: ["arn:aws:iam::111122223333:root"]}
          S3:
            Type: AWS::EC2::VPCEndpoint
            Properties: {VpcId: !Ref Vpc, ServiceName: !Sub "com.amazonaws.${AWS::Region}.s3", RouteTableIds: [!Ref Table]}
          ToService:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: !Ref Vpc
              VpcEndpointType: Interface
              ServiceName: !Sub "com.amazonaws.vpce.${AWS::Region}.${Service}"
              SubnetIds: [!Ref SubnetA]
              SecurityGroupIds: [!Ref App]
              PrivateDnsEnabled: true
              PolicyDocument: {Statement: [{Effect: Allow, Principal: "*", Action: "*"}]}
          Partner:
            Type: AWS::EC2::VPCEndpoint
            Properties: {VpcId: !Ref Vpc, VpcEndpointType: Interface, ServiceName: com.amazonaws.vpce.us-east-1.vpce-svc-0abc, SubnetIds: [!Ref SubnetB]}
          Inspection:
            Type: AWS::EC2::VPCEndpoint
            Properties: {VpcId: !Ref Vpc, VpcEndpointType: GatewayLoadBalancer, ServiceName: com.amazonaws.vpce.us-east-1.vpce-svc-0gwlb, SubnetIds: [!Ref SubnetA]}
          Lattice:
            Type: AWS::EC2::VPCEndpoint
            Properties: {VpcId: !Ref Vpc, VpcEndpointType: ServiceNetwork, ServiceNetworkArn: !GetAtt Network.Arn, SubnetIds: [!Ref SubnetA]}
          Db:
            Type: AWS::EC2::VPCEndpoint
            Properties: {VpcId: !Ref Vpc, VpcEndpointType: Resource, ResourceConfigurationArn: "arn:aws:vpc-lattice:us-east-1:111122223333:resourceconfiguration/rcfg-1", SubnetIds: [!Ref SubnetB]}
          Network: {Type: AWS::VpcLattice::ServiceNetwork, Properties: {Name: retail}}
          Peer: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.9.0.0/16}}
          Peering: {Type: AWS::EC2::VPCPeeringConnection, Properties: {VpcId: !Ref Vpc, PeerVpcId: !Ref Peer}}
          Tgw: {Type: AWS::EC2::TransitGateway, Properties: {AmazonSideAsn: 64512}}
          Attachment:
            Type: AWS::EC2::TransitGatewayVpcAttachment
            Properties: {TransitGatewayId: !Ref Tgw, VpcId: !Ref Vpc, SubnetIds: [!Ref SubnetA, !Ref SubnetB], Options: {ApplianceModeSupport: enable}}
          PeerAttachment:
            Type: AWS::EC2::TransitGatewayAttachment
            Properties: {TransitGatewayId: !Ref Tgw, VpcId: !Ref Peer, SubnetIds: []}
          TgwTable: {Type: AWS::EC2::TransitGatewayRouteTable, Properties: {TransitGatewayId: !Ref Tgw}}
          TgwAssoc:
            Type: AWS::EC2::TransitGatewayRouteTableAssociation
            Properties: {TransitGatewayRouteTableId: !Ref TgwTable, TransitGatewayAttachmentId: !Ref Attachment}
          TgwProp:
            Type: AWS::EC2::TransitGatewayRouteTablePropagation
            Properties: {TransitGatewayRouteTableId: !Ref TgwTable, TransitGatewayAttachmentId: !Ref PeerAttachment}
          TgwRoute:
            Type: AWS::EC2::TransitGatewayRoute
            Properties: {TransitGatewayRouteTableId: !Ref TgwTable, DestinationCidrBlock: 10.9.0.0/16, TransitGatewayAttachmentId: !Ref PeerAttachment}
          TgwDrop:
            Type: AWS::EC2::TransitGatewayRoute
            Properties: {TransitGatewayRouteTableId: !Ref TgwTable, DestinationCidrBlock: 192.168.0.0/16, Blackhole: true}
          OtherTgw: {Type: AWS::EC2::TransitGateway}
          TgwPeering:
            Type: AWS::EC2::TransitGatewayPeeringAttachment
            Properties: {TransitGatewayId: !Ref Tgw, PeerTransitGatewayId: !Ref OtherTgw, PeerRegion: us-east-1, PeerAccountId: "123456789012"}
          Vgw: {Type: AWS::EC2::VPNGateway, Properties: {Type: ipsec.1, AmazonSideAsn: 65001}}
          VgwAttachment: {Type: AWS::EC2::VPCGatewayAttachment, Properties: {VpcId: !Ref Peer, VpnGatewayId: !Ref Vgw}}
          Cgw: {Type: AWS::EC2::CustomerGateway, Properties: {Type: ipsec.1, BgpAsn: 65000, IpAddress: 198.51.100.7}}
          Vpn:
            Type: AWS::EC2::VPNConnection
            Properties: {Type: ipsec.1, CustomerGatewayId: !Ref Cgw, VpnGatewayId: !Ref Vgw, StaticRoutesOnly: true}
          VpnRoute: {Type: AWS::EC2::VPNConnectionRoute, Properties: {VpnConnectionId: !Ref Vpn, DestinationCidrBlock: 172.16.0.0/16}}
          TgwVpn:
            Type: AWS::EC2::VPNConnection
            Properties: {Type: ipsec.1, CustomerGatewayId: !Ref Cgw, TransitGatewayId: !Ref Tgw}
          Dx: {Type: AWS::DirectConnect::Connection, Properties: {Bandwidth: 1Gbps, ConnectionName: dc-east, Location: EqDC2}}
          Vif:
            Type: AWS::DirectConnect::PrivateVirtualInterface
            Properties: {ConnectionId: !Ref Dx, VirtualGatewayId: !Ref Vgw, Vlan: 101, VirtualInterfaceName: vif, BgpPeers: []}
          Server:
            Type: AWS::EC2::Instance
            Properties: {SubnetId: !Ref SubnetA, SecurityGroupIds: [!Ref App], PrivateIpAddress: 10.0.1.20, ImageId: ami-1}
          ServerIp: {Type: AWS::EC2::EIP, Properties: {Address: 203.0.113.20, InstanceId: !Ref Server}}
          Appliance:
            Type: AWS::EC2::Instance
            Properties:
              NetworkInterfaces: [{DeviceIndex: "0", SubnetId: !Ref SubnetB, GroupSet: [!Ref Web], PrivateIpAddress: 10.1.2.30}]
          Eni:
            Type: AWS::EC2::NetworkInterface
            Properties: {SubnetId: !Ref SubnetB, GroupSet: [!Ref Web], PrivateIpAddress: 10.1.2.40, PrivateIpAddresses: [{PrivateIpAddress: 10.1.2.41, Primary: false}]}
          Bucket: {Type: AWS::S3::Bucket}
          Role: {Type: AWS::IAM::Role, Properties: {AssumeRolePolicyDocument: {}}}
          OtherRole: {Type: AWS::IAM::Role}

        """

    let model: NetworkModel

    init() throws {
        model = try loadTemplate(Self.network, file: "network.yaml")
    }

    @Test func vpcsTakeTheirCidrBlocksRegionAccountAndDnsDefaults() throws {
        let vpc = try #require(model.vpc("Vpc"))
        #expect(vpc.name == "main")
        #expect(vpc.cidrs.map(\.description) == ["10.0.0.0/16", "10.1.0.0/16"])
        #expect(vpc.region == "us-east-1" && vpc.account == "123456789012")
        #expect(vpc.dnsSupport == true && vpc.dnsHostnames == true)
        #expect(model.vpc("Peer")?.dnsHostnames == false)
        #expect(vpc.location == SourceLocation(file: "network.yaml", line: 4, column: 3))
    }

    @Test func subnetsHaveZoneNameAndIdFromTheFixedPairing() throws {
        let a = try #require(model.subnet("SubnetA")), b = try #require(model.subnet("SubnetB"))
        #expect((a.vpc, a.zone, a.zoneId, a.cidr?.description) == ("Vpc", "us-east-1a", "use1-az1", "10.0.1.0/24"))
        #expect((b.zone, b.zoneId) == ("us-east-1b", "use1-az2"))
    }

    @Test func gatewaysAreAttachedToTheirVpcs() throws {
        let byId = Dictionary(uniqueKeysWithValues: model.gateways.map { ($0.id, $0) })
        #expect(byId["Igw"]?.type == .internet && byId["Igw"]?.vpc == "Vpc")
        #expect(byId["Eigw"]?.type == .egressOnlyInternet && byId["Eigw"]?.vpc == "Vpc")
        let nat = try #require(byId["Nat"])
        #expect((nat.type, nat.vpc, nat.subnet, nat.connectivity) == (.nat, "Vpc", "SubnetA", .public))
        #expect(nat.publicIp?.description == "203.0.113.10" && nat.privateIp?.description == "10.0.1.9")
        #expect(byId["PrivateNat"]?.connectivity == .private && byId["PrivateNat"]?.publicIp == nil)
        #expect((byId["Vgw"]?.type, byId["Vgw"]?.vpc, byId["Vgw"]?.asn) == (.virtualPrivate, "Peer", 65001))
        #expect((byId["Cgw"]?.type, byId["Cgw"]?.publicIp?.description, byId["Cgw"]?.asn) == (.customer, "198.51.100.7", 65000))
    }

    @Test func routeTablesHoldLocalRoutesTheirRoutesAndAssociations() throws {
        let table = try #require(model.routeTables.first { $0.id == "Table" })
        #expect(table.subnets == ["SubnetA"])
        #expect(table.main == false)
        #expect(table.routes.map { "\($0.destination) \($0.target)" } == [
            "10.0.0.0/16 local", "10.1.0.0/16 local", "0.0.0.0/0 Igw", "172.16.0.0/12 Tgw", "10.9.0.0/16 Peering",
            "PrefixList:com.amazonaws.us-east-1.s3 S3",
        ])
        // No association: no route table, as CloudFormation cannot define the main one.
        #expect(model.routeTable(forSubnet: try #require(model.subnet("SubnetB")))?.table.id == nil)
    }

    @Test func securityGroupsCollectInlineAndStandaloneRules() throws {
        let web = try #require(model.securityGroups.first { $0.id == "Web" })
        #expect(web.description == "web tier" && web.vpc == "Vpc")
        #expect(web.ingress?.map(\.description) == ["tcp 443 0.0.0.0/0 'https'"])
        #expect(web.egress?.map(\.description) == ["all pl-1234"])
        let app = try #require(model.securityGroups.first { $0.id == "App" })
        #expect(app.name == "app-tier")
        #expect(app.ingress?.map(\.description) == ["tcp 8080-8081 Web"])
        // No SecurityGroupEgress property: AWS's allow-all rule, then the standalone one.
        #expect(app.egress?.map(\.description) == ["all 0.0.0.0/0", "udp 53 10.0.0.2/32"])
    }

    @Test func networkAclsHoldEntriesAndSubnets() throws {
        let acl = try #require(model.networkAcls.first)
        #expect((acl.id, acl.vpc, acl.isDefault, acl.subnets) == ("Acl", "Vpc", false, ["SubnetB"]))
        #expect(acl.entries.map(\.description) == ["#100 allow tcp 443 10.0.0.0/8", "#200 deny all 0.0.0.0/0"])
        #expect(acl.entries.map(\.egress) == [false, true])
    }

    @Test func loadBalancersTakeTypeSchemeSubnetsAndVpc() throws {
        let nlb = try #require(model.loadBalancer("Nlb"))
        #expect((nlb.name, nlb.type, nlb.scheme, nlb.vpc, nlb.subnets) == ("api-nlb", .network, .internal, "Vpc", ["SubnetA", "SubnetB"]))
        let alb = try #require(model.loadBalancer("Alb"))
        #expect((alb.type, alb.scheme, alb.subnets, alb.securityGroups) == (.application, .internetFacing, ["SubnetA"], ["Web"]))
    }

    @Test func endpointServicesAndEndpointsOfEveryType() throws {
        let service = try #require(model.service("Service"))
        #expect(service.name == "com.amazonaws.vpce.us-east-1.Service")
        #expect((service.serviceKind, service.type, service.loadBalancers) == (.endpointService, .interface, ["Nlb"]))
        #expect(service.acceptanceRequired && service.supportedRegions == ["eu-west-1"])
        #expect(service.allowedPrincipals == ["arn:aws:iam::111122223333:root"])
        let endpoints = Dictionary(uniqueKeysWithValues: model.endpoints.map { ($0.id, $0) })
        #expect((endpoints["S3"]?.type, endpoints["S3"]?.service, endpoints["S3"]?.routeTables) == (.gateway, "com.amazonaws.us-east-1.s3", ["Table"]))
        #expect(model.service("com.amazonaws.us-east-1.s3")?.serviceKind == .awsService)
        let toService = try #require(endpoints["ToService"])
        #expect((toService.type, toService.service, toService.subnets, toService.securityGroups) == (.interface, "Service", ["SubnetA"], ["App"]))
        #expect(toService.privateDns)
        #expect(toService.policy == #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*"}]}"#)
        #expect(endpoints["Partner"]?.service == "vpce-svc-0abc")
        #expect(model.service("vpce-svc-0abc")?.isOutsideSources == true)
        #expect((endpoints["Inspection"]?.type, model.service("vpce-svc-0gwlb")?.type) == (.gatewayLoadBalancer, .gatewayLoadBalancer))
        #expect((endpoints["Lattice"]?.type, endpoints["Lattice"]?.service) == (.serviceNetwork, nil))
        #expect((endpoints["Db"]?.type, endpoints["Db"]?.service) == (.resource, nil))
    }

    @Test func connectionsJoinWhatTheyJoin() throws {
        let byId = Dictionary(uniqueKeysWithValues: model.connections.map { ($0.id, $0) })
        #expect((byId["Peering"]?.type, byId["Peering"]?.between) == (.vpcPeering, ["Vpc", "Peer"]))
        let tgw = try #require(byId["Tgw"])
        #expect(tgw.type == .transitGateway)
        #expect(tgw.attachments == ["Vpc", "Peer", "TgwPeering", "TgwVpn"])
        #expect(tgw.attachmentSubnets == ["Vpc": ["SubnetA", "SubnetB"], "Peer": []])
        #expect(tgw.applianceMode == ["Vpc"])
        #expect((byId["TgwPeering"]?.type, byId["TgwPeering"]?.between) == (.transitGatewayPeering, ["Tgw", "OtherTgw"]))
        let vpn = try #require(byId["Vpn"])
        #expect((vpn.type, vpn.between, vpn.vpnGateway, vpn.customerGateway) == (.vpn, ["Peer"], "Vgw", "Cgw"))
        #expect(vpn.staticRoutes.map(\.description) == ["172.16.0.0/16"])
        #expect((byId["TgwVpn"]?.between, byId["TgwVpn"]?.vpnGateway) == ([], nil))
        #expect((byId["Dx"]?.type, byId["Dx"]?.name, byId["Dx"]?.between) == (.directConnect, "dc-east", ["Peer"]))
    }

    @Test func transitGatewayRouteTablesNameAttachmentsByWhatTheyAttach() throws {
        let table = try #require(model.transitGatewayRouteTables.first)
        #expect((table.id, table.transitGateway, table.associations, table.propagations) == ("TgwTable", "Tgw", ["Vpc"], ["Peer"]))
        #expect(table.routes.map(\.description) == ["10.9.0.0/16 → Peer", "192.168.0.0/16 → blackhole"])
    }

    @Test func instancesAndInterfacesSitInTheirSubnets() throws {
        let server = try #require(model.instances.first { $0.id == "Server" })
        #expect((server.vpc, server.subnet, server.securityGroups) == ("Vpc", "SubnetA", ["App"]))
        #expect(server.privateIps.map(\.description) == ["10.0.1.20"] && server.publicIp?.description == "203.0.113.20")
        let appliance = try #require(model.instances.first { $0.id == "Appliance" })
        #expect((appliance.subnet, appliance.securityGroups, appliance.privateIps.map(\.description)) == ("SubnetB", ["Web"], ["10.1.2.30"]))
        let eni = try #require(model.networkInterfaces.first)
        #expect((eni.id, eni.vpc, eni.subnet, eni.securityGroups) == ("Eni", "Vpc", "SubnetB", ["Web"]))
        #expect(eni.privateIps.map(\.description) == ["10.1.2.40", "10.1.2.41"])
    }

    @Test func otherTypesAreCountedAsNotModelled() {
        #expect(model.notModelled == ["AWS::S3::Bucket": 1, "AWS::IAM::Role": 2, "AWS::VpcLattice::ServiceNetwork": 1])
        #expect(model.warnings.isEmpty, "\(model.warnings)")
    }
}

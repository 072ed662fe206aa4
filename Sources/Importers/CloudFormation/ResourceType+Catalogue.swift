/// The mapped types beyond the VPC's own network: security, endpoints, transit, hybrid
/// links and what sends and receives traffic (sources as in `ResourceType`).
extension ResourceType {
    static let ingressRule = ["CidrIp", "CidrIpv6", "Description", "FromPort", "IpProtocol", "SourcePrefixListId",
                              "SourceSecurityGroupId", "SourceSecurityGroupName", "SourceSecurityGroupOwnerId", "ToPort"]
    static let egressRule = ["CidrIp", "CidrIpv6", "Description", "DestinationPrefixListId", "DestinationSecurityGroupId",
                             "FromPort", "IpProtocol", "ToPort"]

    static let security: [ResourceType] = [
        ResourceType(securityGroup, ["GroupDescription", "GroupName", "SecurityGroupEgress", "SecurityGroupIngress", "VpcId"],
                     identity: ["GroupId"], property: ["VpcId": "VpcId"]),
        ResourceType(securityGroupIngress, ingressRule + ["GroupId", "GroupName"], identity: ["Id"]),
        ResourceType(securityGroupEgress, egressRule + ["GroupId"], identity: ["Id"]),
        ResourceType(networkAcl, ["VpcId"], identity: ["Id"]),
        ResourceType(networkAclEntry, ["CidrBlock", "Egress", "Icmp", "Ipv6CidrBlock", "NetworkAclId", "PortRange", "Protocol",
                                       "RuleAction", "RuleNumber"], identity: ["Id"]),
        ResourceType(subnetNetworkAclAssociation, ["NetworkAclId", "SubnetId"], identity: ["AssociationId"]),
    ]

    static let endpoints: [ResourceType] = [
        ResourceType(vpcEndpoint, ["DnsOptions", "IpAddressType", "PolicyDocument", "PrivateDnsEnabled",
                                   "ResourceConfigurationArn", "RouteTableIds", "SecurityGroupIds", "ServiceName",
                                   "ServiceNetworkArn", "ServiceRegion", "SubnetIds", "VpcEndpointType", "VpcId"],
                     identity: ["Id"], deployed: ["CreationTimestamp", "DnsEntries", "NetworkInterfaceIds"]),
        ResourceType(vpcEndpointService, ["AcceptanceRequired", "ContributorInsightsEnabled", "GatewayLoadBalancerArns",
                                          "NetworkLoadBalancerArns", "PayerResponsibility", "SupportedIpAddressTypes",
                                          "SupportedRegions"],
                     identity: ["ServiceId"]),
        ResourceType(vpcEndpointServicePermissions, ["AllowedPrincipals", "ServiceId"]),
    ]

    static let transit: [ResourceType] = [
        ResourceType(vpcPeeringConnection, ["PeerOwnerId", "PeerRegion", "PeerRoleArn", "PeerVpcId", "VpcId"], identity: ["Id"]),
        ResourceType(transitGateway, ["AmazonSideAsn", "AssociationDefaultRouteTableId", "AutoAcceptSharedAttachments",
                                      "DefaultRouteTableAssociation", "DefaultRouteTablePropagation", "Description",
                                      "DnsSupport", "EncryptionSupport", "MulticastSupport", "PropagationDefaultRouteTableId",
                                      "SecurityGroupReferencingSupport", "TransitGatewayCidrBlocks", "VpnEcmpSupport"],
                     identity: ["Id"], deployed: ["EncryptionSupportState", "TransitGatewayArn"]),
        ResourceType(transitGatewayAttachment, ["Options", "SubnetIds", "TransitGatewayId", "VpcId"], identity: ["Id"]),
        ResourceType(transitGatewayVpcAttachment, ["AddSubnetIds", "Options", "RemoveSubnetIds", "SubnetIds",
                                                   "TransitGatewayId", "VpcId"], identity: ["Id"]),
        ResourceType(transitGatewayRouteTable, ["TransitGatewayId"], identity: ["TransitGatewayRouteTableId"]),
        ResourceType(transitGatewayRoute, ["Blackhole", "DestinationCidrBlock", "TransitGatewayAttachmentId",
                                           "TransitGatewayRouteTableId"]),
        ResourceType(transitGatewayRouteTableAssociation, ["TransitGatewayAttachmentId", "TransitGatewayRouteTableId"]),
        ResourceType(transitGatewayRouteTablePropagation, ["TransitGatewayAttachmentId", "TransitGatewayRouteTableId"]),
        ResourceType(transitGatewayPeeringAttachment, ["Options", "PeerAccountId", "PeerRegion", "PeerTransitGatewayId",
                                                       "TransitGatewayId"],
                     identity: ["TransitGatewayAttachmentId"],
                     deployed: ["CreationTime", "State", "Status", "Status.Code", "Status.Message"]),
    ]

    static let hybrid: [ResourceType] = [
        ResourceType(vpnGateway, ["AmazonSideAsn", "Type"], identity: ["VPNGatewayId"]),
        ResourceType(vpnConnection, ["CustomerGatewayId", "EnableAcceleration", "LocalIpv4NetworkCidr", "LocalIpv6NetworkCidr",
                                     "OutsideIpAddressType", "PreSharedKeyStorage", "RemoteIpv4NetworkCidr",
                                     "RemoteIpv6NetworkCidr", "StaticRoutesOnly", "TransitGatewayId",
                                     "TransportTransitGatewayAttachmentId", "TunnelBandwidth", "TunnelInsideIpVersion",
                                     "Type", "VpnGatewayId", "VpnTunnelOptionsSpecifications"],
                     identity: ["VpnConnectionId"]),
        ResourceType(vpnConnectionRoute, ["DestinationCidrBlock", "VpnConnectionId"]),
        ResourceType(customerGateway, ["BgpAsn", "BgpAsnExtended", "CertificateArn", "DeviceName", "IpAddress", "Type"],
                     identity: ["CustomerGatewayId"]),
        ResourceType(directConnectConnection, ["Bandwidth", "ConnectionName", "LagId", "Location", "ProviderName",
                                               "RequestMACSec"],
                     identity: ["ConnectionId"], deployed: ["ConnectionArn", "ConnectionState"]),
        ResourceType(privateVirtualInterface, ["AllocatePrivateVirtualInterfaceRoleArn", "BgpPeers", "ConnectionId",
                                               "DirectConnectGatewayId", "EnableSiteLink", "Mtu", "VirtualGatewayId",
                                               "VirtualInterfaceName", "Vlan"],
                     identity: ["VirtualInterfaceId"], deployed: ["VirtualInterfaceArn"]),
    ]

    static let hosts: [ResourceType] = [
        ResourceType(instance, ["AdditionalInfo", "Affinity", "AvailabilityZone", "BlockDeviceMappings", "CpuOptions",
                                "CreditSpecification", "DisableApiTermination", "EbsOptimized", "ElasticGpuSpecifications",
                                "ElasticInferenceAccelerators", "EnclaveOptions", "HibernationOptions", "HostId",
                                "HostResourceGroupArn", "IamInstanceProfile", "ImageId", "InstanceInitiatedShutdownBehavior",
                                "InstanceType", "Ipv6AddressCount", "Ipv6Addresses", "KernelId", "KeyName", "LaunchTemplate",
                                "LicenseSpecifications", "MetadataOptions", "Monitoring", "NetworkInterfaces",
                                "PlacementGroupName", "PrivateDnsNameOptions", "PrivateIpAddress",
                                "PropagateTagsToVolumeOnCreation", "RamdiskId", "SecurityGroupIds", "SecurityGroups",
                                "SourceDestCheck", "SsmAssociations", "SubnetId", "Tenancy", "UserData", "Volumes"],
                     identity: ["InstanceId"],
                     property: ["AvailabilityZone": "AvailabilityZone", "PrivateIp": "PrivateIpAddress"],
                     deployed: ["PrivateDnsName", "PublicDnsName", "PublicIp", "VpcId", "State", "State.Code", "State.Name"]),
        ResourceType(networkInterface, ["ConnectionTrackingSpecification", "Description", "EnablePrimaryIpv6", "GroupSet",
                                        "InterfaceType", "Ipv4PrefixCount", "Ipv4Prefixes", "Ipv6AddressCount", "Ipv6Addresses",
                                        "Ipv6PrefixCount", "Ipv6Prefixes", "PrivateIpAddress", "PrivateIpAddresses",
                                        "SecondaryPrivateIpAddressCount", "SourceDestCheck", "SubnetId"],
                     identity: ["Id"], property: ["PrimaryPrivateIpAddress": "PrivateIpAddress"],
                     deployed: ["PrimaryIpv6Address", "SecondaryPrivateIpAddresses", "VpcId"]),
        ResourceType(loadBalancer, ["EnableCapacityReservationProvisionStabilize", "EnablePrefixForIpv6SourceNat",
                                    "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic", "IpAddressType",
                                    "Ipv4IpamPoolId", "LoadBalancerAttributes", "MinimumLoadBalancerCapacity", "Name",
                                    "Scheme", "SecurityGroups", "SubnetMappings", "Subnets", "Type"],
                     identity: ["LoadBalancerArn"],
                     deployed: ["CanonicalHostedZoneID", "DNSName", "LoadBalancerFullName", "LoadBalancerName", "SecurityGroups"]),
    ]
}

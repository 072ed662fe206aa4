/// Where the catalogue's and the price table's figures come from. Every figure the
/// product shows names one of these pages, so a reader can check it and see its age.
public enum OptionSources {
    /// The day most figures were last checked against their sources.
    public static let asOf = "2026-11-27"
    /// The day of the 2026-11 audit's re-check: figures corrected or added then carry it.
    public static let rechecked = "2026-11-30"

    static let privateLinkQuotas = "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html"
    static let privateLinkPricing = "https://aws.amazon.com/privatelink/pricing/"
    static let crossRegionAWSServices =
        "https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-cross-region-privatelink-support.html"
    static let gatewayEndpointsGuidance =
        "https://docs.aws.amazon.com/prescriptive-guidance/latest/aws-startup-security-baseline/wkld-12.html"
    static let s3PrivateLink = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html"
    static let gwlbEndpoints = "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-load-balancer-endpoints.html"
    static let vpcQuotas = "https://docs.aws.amazon.com/general/latest/gr/vpc-service.html"
    static let peeringCreate = "https://docs.aws.amazon.com/vpc/latest/peering/create-vpc-peering-connection.html"
    static let peeringWhitepaper =
        "https://docs.aws.amazon.com/whitepapers/latest/aws-vpc-connectivity-options/vpc-peering.html"
    static let tgwQuotas = "https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html"
    static let tgwVpcAttachments = "https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html"
    static let tgwHowItWorks = "https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html"
    static let tgwPricing = "https://aws.amazon.com/transit-gateway/pricing/"
    static let vpnTunnels = "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html"
    static let vpnPricing = "https://aws.amazon.com/vpn/pricing/"
    static let directConnect = "https://docs.aws.amazon.com/directconnect/latest/UserGuide/Welcome.html"
    static let directConnectPricing = "https://aws.amazon.com/directconnect/pricing/"
    static let latticeQuotas = "https://docs.aws.amazon.com/vpc-lattice/latest/ug/quotas.html"
    static let latticePricing = "https://aws.amazon.com/vpc/lattice/pricing/"
    static let natBasics = "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html"
    static let vpcPricing = "https://aws.amazon.com/vpc/pricing/"
    static let resourceAccess = "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-resources.html"
    static let privateLinkHistory = "https://docs.aws.amazon.com/vpc/latest/privatelink/doc-history.html"
    static let resourceGateway = "https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html"
    static let crossRegionBlog =
        "https://aws.amazon.com/blogs/networking-and-content-delivery/introducing-cross-region-connectivity-for-aws-privatelink/"
    static let tgwPeering = "https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering.html"
    static let tgwPeeringCreate = "https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering-create.html"
    static let tgwApplianceMode = "https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-appliance-scenario.html"
    static let tgwAttachmentOptions =
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-transitgatewayattachment-options.html"
    static let vpnHowItWorks = "https://docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html"
    static let vpnLargeTunnels = "https://docs.aws.amazon.com/vpn/latest/s2svpn/large-bandwidth-tunnels.html"
    static let dxDedicated = "https://docs.aws.amazon.com/directconnect/latest/UserGuide/dedicated_connection.html"
    static let dxHosted = "https://docs.aws.amazon.com/directconnect/latest/UserGuide/hosted_connection.html"
    static let natRegional = "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateways-regional.html"
    static let endpointIPv6 = "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_ec2.VpcEndpointIpAddressType.html"
    static let cloudWANWhatIs = "https://docs.aws.amazon.com/network-manager/latest/cloudwan/what-is-cloudwan.html"
    static let cloudWANQuotas = "https://docs.aws.amazon.com/network-manager/latest/cloudwan/cloudwan-quotas.html"
    static let vpcSharing = "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-sharing.html"
    static let ec2Pricing = "https://aws.amazon.com/ec2/pricing/on-demand/"
    /// Third-party pages; figures taken only from these are marked unconfirmed.
    static let thirdPartyDirectConnect = "https://c3x.dev/resources/aws/aws_dx_connection"
    static let thirdPartyPrivateLinkCost = "https://awsnegotiations.com/privatelink-cost-analysis.html"
    static let thirdPartyNatCost = "https://github.com/chime/terraform-aws-alternat"
    static let thirdPartyCrossAZCost = "https://basavytix.com/blog/aws-cross-az-data-transfer-cost"
}

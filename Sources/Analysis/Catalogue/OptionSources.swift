/// Where the catalogue's and the price table's figures come from. Every figure the
/// product shows names one of these pages, so a reader can check it and see its age.
public enum OptionSources {
    /// The day these figures were last checked against their sources.
    public static let asOf = "2026-11-27"

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
    /// Third-party pages; figures taken only from these are marked unconfirmed.
    static let thirdPartyDirectConnect = "https://c3x.dev/resources/aws/aws_dx_connection"
    static let thirdPartyPrivateLinkCost = "https://awsnegotiations.com/privatelink-cost-analysis.html"
    static let thirdPartyNatCost = "https://github.com/chime/terraform-aws-alternat"
}

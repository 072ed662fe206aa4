/// The PrivateLink family: endpoints a consumer creates in its own VPC, and VPC Lattice.
extension OptionCatalogue {
    static let interfaceEndpoint = ConnectivityOption(
        id: .interfaceEndpoint, direction: .consumerInitiates,
        transitive: OptionSupport(.notApplicable, "reachable from peered VPCs, a transit gateway, VPN and Direct Connect"),
        overlappingCidrs: OptionSupport(.yes, "no routes between the networks; the provider sees NLB addresses"),
        crossAccount: OptionSupport(.yes, "the provider allows the consumer's principal"),
        crossRegion: OptionSupport(.conditional,
                                   "endpoint services that list the consumer's region (since 2024-11-26); a short list of AWS services (a later launch)"),
        layer: "L4 TCP",
        bandwidth: [OptionFigure("bandwidth per AZ", "10 Gbps, scales automatically to 100 Gbps",
                                 source: OptionSources.privateLinkQuotas)],
        quotas: [OptionFigure("interface + GWLB endpoints per VPC", "50 (adjustable)", source: OptionSources.privateLinkQuotas),
                 OptionFigure("cross-region endpoint services", "since 2024-11-26, interface endpoints to NLB-backed services that list the consumer's region",
                              source: OptionSources.crossRegionBlog, asOf: OptionSources.rechecked),
                 OptionFigure("cross-region AWS services", "S3, IAM, ECR, KMS, ECS, Lambda, Data Firehose, Managed Service for Apache Flink, Route 53",
                              source: OptionSources.crossRegionAWSServices, asOf: OptionSources.rechecked),
                 OptionFigure("IPv6-only endpoint", "needs IPv6-only subnets and a service that accepts IPv6",
                              source: OptionSources.endpointIPv6, asOf: OptionSources.rechecked)],
        pricingModel: "per endpoint per AZ-hour + per GB processed (tiered above 1 PB a month) + inter-region transfer when cross-region",
        sources: [OptionSources.privateLinkQuotas, OptionSources.crossRegionAWSServices, OptionSources.crossRegionBlog,
                  OptionSources.s3PrivateLink, OptionSources.privateLinkPricing])

    static let gatewayEndpoint = ConnectivityOption(
        id: .gatewayEndpoint, direction: .routeTarget,
        transitive: OptionSupport(.no, "only traffic that starts in its own VPC; not from on-premises, peers or a TGW"),
        overlappingCidrs: OptionSupport(.notApplicable, "a prefix-list route to the service"),
        crossAccount: OptionSupport(.no, "serves its own VPC"),
        crossRegion: OptionSupport(.no, "same region as the VPC"),
        layer: "L3 (prefix-list route)",
        bandwidth: [],
        quotas: [OptionFigure("gateway endpoints per region", "20 (adjustable); up to 255 per VPC",
                              source: OptionSources.privateLinkQuotas),
                 OptionFigure("services", "Amazon S3 and DynamoDB only", source: OptionSources.gatewayEndpointsGuidance)],
        pricingModel: "no charge",
        sources: [OptionSources.gatewayEndpointsGuidance, OptionSources.s3PrivateLink])

    static let gatewayLoadBalancerEndpoint = ConnectivityOption(
        id: .gatewayLoadBalancerEndpoint, direction: .routeTarget,
        transitive: OptionSupport(.notApplicable, "steers routed traffic through appliances"),
        overlappingCidrs: OptionSupport(.notApplicable, "packets are carried to the appliances as they are"),
        crossAccount: OptionSupport(.yes, "the provider allows the consumer's principal"),
        crossRegion: OptionSupport(.no, "cross-region PrivateLink is for interface endpoints to NLB-backed services only"),
        layer: "L3 (GENEVE, UDP 6081, to the appliances)",
        bandwidth: [OptionFigure("bandwidth per AZ", "10 Gbps, scales automatically to 100 Gbps",
                                 source: OptionSources.gwlbEndpoints)],
        quotas: [OptionFigure("AZs per endpoint", "1 (one subnet); one endpoint per AZ for resilience",
                              source: OptionSources.gwlbEndpoints),
                 OptionFigure("interface + GWLB endpoints per VPC", "50 (adjustable)", source: OptionSources.privateLinkQuotas)],
        pricingModel: "per endpoint-hour + per GB processed",
        sources: [OptionSources.gwlbEndpoints, OptionSources.crossRegionBlog])

    static let vpcLattice = ConnectivityOption(
        id: .vpcLattice, direction: .consumerInitiates,
        transitive: OptionSupport(.conditional, "clients beyond the VPC (peering, TGW, VPN, DX) need a service-network endpoint"),
        overlappingCidrs: OptionSupport(.yes, "no routes between the networks"),
        crossAccount: OptionSupport(.yes, "service networks and services are shared with AWS RAM"),
        crossRegion: OptionSupport(.no, "a service network is regional"),
        layer: "L7 HTTP/HTTPS/gRPC, also TLS/TCP",
        bandwidth: [],
        quotas: [OptionFigure("service associations per service network", "500 (adjustable)",
                              source: OptionSources.latticeQuotas)],
        pricingModel: "per service-hour + per GB processed + per request",
        sources: [OptionSources.latticeQuotas, OptionSources.latticePricing])

    static let resourceEndpoint = ConnectivityOption(
        id: .resourceEndpoint, direction: .consumerInitiates,
        transitive: OptionSupport(.notApplicable, "reachable from networks that reach the endpoint's VPC"),
        overlappingCidrs: OptionSupport(.yes, "no routes between the networks"),
        crossAccount: OptionSupport(.yes, "resource configurations are shared with AWS RAM"),
        crossRegion: OptionSupport(.unconfirmed),
        layer: "L4 TCP",
        bandwidth: [],
        quotas: [OptionFigure("resource endpoints per VPC", "200 (adjustable)", source: OptionSources.privateLinkQuotas),
                 OptionFigure("resource gateways per VPC", "500 (adjustable; the resource-gateway guide still says 100)",
                              source: OptionSources.latticeQuotas, asOf: OptionSources.rechecked),
                 OptionFigure("shared subnets", "participant accounts may create resource gateways in shared VPC subnets (since 2026-11-10)",
                              source: OptionSources.privateLinkHistory, asOf: OptionSources.rechecked)],
        pricingModel: "per endpoint-hour + per GB processed (amounts unconfirmed)",
        sources: [OptionSources.resourceAccess, OptionSources.privateLinkQuotas])
}

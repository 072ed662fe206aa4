/// The routed options: links that join address spaces, and the way out to the internet.
extension OptionCatalogue {
    static let vpcPeering = ConnectivityOption(
        id: .vpcPeering, direction: .bidirectional,
        transitive: OptionSupport(.no, "joins exactly two VPCs; no edge-to-edge routing"),
        overlappingCidrs: OptionSupport(.no, "a request between overlapping IPv4 CIDRs fails"),
        crossAccount: OptionSupport(.yes),
        crossRegion: OptionSupport(.yes, "inter-region peering; security groups cannot reference the peer across regions"),
        layer: "L3",
        bandwidth: [OptionFigure("bandwidth", "no gateway in the path: no bottleneck of its own",
                                 source: OptionSources.peeringWhitepaper)],
        quotas: [OptionFigure("active peering connections per VPC", "50 (adjustable up to 125)",
                              source: OptionSources.vpcQuotas)],
        pricingModel: "no hourly charge; data transfer across AZs and regions",
        sources: [OptionSources.peeringCreate, OptionSources.peeringWhitepaper])

    static let transitGateway = ConnectivityOption(
        id: .transitGateway, direction: .bidirectional,
        transitive: OptionSupport(.yes, "a regional router; its route tables decide who reaches whom"),
        overlappingCidrs: OptionSupport(.no, "no routing between identical or overlapping CIDRs"),
        crossAccount: OptionSupport(.yes, "shared with AWS RAM"),
        crossRegion: OptionSupport(.no, "regional; peer transit gateways to reach another region"),
        layer: "L3",
        bandwidth: [OptionFigure("bandwidth per VPC attachment", "up to 100 Gbps per AZ",
                                 source: OptionSources.tgwQuotas, confirmed: false)],
        quotas: [OptionFigure("attachments per transit gateway", "5,000", source: OptionSources.tgwQuotas),
                 OptionFigure("transit gateways per account", "5 (adjustable)", source: OptionSources.tgwQuotas)],
        pricingModel: "per attachment-hour + per GB processed",
        sources: [OptionSources.tgwVpcAttachments, OptionSources.tgwHowItWorks, OptionSources.tgwQuotas])

    static let transitGatewayPeering = ConnectivityOption(
        id: .transitGatewayPeering, direction: .bidirectional,
        transitive: OptionSupport(.conditional, "static routes in each gateway's route tables"),
        overlappingCidrs: OptionSupport(.no, "the transit gateways route by destination address"),
        crossAccount: OptionSupport(.yes),
        crossRegion: OptionSupport(.yes, "its purpose: joins transit gateways of two regions"),
        layer: "L3",
        bandwidth: [],
        quotas: [OptionFigure("attachments per transit gateway", "5,000 (peering attachments included)",
                              source: OptionSources.tgwQuotas)],
        pricingModel: "per attachment-hour on each gateway + per GB processed + inter-region transfer",
        sources: [OptionSources.tgwHowItWorks, OptionSources.tgwQuotas])

    static let siteToSiteVPN = ConnectivityOption(
        id: .siteToSiteVPN, direction: .bidirectional,
        transitive: OptionSupport(.conditional, "when it ends on a transit gateway"),
        overlappingCidrs: OptionSupport(.no, "routed with BGP or static routes"),
        crossAccount: OptionSupport(.notApplicable, "joins a network outside AWS"),
        crossRegion: OptionSupport(.notApplicable, "ends in one region's VPC or transit gateway"),
        layer: "L3 IPsec",
        bandwidth: [OptionFigure("bandwidth per tunnel", "1.25 Gbps (standard) or 5 Gbps (large)",
                                 source: OptionSources.vpnTunnels)],
        quotas: [OptionFigure("tunnels per connection", "2, ending in different AZs", source: OptionSources.vpnTunnels)],
        pricingModel: "per connection-hour + data transfer out",
        sources: [OptionSources.vpnTunnels])

    static let directConnect = ConnectivityOption(
        id: .directConnect, direction: .bidirectional,
        transitive: OptionSupport(.conditional, "through a Direct Connect gateway and a transit gateway"),
        overlappingCidrs: OptionSupport(.no, "routed with BGP"),
        crossAccount: OptionSupport(.yes, "a Direct Connect gateway associates gateways of other accounts"),
        crossRegion: OptionSupport(.yes, "a Direct Connect gateway reaches many regions"),
        layer: "L2/L3 with BGP",
        bandwidth: [OptionFigure("dedicated port speeds", "1, 10, 100 or 400 Gbps; hosted from 50 Mbps",
                                 source: OptionSources.directConnect, confirmed: false)],
        quotas: [],
        pricingModel: "per port-hour + reduced data transfer out",
        sources: [OptionSources.directConnect])

    static let natGatewayInternet = ConnectivityOption(
        id: .natGatewayInternet, direction: .outboundOnly,
        transitive: OptionSupport(.notApplicable),
        overlappingCidrs: OptionSupport(.conditional, "a private NAT gateway is the usual overlap workaround"),
        crossAccount: OptionSupport(.notApplicable, "reaches public addresses"),
        crossRegion: OptionSupport(.notApplicable, "reaches public addresses"),
        layer: "L3/L4 (TCP, UDP, ICMP)",
        bandwidth: [OptionFigure("bandwidth", "5 Gbps, scales automatically to 100 Gbps", source: OptionSources.natBasics)],
        quotas: [],
        pricingModel: "per gateway-hour + per GB processed + data transfer out",
        sources: [OptionSources.natBasics])
}

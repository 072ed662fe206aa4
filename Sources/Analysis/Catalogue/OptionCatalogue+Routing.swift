/// The routed options: links that join address spaces, and the way out to the internet.
extension OptionCatalogue {
    static let vpcPeering = ConnectivityOption(
        id: .vpcPeering, direction: .bidirectional,
        transitive: OptionSupport(.no, "joins exactly two VPCs; no edge-to-edge routing"),
        overlappingCidrs: OptionSupport(.no, "a request between overlapping IPv4 CIDRs fails"),
        crossAccount: OptionSupport(.yes),
        crossRegion: OptionSupport(.yes, "inter-region peering (MTU 8500); security groups cannot reference the peer across regions"),
        layer: "L3",
        bandwidth: [OptionFigure("bandwidth", "no gateway in the path: no bottleneck of its own",
                                 source: OptionSources.peeringWhitepaper)],
        quotas: [OptionFigure("active peering connections per VPC", "50 (adjustable up to 125)",
                              source: OptionSources.vpcQuotas)],
        pricingModel: "no hourly charge; data transfer across AZs (billed out and in) and across regions",
        sources: [OptionSources.peeringCreate, OptionSources.peeringWhitepaper, OptionSources.ec2Pricing])

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
                 OptionFigure("transit gateways per account", "5 (adjustable)", source: OptionSources.tgwQuotas),
                 OptionFigure("appliance mode", "off by default; turn it on for a stateful inspection VPC's attachment so a flow keeps one AZ both ways",
                              source: OptionSources.tgwApplianceMode, asOf: OptionSources.rechecked),
                 OptionFigure("security group referencing", "across VPCs attached to one gateway (one region); off by default on the gateway",
                              source: OptionSources.tgwAttachmentOptions, asOf: OptionSources.rechecked),
                 OptionFigure("IPv6", "attachment subnets cannot be IPv6-only; each needs IPv4 too",
                              source: OptionSources.tgwVpcAttachments, asOf: OptionSources.rechecked)],
        pricingModel: "per attachment-hour + per GB processed",
        sources: [OptionSources.tgwVpcAttachments, OptionSources.tgwHowItWorks, OptionSources.tgwQuotas,
                  OptionSources.tgwApplianceMode])

    static let transitGatewayPeering = ConnectivityOption(
        id: .transitGatewayPeering, direction: .bidirectional,
        transitive: OptionSupport(.conditional, "static routes in each gateway's route tables"),
        overlappingCidrs: OptionSupport(.no, "the transit gateways route by destination address"),
        crossAccount: OptionSupport(.yes, "the owner of each gateway peers it; a gateway shared with you through AWS RAM cannot be peered"),
        crossRegion: OptionSupport(.yes, "joins gateways in two regions, or two in one region (one gateway is simpler there)"),
        layer: "L3",
        bandwidth: [],
        quotas: [OptionFigure("attachments per transit gateway", "5,000 (peering attachments included)",
                              source: OptionSources.tgwQuotas),
                 OptionFigure("scope", "intra-region and inter-region; static routes only; the accepter must accept",
                              source: OptionSources.tgwPeering, asOf: OptionSources.rechecked),
                 OptionFigure("who can peer", "only the owner: transit gateways shared with you are not available for peering",
                              source: OptionSources.tgwPeeringCreate, asOf: OptionSources.rechecked)],
        pricingModel: "per attachment-hour on each gateway + per GB processed + inter-region transfer",
        sources: [OptionSources.tgwPeering, OptionSources.tgwHowItWorks, OptionSources.tgwQuotas])

    static let siteToSiteVPN = ConnectivityOption(
        id: .siteToSiteVPN, direction: .bidirectional,
        transitive: OptionSupport(.conditional, "when it ends on a transit gateway"),
        overlappingCidrs: OptionSupport(.no, "routed with BGP or static routes"),
        crossAccount: OptionSupport(.notApplicable, "joins a network outside AWS"),
        crossRegion: OptionSupport(.notApplicable, "ends in one region's VPC or transit gateway"),
        layer: "L3 IPsec",
        bandwidth: [OptionFigure("bandwidth per tunnel", "1.25 Gbps (Standard); 5 Gbps (Large, on a transit gateway or Cloud WAN only)",
                                 source: OptionSources.vpnLargeTunnels, asOf: OptionSources.rechecked)],
        quotas: [OptionFigure("tunnels per connection", "2, ending in different AZs", source: OptionSources.vpnTunnels),
                 OptionFigure("IPv6", "a virtual private gateway carries IPv4 only; IPv6 needs a transit gateway or Cloud WAN",
                              source: OptionSources.vpnHowItWorks, asOf: OptionSources.rechecked)],
        pricingModel: "per connection-hour (Large tunnels cost more) + data transfer out; on a transit gateway also its attachment-hour and per GB",
        sources: [OptionSources.vpnTunnels, OptionSources.vpnLargeTunnels, OptionSources.vpnHowItWorks])

    static let directConnect = ConnectivityOption(
        id: .directConnect, direction: .bidirectional,
        transitive: OptionSupport(.conditional, "through a Direct Connect gateway and a transit gateway"),
        overlappingCidrs: OptionSupport(.no, "routed with BGP"),
        crossAccount: OptionSupport(.yes, "a Direct Connect gateway associates gateways of other accounts"),
        crossRegion: OptionSupport(.yes, "a Direct Connect gateway reaches many regions"),
        layer: "L2/L3 with BGP",
        bandwidth: [OptionFigure("dedicated port speeds", "1, 10, 100 or 400 Gbps",
                                 source: OptionSources.dxDedicated, asOf: OptionSources.rechecked),
                    OptionFigure("hosted connection speeds", "50 Mbps to 25 Gbps, from a partner",
                                 source: OptionSources.dxHosted, asOf: OptionSources.rechecked)],
        quotas: [],
        pricingModel: "per port-hour + reduced data transfer out; on a transit gateway also its attachment-hour and per GB",
        sources: [OptionSources.directConnect, OptionSources.dxDedicated])

    static let natGatewayInternet = ConnectivityOption(
        id: .natGatewayInternet, direction: .outboundOnly,
        transitive: OptionSupport(.notApplicable),
        overlappingCidrs: OptionSupport(.conditional, "a private NAT gateway is the usual overlap workaround"),
        crossAccount: OptionSupport(.notApplicable, "reaches public addresses"),
        crossRegion: OptionSupport(.notApplicable, "reaches public addresses"),
        layer: "L3/L4 (TCP, UDP, ICMP)",
        bandwidth: [OptionFigure("bandwidth", "5 Gbps, scales automatically to 100 Gbps", source: OptionSources.natBasics)],
        quotas: [OptionFigure("availability mode", "zonal (one AZ; a public one sits in a public subnet) or regional (expands across AZs, no public subnet)",
                              source: OptionSources.natRegional, asOf: OptionSources.rechecked)],
        pricingModel: "per gateway-hour + per GB processed + data transfer out",
        sources: [OptionSources.natBasics, OptionSources.natRegional])
}

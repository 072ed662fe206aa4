/// Options for organizations with many VPCs and accounts: one global network run from a
/// policy, and one VPC shared by several accounts.
extension OptionCatalogue {
    static let cloudWAN = ConnectivityOption(
        id: .cloudWAN, direction: .bidirectional,
        transitive: OptionSupport(.yes, "segments (routing domains) in the network policy decide who reaches whom"),
        overlappingCidrs: OptionSupport(.no, "routes by destination address"),
        crossAccount: OptionSupport(.yes, "attachments from other accounts, with the core network shared through AWS RAM"),
        crossRegion: OptionSupport(.yes, "one core network spans regions, with one edge per region"),
        layer: "L3",
        bandwidth: [],
        quotas: [OptionFigure("attachments per core network", "5,000 (adjustable)", source: OptionSources.cloudWANQuotas,
                              asOf: OptionSources.rechecked),
                 OptionFigure("segments per core network", "40", source: OptionSources.cloudWANQuotas, asOf: OptionSources.rechecked),
                 OptionFigure("core network edges per region", "1", source: OptionSources.cloudWANQuotas, asOf: OptionSources.rechecked)],
        pricingModel: "per core network edge-hour + per attachment-hour + per GB processed (amounts not in the price table)",
        sources: [OptionSources.cloudWANWhatIs, OptionSources.cloudWANQuotas])

    static let vpcSharing = ConnectivityOption(
        id: .vpcSharing, direction: .bidirectional,
        transitive: OptionSupport(.notApplicable, "one VPC: its local route joins every shared subnet"),
        overlappingCidrs: OptionSupport(.notApplicable, "one address space"),
        crossAccount: OptionSupport(.yes, "the owner shares subnets with accounts of the same AWS Organization"),
        crossRegion: OptionSupport(.no, "a VPC is regional"),
        layer: "L3 (one VPC's local routing)",
        bandwidth: [],
        quotas: [OptionFigure("who can share", "the VPC owner shares non-default subnets with accounts of its AWS Organization (AWS RAM)",
                              source: OptionSources.vpcSharing, asOf: OptionSources.rechecked),
                 OptionFigure("who runs the network", "the owner: route tables, NACLs, gateways and endpoints; participants run their own resources",
                              source: OptionSources.vpcSharing, asOf: OptionSources.rechecked)],
        pricingModel: "no charge for sharing; traffic is billed as within one VPC (cross-AZ transfer)",
        sources: [OptionSources.vpcSharing])
}

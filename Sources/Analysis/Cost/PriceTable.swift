/// The unit prices the cost estimate uses, for one region, with the page and date of
/// each. Prices are list prices in USD; AWS changes them, so every estimate says which
/// table it used.
public struct PriceTable: Sendable {
    /// One unit price.
    public struct Price: Sendable, Hashable {
        /// What is billed ("interface endpoint, per AZ-hour").
        public let label: String
        /// USD per unit.
        public let usd: Double
        /// The unit ("AZ-hour", "GB").
        public let unit: String
        /// Where the price is stated and whether an AWS page confirmed it.
        public let figure: OptionFigure

        init(_ label: String, _ usd: Double, per unit: String, source: String, asOf: String = OptionSources.asOf,
             confirmed: Bool = true) {
            self.label = label
            self.usd = usd
            self.unit = unit
            figure = OptionFigure(label, "$\(usd) per \(unit)", source: source, asOf: asOf, confirmed: confirmed)
        }
    }

    /// The region the prices are for.
    public let region: String
    /// When the prices were read.
    public let asOf: String
    /// Hours in the month the estimate assumes (AWS's own examples use 730).
    public let hoursPerMonth: Double

    /// Interface endpoint, per endpoint per AZ-hour.
    public let interfaceEndpointAZHour: Price
    /// Interface endpoint data processed, per GB (first PB a month, all endpoints of the region).
    public let interfaceEndpointGB: Price
    /// Interface endpoint data processed, per GB, the next 4 PB a month.
    public let interfaceEndpointGBNext4PB: Price
    /// Interface endpoint data processed, per GB, beyond 5 PB a month.
    public let interfaceEndpointGBOver5PB: Price
    /// Transit gateway, per attachment-hour.
    public let transitGatewayAttachmentHour: Price
    /// Transit gateway data processed, per GB.
    public let transitGatewayGB: Price
    /// Data transfer between regions, per GB.
    public let interRegionTransferGB: Price
    /// Data transfer between AZs, per GB, billed in each direction (out of one AZ and into the other).
    public let crossAZTransferGB: Price
    /// Site-to-Site VPN, per connection-hour.
    public let vpnConnectionHour: Price
    /// Data transfer out of AWS to the internet, per GB (first 10 TB).
    public let internetTransferOutGB: Price
    /// Direct Connect 1 Gbps dedicated port, per port-hour.
    public let directConnectPort1GHour: Price
    /// Direct Connect data transfer out, per GB.
    public let directConnectTransferOutGB: Price
    /// VPC Lattice, per service-hour.
    public let latticeServiceHour: Price
    /// VPC Lattice data processed, per GB.
    public let latticeGB: Price
    /// NAT gateway, per gateway-hour.
    public let natGatewayHour: Price
    /// NAT gateway data processed, per GB.
    public let natGatewayGB: Price

    /// Every price, for listings.
    public var all: [Price] {
        [interfaceEndpointAZHour, interfaceEndpointGB, interfaceEndpointGBNext4PB, interfaceEndpointGBOver5PB,
         transitGatewayAttachmentHour, transitGatewayGB,
         interRegionTransferGB, crossAZTransferGB, vpnConnectionHour, internetTransferOutGB, directConnectPort1GHour,
         directConnectTransferOutGB, latticeServiceHour, latticeGB, natGatewayHour, natGatewayGB]
    }

    /// List prices in us-east-1 (N. Virginia). Gateway Load Balancer endpoint, resource
    /// endpoint, Cloud WAN and Large VPN tunnel prices are left out: no page read for this
    /// table states their amounts.
    public static let usEast1 = PriceTable(
        region: "us-east-1", asOf: OptionSources.asOf, hoursPerMonth: 730,
        interfaceEndpointAZHour: Price("interface endpoint, per AZ-hour", 0.01, per: "AZ-hour",
                                       source: OptionSources.thirdPartyPrivateLinkCost, confirmed: false),
        interfaceEndpointGB: Price("interface endpoint data processed (first PB)", 0.01, per: "GB",
                                   source: OptionSources.privateLinkPricing),
        interfaceEndpointGBNext4PB: Price("interface endpoint data processed (next 4 PB)", 0.006, per: "GB",
                                          source: OptionSources.privateLinkPricing, asOf: OptionSources.rechecked),
        interfaceEndpointGBOver5PB: Price("interface endpoint data processed (over 5 PB)", 0.004, per: "GB",
                                          source: OptionSources.privateLinkPricing, asOf: OptionSources.rechecked),
        transitGatewayAttachmentHour: Price("transit gateway attachment", 0.05, per: "attachment-hour",
                                            source: OptionSources.tgwPricing),
        transitGatewayGB: Price("transit gateway data processed", 0.02, per: "GB", source: OptionSources.tgwPricing),
        interRegionTransferGB: Price("inter-region data transfer", 0.02, per: "GB",
                                     source: OptionSources.thirdPartyPrivateLinkCost, confirmed: false),
        crossAZTransferGB: Price("cross-AZ data transfer, billed in each direction", 0.01, per: "GB",
                                 source: OptionSources.thirdPartyCrossAZCost, asOf: OptionSources.rechecked, confirmed: false),
        vpnConnectionHour: Price("Site-to-Site VPN connection", 0.05, per: "connection-hour",
                                 source: OptionSources.vpnPricing, confirmed: false),
        internetTransferOutGB: Price("data transfer out (first 10 TB)", 0.09, per: "GB",
                                     source: OptionSources.thirdPartyNatCost, confirmed: false),
        directConnectPort1GHour: Price("Direct Connect 1 Gbps dedicated port", 0.30, per: "port-hour",
                                       source: OptionSources.thirdPartyDirectConnect, confirmed: false),
        directConnectTransferOutGB: Price("Direct Connect data transfer out", 0.02, per: "GB",
                                          source: OptionSources.thirdPartyDirectConnect, confirmed: false),
        latticeServiceHour: Price("VPC Lattice service", 0.025, per: "service-hour", source: OptionSources.latticePricing),
        latticeGB: Price("VPC Lattice data processed", 0.025, per: "GB", source: OptionSources.latticePricing),
        natGatewayHour: Price("NAT gateway", 0.045, per: "gateway-hour", source: OptionSources.vpcPricing),
        natGatewayGB: Price("NAT gateway data processed", 0.045, per: "GB", source: OptionSources.vpcPricing))
}

/// Turns a traffic volume and a pair's shape into a monthly estimate per option, from a
/// `PriceTable`. The model is deliberately simple (hours × hourly price + GB × per-GB
/// price) and says what it leaves out.
public enum CostModel {
    /// What the estimate depends on besides the option.
    public struct Inputs: Sendable {
        /// Traffic between the two ends, GB per month.
        public var gbPerMonth: Double
        /// Availability Zones the option is deployed in (interface endpoints, NAT gateways).
        public var azCount: Int
        /// True when the ends are in different regions.
        public var crossRegion: Bool

        /// Inputs; `azCount` is at least 1.
        public init(gbPerMonth: Double, azCount: Int, crossRegion: Bool) {
            self.gbPerMonth = gbPerMonth
            self.azCount = max(1, azCount)
            self.crossRegion = crossRegion
        }
    }

    /// The estimate for `option` with `inputs` and the prices of `table`.
    public static func estimate(_ option: OptionID, _ inputs: Inputs, prices table: PriceTable = .usEast1) -> CostEstimate {
        let h = table.hoursPerMonth, gb = inputs.gbPerMonth, az = Double(inputs.azCount)
        func hourly(_ price: PriceTable.Price, _ count: Double, _ what: String) -> CostEstimate.Line {
            CostEstimate.Line(price: price, quantity: count * h,
                              explanation: "\(format(count)) \(what) × \(format(h)) h × $\(price.usd)/\(price.unit)")
        }
        func perGB(_ price: PriceTable.Price) -> CostEstimate.Line {
            CostEstimate.Line(price: price, quantity: gb, explanation: "\(format(gb)) GB × $\(price.usd)/GB")
        }
        switch option {
        case .interfaceEndpoint:
            return CostEstimate(lines: [hourly(table.interfaceEndpointAZHour, az, "AZ"), perGB(table.interfaceEndpointGB)],
                                notes: ["one endpoint network interface per AZ"], isKnown: true)
        case .gatewayEndpoint:
            return CostEstimate(lines: [], notes: ["gateway endpoints carry no charge"], isKnown: true)
        case .gatewayLoadBalancerEndpoint:
            return CostEstimate(lines: [], notes: ["GWLB endpoint prices are not in the price table (no source read states them)"],
                                isKnown: false)
        case .vpcPeering:
            let transfer = inputs.crossRegion ? table.interRegionTransferGB : table.crossAZTransferGB
            let note = inputs.crossRegion ? "inter-region transfer" : "assumes traffic crosses AZs; same-AZ traffic is free"
            return CostEstimate(lines: [perGB(transfer)], notes: ["no hourly charge", note], isKnown: true)
        case .transitGateway:
            return CostEstimate(lines: [hourly(table.transitGatewayAttachmentHour, 2, "attachments"), perGB(table.transitGatewayGB)],
                                notes: ["one attachment per end"], isKnown: true)
        case .transitGatewayPeering:
            return CostEstimate(lines: [hourly(table.transitGatewayAttachmentHour, 4, "attachments"), perGB(table.transitGatewayGB),
                                        perGB(table.interRegionTransferGB)],
                                notes: ["a VPC attachment on each side plus the peering attachment on each gateway"], isKnown: true)
        case .siteToSiteVPN:
            return CostEstimate(lines: [hourly(table.vpnConnectionHour, 1, "connection"), perGB(table.internetTransferOutGB)],
                                notes: ["counts all traffic as data transfer out of AWS"], isKnown: true)
        case .directConnect:
            return CostEstimate(lines: [hourly(table.directConnectPort1GHour, 1, "1 Gbps port"), perGB(table.directConnectTransferOutGB)],
                                notes: ["a 1 Gbps dedicated port; partner and cross-connect charges are extra"], isKnown: true)
        case .vpcLattice:
            return CostEstimate(lines: [hourly(table.latticeServiceHour, 1, "service"), perGB(table.latticeGB)],
                                notes: ["per-request charges are not included"], isKnown: true)
        case .resourceEndpoint:
            return CostEstimate(lines: [], notes: ["resource endpoint prices are not in the price table (no source read states them)"],
                                isKnown: false)
        case .natGatewayInternet:
            return CostEstimate(lines: [hourly(table.natGatewayHour, az, "gateways (one per AZ)"), perGB(table.natGatewayGB)],
                                notes: ["plus data transfer out when traffic leaves AWS"], isKnown: true)
        }
    }

    /// A number without a trailing ".0".
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

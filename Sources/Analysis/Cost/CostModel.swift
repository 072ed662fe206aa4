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
        /// True when a VPN or Direct Connect lands on a transit gateway, which bills its own
        /// attachment and every GB it processes on top of the link.
        public var viaTransitGateway: Bool

        /// Inputs; `azCount` is at least 1.
        public init(gbPerMonth: Double, azCount: Int, crossRegion: Bool, viaTransitGateway: Bool = false) {
            self.gbPerMonth = gbPerMonth
            self.azCount = max(1, azCount)
            self.crossRegion = crossRegion
            self.viaTransitGateway = viaTransitGateway
        }
    }

    /// GB in a petabyte, for PrivateLink's monthly tiers (AWS counts 1 TB as 1,024 GB).
    static let gbPerPB = 1_048_576.0

    /// The estimate for `option` with `inputs` and the prices of `table`.
    public static func estimate(_ option: OptionID, _ inputs: Inputs, prices table: PriceTable = .usEast1) -> CostEstimate {
        let lines = CostLines(table: table, gb: inputs.gbPerMonth)
        let az = Double(inputs.azCount)
        switch option {
        case .interfaceEndpoint:
            var out = [lines.hourly(table.interfaceEndpointAZHour, az, "AZ")] + lines.tieredEndpointGB()
            var notes = ["one endpoint network interface per AZ"]
            if inputs.crossRegion {
                out.append(lines.perGB(table.interRegionTransferGB))
                notes.append("cross-region PrivateLink adds inter-region data transfer (which side pays is not confirmed)")
            }
            if inputs.gbPerMonth > gbPerPB { notes.append("tiers apply to all interface endpoints of the region together") }
            return CostEstimate(lines: out, notes: notes, isKnown: true)
        case .gatewayEndpoint:
            return CostEstimate(lines: [], notes: ["gateway endpoints carry no charge"], isKnown: true)
        case .gatewayLoadBalancerEndpoint:
            return CostEstimate(lines: [], notes: ["GWLB endpoint prices are not in the price table (no source read states them)"],
                                isKnown: false)
        case .vpcPeering:
            if inputs.crossRegion {
                return CostEstimate(lines: [lines.perGB(table.interRegionTransferGB)], notes: ["no hourly charge", "inter-region transfer"],
                                    isKnown: true)
            }
            return CostEstimate(lines: [lines.crossAZ()],
                                notes: ["no hourly charge", "assumes traffic crosses AZs; same-AZ traffic is free"], isKnown: true)
        case .transitGateway:
            return CostEstimate(lines: [lines.hourly(table.transitGatewayAttachmentHour, 2, "attachments"),
                                        lines.perGB(table.transitGatewayGB)],
                                notes: ["one attachment per end"], isKnown: true)
        case .transitGatewayPeering:
            var out = [lines.hourly(table.transitGatewayAttachmentHour, 4, "attachments"), lines.perGB(table.transitGatewayGB)]
            if inputs.crossRegion { out.append(lines.perGB(table.interRegionTransferGB)) }
            return CostEstimate(lines: out, notes: ["a VPC attachment on each side plus the peering attachment on each gateway"],
                                isKnown: true)
        case .siteToSiteVPN:
            return CostEstimate(lines: [lines.hourly(table.vpnConnectionHour, 1, "connection"), lines.perGB(table.internetTransferOutGB)]
                                    + lines.transitGateway(inputs.viaTransitGateway),
                                notes: ["a Standard (1.25 Gbps) connection; Large (5 Gbps) tunnels cost more per hour and need a transit gateway or Cloud WAN",
                                        "counts all traffic as data transfer out of AWS"] + lines.transitGatewayNote(inputs.viaTransitGateway),
                                isKnown: true)
        case .directConnect:
            return CostEstimate(lines: [lines.hourly(table.directConnectPort1GHour, 1, "1 Gbps port"),
                                        lines.perGB(table.directConnectTransferOutGB)] + lines.transitGateway(inputs.viaTransitGateway),
                                notes: ["a 1 Gbps dedicated port; partner and cross-connect charges are extra"]
                                    + lines.transitGatewayNote(inputs.viaTransitGateway),
                                isKnown: true)
        case .vpcLattice:
            return CostEstimate(lines: [lines.hourly(table.latticeServiceHour, 1, "service"), lines.perGB(table.latticeGB)],
                                notes: ["per-request charges are not included"], isKnown: true)
        case .resourceEndpoint:
            return CostEstimate(lines: [], notes: ["resource endpoint prices are not in the price table (no source read states them)"],
                                isKnown: false)
        case .natGatewayInternet:
            return CostEstimate(lines: [lines.hourly(table.natGatewayHour, az, "zonal gateways (one per AZ)"), lines.perGB(table.natGatewayGB)],
                                notes: ["plus data transfer out when traffic leaves AWS",
                                        "a regional NAT gateway spans the AZs by itself; its hourly billing is not in the price table"],
                                isKnown: true)
        case .cloudWAN:
            return CostEstimate(lines: [], notes: ["Cloud WAN prices are not in the price table (no source read states them)"], isKnown: false)
        case .vpcSharing:
            return CostEstimate(lines: [lines.crossAZ()],
                                notes: ["no charge for sharing", "assumes traffic crosses AZs; same-AZ traffic is free"], isKnown: true)
        }
    }

    /// A number without a trailing ".0".
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

/// The kinds of line an estimate is made of, for one table and one traffic volume.
private struct CostLines {
    let table: PriceTable
    let gb: Double

    func hourly(_ price: PriceTable.Price, _ count: Double, _ what: String) -> CostEstimate.Line {
        let h = table.hoursPerMonth
        return CostEstimate.Line(price: price, quantity: count * h,
                                 explanation: "\(CostModel.format(count)) \(what) × \(CostModel.format(h)) h × $\(price.usd)/\(price.unit)")
    }

    func perGB(_ price: PriceTable.Price, _ quantity: Double? = nil) -> CostEstimate.Line {
        let q = quantity ?? gb
        return CostEstimate.Line(price: price, quantity: q, explanation: "\(CostModel.format(q)) GB × $\(price.usd)/GB")
    }

    /// Traffic across AZs is billed out of one AZ and into the other: twice per GB.
    func crossAZ() -> CostEstimate.Line {
        let price = table.crossAZTransferGB
        return CostEstimate.Line(price: price, quantity: 2 * gb,
                                 explanation: "\(CostModel.format(gb)) GB × 2 (out of one AZ, into the other) × $\(price.usd)/GB")
    }

    /// Interface endpoint processing in its monthly tiers: the first PB, the next 4, the rest.
    func tieredEndpointGB() -> [CostEstimate.Line] {
        let pb = CostModel.gbPerPB
        let first = min(gb, pb), next = min(max(gb - pb, 0), 4 * pb), rest = max(gb - 5 * pb, 0)
        return [perGB(table.interfaceEndpointGB, first)]
            + (next > 0 ? [perGB(table.interfaceEndpointGBNext4PB, next)] : [])
            + (rest > 0 ? [perGB(table.interfaceEndpointGBOver5PB, rest)] : [])
    }

    /// The transit gateway's share when a VPN or Direct Connect lands on one.
    func transitGateway(_ on: Bool) -> [CostEstimate.Line] {
        on ? [hourly(table.transitGatewayAttachmentHour, 1, "transit gateway attachment"), perGB(table.transitGatewayGB)] : []
    }

    func transitGatewayNote(_ on: Bool) -> [String] {
        on ? ["lands on a transit gateway: its attachment-hour and per-GB processing are added (a VPC not yet attached adds its own attachment)"]
            : []
    }
}

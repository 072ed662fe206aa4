import Topology

/// Decides, for a source and a destination in an architecture, which connectivity
/// options could join them (built or not), with the reasons for and against each, an
/// estimated monthly cost, and a ranking.
///
/// The advisor only reads the topology; it is cheap to create and safe to share.
///
/// ```swift
/// let advisor = Advisor(topology: topology)
/// let comparison = try advisor.compare(from: "globex-platform", to: "metricly-ingest")
/// comparison.assessment(.vpcPeering).feasible   // false: the CIDRs overlap
/// ```
public struct Advisor: Sendable {
    /// The architecture the advisor reads.
    public let topology: NetworkModel
    /// The prices cost estimates use.
    public let prices: PriceTable

    /// An advisor for `topology`, estimating with `prices`.
    public init(topology: NetworkModel, prices: PriceTable = .usEast1) {
        self.topology = topology
        self.prices = prices
    }

    /// Resolves FROM and TO (ids, names, or AWS service short names such as `s3`) and
    /// compares them. An AWS service short name resolves to the service in FROM's region.
    public func compare(from: String, to: String, gbPerMonth: Double = 100) throws(AdvisorEndError) -> Comparison {
        let source = try AdvisorEnd.resolve(from, in: topology)
        let region = AdvisorContext(topology, from: source, to: source).region(of: source)
        let destination = try AdvisorEnd.resolve(to, in: topology, preferredRegion: region)
        return compare(from: source, to: destination, gbPerMonth: gbPerMonth)
    }

    /// Judges every option in the catalogue for traffic from `from` to `to`.
    public func compare(from: AdvisorEnd, to: AdvisorEnd, gbPerMonth: Double = 100) -> Comparison {
        let context = AdvisorContext(topology, from: from, to: to)
        let assessments = OptionCatalogue.all.map { assess($0, context, gbPerMonth: gbPerMonth) }
        return Comparison(from: from, to: to, gbPerMonth: gbPerMonth, prices: prices,
                          assessments: Comparison.ranked(assessments), overlaps: context.overlaps,
                          crossRegion: context.crossRegion, crossAccount: context.crossAccount)
    }

    private func assess(_ option: ConnectivityOption, _ c: AdvisorContext, gbPerMonth: Double) -> OptionAssessment {
        var finding = Judgement()
        if c.sameVpc {
            finding.reasons.append(.ruledOut(.sameNetwork, "\(c.label(c.from)) and \(c.label(c.to)) are in one VPC: its local route already joins them",
                                             c.endIds))
        } else {
            judge(option.id, c, into: &finding)
        }
        let feasible = !finding.reasons.contains { $0.blocking }
        let inputs = CostModel.Inputs(gbPerMonth: gbPerMonth, azCount: finding.azCount ?? defaultAZCount(c),
                                      crossRegion: c.crossRegion ?? false, viaTransitGateway: finding.viaTransitGateway)
        let cost = feasible ? CostModel.estimate(option.id, inputs, prices: prices) : nil
        return OptionAssessment(option: option, reasons: finding.reasons, existing: finding.existing, cost: cost)
    }

    private func judge(_ id: OptionID, _ c: AdvisorContext, into j: inout Judgement) {
        switch id {
        case .interfaceEndpoint: judgeInterfaceEndpoint(c, &j)
        case .gatewayEndpoint: judgeGatewayEndpoint(c, &j)
        case .gatewayLoadBalancerEndpoint: judgeGWLBEndpoint(c, &j)
        case .vpcPeering: judgePeering(c, &j)
        case .transitGateway: judgeTransitGateway(c, &j)
        case .transitGatewayPeering: judgeTransitGatewayPeering(c, &j)
        case .siteToSiteVPN: judgeHybrid(.vpn, c, &j)
        case .directConnect: judgeHybrid(.directConnect, c, &j)
        case .vpcLattice: judgeLattice(c, &j)
        case .resourceEndpoint: judgeResourceEndpoint(c, &j)
        case .natGatewayInternet: judgeNAT(c, &j)
        case .cloudWAN: judgeCloudWAN(c, &j)
        case .vpcSharing: judgeVPCSharing(c, &j)
        }
    }

    /// The AZs of the consumer side, for costs that scale with AZs (at least one).
    private func defaultAZCount(_ c: AdvisorContext) -> Int {
        if case .network = c.from {
            return c.consumerVpcs(of: c.from).first.map { AdvisorEnd.vpc($0).zoneIds(in: topology).count } ?? 2
        }
        return max(1, c.from.zoneIds(in: topology).count)
    }
}

/// What the rules for one option found: reasons, what already exists, and what the cost
/// should assume when the rules know better than the defaults (AZ count, a transit gateway).
struct Judgement {
    var reasons: [AdvisorReason] = []
    var existing: [String] = []
    var azCount: Int?
    /// True when the link lands on a transit gateway, which the cost then includes.
    var viaTransitGateway = false

    mutating func add(_ reason: AdvisorReason) { reasons.append(reason) }

    var blocked: Bool { reasons.contains { $0.blocking } }
}

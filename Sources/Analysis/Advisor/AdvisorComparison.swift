import Topology

/// The advisor's answer for one pair: every option judged, ranked (feasible first, then
/// by fit, then by cost), and a one-line recommendation.
public struct Comparison: Sendable {
    /// Where traffic starts.
    public let from: AdvisorEnd
    /// Where it goes.
    public let to: AdvisorEnd
    /// The traffic volume the costs assume, GB per month.
    public let gbPerMonth: Double
    /// The prices the costs use.
    public let prices: PriceTable
    /// Every option, best first.
    public let assessments: [OptionAssessment]
    /// Overlapping CIDR pairs between the two ends (FROM's first).
    public let overlaps: [(from: CIDR, to: CIDR)]
    /// True, false, or nil when a side has no region (a network outside AWS).
    public let crossRegion: Bool?
    /// True, false, or nil when a side's account is unknown.
    public let crossAccount: Bool?

    /// The assessment of one option.
    public func assessment(_ id: OptionID) -> OptionAssessment {
        assessments.first { $0.id == id }!
    }

    /// The best feasible option, if any.
    public var best: OptionAssessment? { assessments.first(where: \.feasible) }

    /// One sentence: what to use and why, or why nothing fits.
    public var recommendation: String {
        guard let best else {
            let first = assessments.compactMap(\.mainReason).first
            return "No option connects these ends as modelled" + (first.map { ": \($0.message)" } ?? ".")
        }
        let cost = best.cost?.monthlyUSD.map { " (about \(CostEstimate.dollars($0))/month at \(CostModel.format(gbPerMonth)) GB)" } ?? ""
        if best.exists {
            return "Keep the existing \(best.option.title)\(cost): \(best.mainReason?.message ?? "it already connects them")"
        }
        let why = (best.reasons.first { $0.rule == .fits } ?? best.reasons.first { $0.verdict == .for })?.message
            ?? best.mainReason?.message ?? ""
        return "Use \(best.option.title)\(cost): \(why)"
    }

    /// Orders assessments: feasible first, then higher fit, then lower cost (unknown cost
    /// last), then catalogue order.
    static func ranked(_ list: [OptionAssessment]) -> [OptionAssessment] {
        list.sorted { a, b in
            if a.feasible != b.feasible { return a.feasible }
            if a.feasible, a.fit != b.fit { return a.fit > b.fit }
            let ca = a.cost?.monthlyUSD ?? .infinity, cb = b.cost?.monthlyUSD ?? .infinity
            if a.feasible, ca != cb { return ca < cb }
            return a.id < b.id
        }
    }
}

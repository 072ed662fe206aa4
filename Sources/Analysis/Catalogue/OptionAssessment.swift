/// The advisor's judgement of one option for one pair: whether it could connect them,
/// whether something already does, the reasons, and the estimated cost.
public struct OptionAssessment: Sendable {
    /// The option judged, with its catalogue properties.
    public let option: ConnectivityOption
    /// Every reason for and against, in the order the rules ran.
    public let reasons: [AdvisorReason]
    /// Ids of elements that already implement this option for the pair (an endpoint, a
    /// peering, a transit gateway); empty when nothing is built yet.
    public let existing: [String]
    /// The monthly estimate; nil when the option is not feasible.
    public let cost: CostEstimate?

    /// An assessment; the advisor makes these, tests and previews may too.
    public init(option: ConnectivityOption, reasons: [AdvisorReason], existing: [String], cost: CostEstimate?) {
        self.option = option
        self.reasons = reasons
        self.existing = existing
        self.cost = cost
    }

    /// The option's id.
    public var id: OptionID { option.id }

    /// True when no reason rules the option out.
    public var feasible: Bool { !reasons.contains { $0.blocking } }

    /// True when the pair is already connected this way.
    public var exists: Bool { !existing.isEmpty }

    /// The reasons that rule the option out.
    public var blockers: [AdvisorReason] { reasons.filter(\.blocking) }

    /// The reasons against that do not rule it out: work still to do, AZs not covered.
    public var caveats: [AdvisorReason] { reasons.filter { $0.verdict == .against && !$0.blocking } }

    /// How well the option fits, higher is better: something already built counts for a
    /// lot, each caveat against. Only meaningful between feasible options.
    public var fit: Int { 100 + (exists ? 50 : 0) - 15 * caveats.count }

    /// The reason a one-line view shows: the first blocker of an infeasible option; for a
    /// feasible one, what already exists, else the first caveat, else why it fits.
    public var mainReason: AdvisorReason? {
        if let blocker = blockers.first { return blocker }
        if let built = reasons.first(where: { $0.rule == .alreadyConnected }) { return built }
        return caveats.first ?? reasons.first { $0.rule == .fits } ?? reasons.first { $0.verdict == .for }
    }
}

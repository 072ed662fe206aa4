/// One way of connecting networks or reaching a service, with the properties that decide
/// where it fits: who initiates, whether it is transitive, whether it tolerates
/// overlapping CIDRs, whether it crosses accounts and regions, at which layer it works,
/// its limits and its pricing model. Every figure carries its source.
public struct ConnectivityOption: Sendable, Hashable, Identifiable {
    /// The contract id.
    public let id: OptionID
    /// Who may initiate connections.
    public let direction: OptionDirection
    /// Whether traffic can pass through it onward (or reach it from beyond its VPC).
    public let transitive: OptionSupport
    /// Whether it works between overlapping address spaces.
    public let overlappingCidrs: OptionSupport
    /// Whether it joins different AWS accounts.
    public let crossAccount: OptionSupport
    /// Whether it joins different regions.
    public let crossRegion: OptionSupport
    /// The network layer and protocols ("L3", "L4 TCP", "L7 HTTP/HTTPS/gRPC").
    public let layer: String
    /// Bandwidth figures.
    public let bandwidth: [OptionFigure]
    /// Quota figures.
    public let quotas: [OptionFigure]
    /// How it is billed, in one line ("per AZ-hour + per GB processed").
    public let pricingModel: String
    /// The pages behind the qualitative properties (direction, transitivity, overlap…).
    public let sources: [String]

    /// The option's name for people.
    public var title: String { id.title }
}

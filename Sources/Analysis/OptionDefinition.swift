/// One way of connecting networks or reaching a service, with the properties that decide
/// where it fits: who initiates, whether it is transitive, whether it tolerates
/// overlapping CIDRs, whether it crosses accounts and regions, at which layer it works,
/// its limits and its pricing model. Every figure carries its source.
public struct ConnectivityOption: Sendable, Hashable, Identifiable {
    public let id: OptionID
    public let direction: OptionDirection
    public let transitive: OptionSupport
    public let overlappingCidrs: OptionSupport
    public let crossAccount: OptionSupport
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

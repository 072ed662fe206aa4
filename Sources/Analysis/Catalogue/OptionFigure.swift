/// One figure of the catalogue or the price table (a quota, a bandwidth, a price) with
/// the page it comes from and when that page was read.
///
/// A figure only a third-party page or the team's notes support is kept, but marked
/// unconfirmed, and every view that shows it says so: a wrong number presented as AWS's
/// would be worse than a gap.
public struct OptionFigure: Sendable, Hashable {
    /// What the figure measures ("bandwidth per AZ", "endpoints per VPC").
    public let label: String
    /// The figure as people read it ("10 Gbps, scales to 100 Gbps").
    public let value: String
    /// The page that states it.
    public let source: String
    /// When the source was read (`YYYY-MM-DD`).
    public let asOf: String
    /// False when no AWS page confirmed the figure.
    public let confirmed: Bool

    /// A figure; unconfirmed ones pass `confirmed: false`.
    public init(_ label: String, _ value: String, source: String, asOf: String = OptionSources.asOf,
                confirmed: Bool = true) {
        self.label = label
        self.value = value
        self.source = source
        self.asOf = asOf
        self.confirmed = confirmed
    }

    /// `value`, followed by "(unconfirmed)" when no AWS page states it.
    public var shownValue: String { confirmed ? value : "\(value) (unconfirmed)" }
}

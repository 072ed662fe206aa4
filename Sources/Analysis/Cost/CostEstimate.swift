/// An estimated monthly cost of one option for one pair: the lines it adds up, and what
/// it leaves out. It is an estimate from list prices, never a quote.
public struct CostEstimate: Sendable {
    /// One billed item: quantity × unit price.
    public struct Line: Sendable {
        /// The unit price.
        public let price: PriceTable.Price
        /// Units billed in the month (hours, GB).
        public let quantity: Double
        /// quantity × unit price.
        public var usd: Double { quantity * price.usd }
        /// "2 AZ × 730 h × $0.01/AZ-hour".
        public let explanation: String
    }

    /// The lines that make up the estimate.
    public let lines: [Line]
    /// What the estimate assumes or leaves out, in short sentences.
    public let notes: [String]
    /// False when a price the option needs is unknown; then `monthlyUSD` is nil.
    public let isKnown: Bool

    /// The sum of the lines, or nil when a needed price is unknown.
    public var monthlyUSD: Double? { isKnown ? lines.reduce(0) { $0 + $1.usd } : nil }

    /// True when any line uses a price no AWS page confirmed.
    public var usesUnconfirmedPrices: Bool { lines.contains { !$0.price.figure.confirmed } }

    /// "$15.60", "$0.00", or "?" when unknown; "~" marks estimates using unconfirmed prices.
    public var shortText: String {
        guard let usd = monthlyUSD else { return "?" }
        return (usesUnconfirmedPrices ? "~" : "") + CostEstimate.dollars(usd)
    }

    /// `usd` with two decimals and a dollar sign.
    public static func dollars(_ usd: Double) -> String {
        let cents = Int((usd * 100).rounded())
        let whole = String(cents / 100)
        let grouped = whole.reversed().enumerated().reduce(into: "") { out, pair in
            if pair.offset > 0, pair.offset % 3 == 0 { out.append(",") }
            out.append(pair.element)
        }
        let fraction = cents % 100
        return "$" + String(grouped.reversed()) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}

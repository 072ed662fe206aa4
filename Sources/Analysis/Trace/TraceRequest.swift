import Topology

/// What to trace: from where, to where, and which traffic. `from` and `to` are what a user
/// types: an element id or name, an IPv4 address, or `internet`.
public struct TraceRequest: Sendable, Equatable {
    public var from: String
    public var to: String
    /// `tcp`, `udp`, `icmp` or `all`.
    public var ipProtocol: IPProtocol
    /// Nil for any port.
    public var port: Int?

    public init(from: String, to: String, ipProtocol: IPProtocol = .tcp, port: Int? = nil) {
        self.from = from
        self.to = to
        self.ipProtocol = ipProtocol
        self.port = port
    }
}

/// Why a trace could not start: an end that names nothing, or names something a trace
/// cannot start or end at. Carries did-you-mean suggestions like compare's.
public struct TraceError: Error, Sendable, Equatable {
    public let message: String
    public let suggestions: [String]

    public init(message: String, suggestions: [String] = []) {
        self.message = message
        self.suggestions = suggestions
    }
}

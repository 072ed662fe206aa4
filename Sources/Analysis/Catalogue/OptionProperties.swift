/// Who may start a connection over an option.
public enum OptionDirection: String, Sendable, Codable {
    /// Either side may initiate (routing: peering, transit gateway, VPN, Direct Connect).
    case bidirectional
    /// Only the consumer initiates; the provider answers but cannot open connections back
    /// (interface, resource and service-network endpoints, VPC Lattice clients).
    case consumerInitiates = "consumer-initiates"
    /// A route table target that traffic is steered through (gateway and GWLB endpoints).
    case routeTarget = "route-target"
    /// Outbound only: the far side cannot open connections in (NAT gateway).
    case outboundOnly = "outbound-only"
}

/// Whether an option supports something (overlapping CIDRs, crossing accounts or
/// regions, transitive routing), with the condition when it depends.
public struct OptionSupport: Sendable, Hashable {
    /// The short answer, as `--json` prints it.
    public enum Answer: String, Sendable, Codable {
        case yes, no
        /// Supported under a condition `note` names.
        case conditional
        /// The question does not arise for this option.
        case notApplicable = "n/a"
        /// No source confirmed either way.
        case unconfirmed
    }

    /// Yes, no, it depends, not applicable, or unconfirmed.
    public let answer: Answer
    /// The condition or explanation, in a few words.
    public let note: String

    /// An answer with its condition or explanation.
    public init(_ answer: Answer, _ note: String = "") {
        self.answer = answer
        self.note = note
    }

    /// ✓, ✗, ~ (conditional), – (n/a) or ? (unconfirmed): how a table cell shows it.
    public var mark: String {
        switch answer {
        case .yes: return "✓"
        case .no: return "✗"
        case .conditional: return "~"
        case .notApplicable: return "–"
        case .unconfirmed: return "?"
        }
    }
}

/// The IP protocol a security group rule, network ACL entry or trace is about. AWS writes
/// `-1` for all, and numbers or names for the rest; the ones the trace reasons about have names.
public enum IPProtocol: Hashable, Sendable, CustomStringConvertible {
    case all
    case tcp
    case udp
    case icmp
    case icmpv6
    /// Any other protocol, by number (GRE is 47, ESP 50).
    case number(Int)

    /// Reads AWS's spellings: `-1`, `all`, `tcp`, `6`, `udp`, `17`, `icmp`, `1`, `icmpv6`, `58`.
    public init?(aws text: String) {
        switch text.lowercased() {
        case "-1", "all": self = .all
        case "tcp", "6": self = .tcp
        case "udp", "17": self = .udp
        case "icmp", "1": self = .icmp
        case "icmpv6", "58": self = .icmpv6
        default:
            guard let n = Int(text), (0...255).contains(n) else { return nil }
            self = .number(n)
        }
    }

    /// True when a rule for this protocol covers traffic of `other`.
    public func covers(_ other: IPProtocol) -> Bool { self == .all || self == other }

    /// True when ports mean something for it (a rule's port range applies).
    public var hasPorts: Bool { self == .tcp || self == .udp }

    public var description: String {
        switch self {
        case .all: return "all"
        case .tcp: return "tcp"
        case .udp: return "udp"
        case .icmp: return "icmp"
        case .icmpv6: return "icmpv6"
        case .number(let n): return "\(n)"
        }
    }
}

/// An inclusive range of ports (`443`, `1024-65535`).
public struct PortRange: Hashable, Sendable, CustomStringConvertible {
    public let from: Int
    public let to: Int

    public init(_ from: Int, _ to: Int) {
        self.from = min(from, to)
        self.to = max(from, to)
    }

    public static let all = PortRange(0, 65535)
    /// The ports clients send replies to on Linux and most load balancers (AWS's NACL guidance).
    public static let ephemeral = PortRange(1024, 65535)

    /// Parses `443`, `1024-65535` or `all`; nil for anything else.
    public init?(text: String) {
        if text == "all" { self = .all; return }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let a = Int(parts[0]), let b = Int(parts[parts.count - 1]),
              (0...65535).contains(a), (0...65535).contains(b), a <= b else { return nil }
        self.init(a, b)
    }

    public func contains(_ port: Int) -> Bool { (from...to).contains(port) }
    /// True when every port of `other` is in this range.
    public func contains(_ other: PortRange) -> Bool { from <= other.from && other.to <= to }

    public var description: String {
        if self == .all { return "all" }
        return from == to ? "\(from)" : "\(from)-\(to)"
    }
}

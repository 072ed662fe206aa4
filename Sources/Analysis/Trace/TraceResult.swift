import Topology

/// What one hop did with the traffic.
public enum HopAction: String, Sendable, CaseIterable {
    case forward
    case allow
    case deny
    case drop
    case deliver
    case translate

    /// True for the actions that end the trace unsuccessfully.
    public var stops: Bool { self == .deny || self == .drop }
}

/// One step of a trace: the element, what it decided, and the rule that decided it.
public struct TraceHop: Sendable, Equatable {
    /// The element id (or `internet`).
    public let element: String
    /// The element's kind (`security-group`, `route-table`…), or `internet`. A hop the model
    /// cannot decide names the element it is about (a subnet whose ACL is not modelled)
    /// with the kind of what is missing (`network-acl`).
    public let kind: String
    public let action: HopAction
    /// The deciding rule, in the words the console uses (`route 10.1.0.0/16 → pcx-…`,
    /// `sg-app: tcp 443 from 10.0.0.0/16`, `acl-x #100 allow tcp 443 0.0.0.0/0`); nil when
    /// no single rule decided (a delivery).
    public let rule: String?
    /// Set on the hop that stops the trace.
    public let code: TraceCode?
    /// One sentence for people: what happened here and why.
    public let note: String
    /// The guide topic that explains this kind of hop.
    public let topic: String
    /// True when the model lacks what the hop needs and it was assumed to allow.
    public let assumed: Bool

    public init(element: String, kind: String, action: HopAction, rule: String? = nil, code: TraceCode? = nil,
                note: String, topic: String, assumed: Bool = false) {
        self.element = element
        self.kind = kind
        self.action = action
        self.rule = rule
        self.code = code
        self.note = note
        self.topic = topic
        self.assumed = assumed
    }
}

extension TraceHop {
    /// The rule without the element in front (`sg-0abc (web): tcp 443 …` reads `tcp 443 …`),
    /// for lists whose first column already names the element; `label` is how they name it.
    public func rule(besides label: String) -> String? {
        guard let rule else { return nil }
        for prefix in [label + ": ", element + ": ", element + " "] where rule.hasPrefix(prefix) {
            return String(rule.dropFirst(prefix.count))
        }
        return rule
    }
}

/// Where and why a path stops.
public struct TraceBlock: Sendable, Equatable {
    public let element: String
    public let code: TraceCode
    public let message: String

    public init(element: String, code: TraceCode, message: String) {
        self.element = element
        self.code = code
        self.message = message
    }
}

/// One direction of a trace: its hops and, when it does not get through, what stops it.
public struct TracePath: Sendable, Equatable {
    public let hops: [TraceHop]
    public let blockedBy: TraceBlock?

    public init(hops: [TraceHop], blockedBy: TraceBlock?) {
        self.hops = hops
        self.blockedBy = blockedBy
    }

    public var reachable: Bool { blockedBy == nil }
}

/// The answer to "does traffic from A reach B": the forward path, the reply path, and
/// what the verdict assumes where the model is silent.
public struct TraceResult: Sendable, Equatable {
    /// As resolved: an element id, an address, or `internet`.
    public let from: String
    public let to: String
    public let ipProtocol: IPProtocol
    /// Nil for any port.
    public let port: Int?
    public let forward: TracePath
    /// The reply's way back; nil when the forward path does not get through.
    public let reply: TracePath?
    /// What was not modelled and assumed to allow, one sentence each; empty for a verdict on facts alone.
    public let assumptions: [String]

    public init(from: String, to: String, ipProtocol: IPProtocol, port: Int?, forward: TracePath, reply: TracePath?,
                assumptions: [String]) {
        self.from = from
        self.to = to
        self.ipProtocol = ipProtocol
        self.port = port
        self.forward = forward
        self.reply = reply
        self.assumptions = assumptions
    }

    /// The verdict: the traffic gets there (replies are a separate verdict).
    public var reachable: Bool { forward.reachable }
}

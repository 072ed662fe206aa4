import Topology

/// How traffic came into the VPC it is in, and so how a reply must leave it.
enum TraceEntry: Sendable, Equatable {
    /// It started in this VPC.
    case origin
    case peering(String)
    case transitGateway(String)
    case internetGateway(String)
    case virtualPrivateGateway(String)

    /// The route target a reply must take: the way the traffic came in (`local` for
    /// traffic that started in the same VPC).
    var replyTarget: String {
        switch self {
        case .origin: return "local"
        case .peering(let id), .transitGateway(let id), .internetGateway(let id), .virtualPrivateGateway(let id): return id
        }
    }
}

/// One check the reply must pass, recorded as the forward walk passes its counterpart:
/// network ACLs with the reply's ports, routes back the way the traffic came, transit
/// gateway routes back to the source's attachment, and the translations undone.
enum ReplyStep: Sendable {
    /// Security groups are stateful: the reply of an allowed connection passes them.
    case stateful(TraceEnd)
    /// The ACL of a subnet, for the reply (`flow` is the reply's own traffic).
    case acl(Subnet, egress: Bool, flow: TraceFlow)
    /// The subnet's route for the reply must go back through `expect`.
    case route(Subnet, flow: TraceFlow, expect: TraceEntry)
    /// The transit gateway route table of `attachment` must route the reply to `expect`.
    case transitGateway(Connection, attachment: String, flow: TraceFlow, expect: String)
    /// A VPN or Direct Connect link must be up and route the reply to the network.
    case link(Connection, flow: TraceFlow)
    /// A hop the reply passes as the forward did (a peering, a gateway undoing a translation).
    case hop(TraceHop)
    /// The reply arrives.
    case deliver(TraceEnd)
}

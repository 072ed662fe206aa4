import Topology

/// One end of a trace, resolved from what the user typed: where it sits, the address
/// traffic uses, and the security groups that guard it.
struct TraceEnd: Sendable {
    /// Where the end is.
    enum Place: Sendable {
        /// An address in a subnet: an instance, interface, load balancer, endpoint or NAT
        /// gateway, or a subnet or VPC standing for any address in it.
        case subnet(Subnet)
        /// An on-premises network, reached over VPN or Direct Connect.
        case network(Network)
        /// Any address on the internet, or one typed public address.
        case internet
        /// A service addressed by name: an AWS service (its prefix list, where modelled,
        /// gives its addresses) or an endpoint service (reached through an interface endpoint).
        case service(Service)
    }

    /// What guards the end's interface.
    enum Guard: Sendable {
        case groups([String])
        /// Nothing to filter, by design (a NAT gateway, a network load balancer without groups).
        case unfiltered(String)
        /// The model does not say; the sentence says what is missing.
        case unknown(String)
    }

    /// The id shown for the end: an element id, an address, or `internet`.
    let id: String
    /// The element's kind (`instance`, `subnet`…), or `internet`.
    let kind: String
    let place: Place
    /// The private address traffic uses (a host), or `0.0.0.0/0` for the internet.
    var address: CIDR
    /// The public or Elastic IP, when the element has one.
    let publicAddress: IPv4Address?
    /// True when the element can be reached from the internet (a public address, or an
    /// internet-facing load balancer whose addresses the model does not list).
    let isPublic: Bool
    /// True for a destination addressed by its public address (typed, or reached from the internet).
    var byPublicAddress: Bool
    let guarding: Guard
    let element: AnyElement?
    /// Which address stands for the element, when it is a choice (a subnet's first usable).
    var representative: String?

    /// The subnet the end sits in, if it sits in one.
    var subnet: Subnet? {
        if case .subnet(let s) = place { return s }
        return nil
    }

    /// Who the end is to a security group rule that references a group.
    var membership: TraceFlow.Membership {
        switch guarding {
        case .groups(let ids): return .groups(Set(ids))
        case .unfiltered: return .none
        case .unknown: return subnet == nil ? .none : .unknown
        }
    }

    /// The host address, when the end has one (not the whole internet).
    var host: IPv4Address? { address.prefixLength == 32 ? address.firstIPv4 : nil }

    /// The end of `internet`: every public address, or the one typed.
    static func internet(_ address: IPv4Address? = nil) -> TraceEnd {
        TraceEnd(id: address.map(\.description) ?? "internet", kind: "internet", place: .internet,
                 address: address.map(CIDR.init) ?? CIDR("0.0.0.0/0")!, publicAddress: address, isPublic: true,
                 byPublicAddress: false, guarding: .unfiltered("the internet"), element: nil, representative: nil)
    }
}

import Topology

/// One side of a comparison: what traffic starts from (FROM) or goes to (TO).
///
/// Each case keeps the element itself and what the advisor needs to know of it: the VPC
/// it lives in, its region, account, address space and Availability Zones.
public enum AdvisorEnd: Sendable, Hashable {
    /// A whole VPC.
    case vpc(Vpc)
    /// One subnet (and so one AZ) of a VPC.
    case subnet(Subnet, in: Vpc)
    /// A customer's endpoint service; `provider` is the VPC of its load balancers, if known.
    case endpointService(Service, provider: Vpc?)
    /// An AWS service such as `com.amazonaws.us-east-1.s3`.
    case awsService(Service)
    /// An on-premises (or other non-AWS) network.
    case network(Network)

    /// The element's id.
    public var id: String {
        switch self {
        case .vpc(let v): return v.id
        case .subnet(let s, _): return s.id
        case .endpointService(let s, _), .awsService(let s): return s.id
        case .network(let n): return n.id
        }
    }

    /// The element's display name.
    public var name: String {
        switch self {
        case .vpc(let v): return v.name
        case .subnet(let s, _): return s.name
        case .endpointService(let s, _), .awsService(let s): return s.name
        case .network(let n): return n.name
        }
    }

    /// The element's kind, as the JSON contract names kinds.
    public var kind: ElementKind {
        switch self {
        case .vpc: return .vpc
        case .subnet: return .subnet
        case .endpointService: return .endpointService
        case .awsService: return .awsService
        case .network: return .network
        }
    }

    /// The VPC whose address space routing would join: the VPC itself, a subnet's VPC, or
    /// an endpoint service's provider VPC. Nil for AWS services and on-premises networks.
    public var vpc: Vpc? {
        switch self {
        case .vpc(let v): return v
        case .subnet(_, let v): return v
        case .endpointService(_, let provider): return provider
        case .awsService, .network: return nil
        }
    }

    /// The region, when the element has one (networks outside AWS do not).
    public var region: String? {
        switch self {
        case .vpc(let v), .subnet(_, let v): return v.region
        case .endpointService(let s, let provider): return s.region ?? provider?.region
        case .awsService(let s): return s.region ?? AdvisorEnd.region(inServiceName: s.name)
        case .network: return nil
        }
    }

    /// The owning account, when known.
    public var account: String? {
        switch self {
        case .vpc(let v), .subnet(_, let v): return v.account
        case .endpointService(let s, let provider): return s.owner ?? provider?.account
        case .awsService, .network: return nil
        }
    }

    /// The address space traffic would be routed to: a VPC's CIDRs (a subnet routes as
    /// its VPC does), a network's CIDRs, a provider VPC's CIDRs.
    public var cidrs: [CIDR] {
        switch self {
        case .network(let n): return n.cidrs
        default: return vpc?.cidrs ?? []
        }
    }

    /// True for the ends that are networks outside AWS.
    public var isOnPremises: Bool {
        if case .network = self { return true }
        return false
    }

    /// The AWS service's short name (`s3`), for AWS services only.
    public var awsShortName: String? {
        if case .awsService(let s) = self { return s.awsShortName ?? AdvisorEnd.shortName(inServiceName: s.name) }
        return nil
    }

    /// The AZ ids this end occupies: a subnet's one, or those of a VPC's subnets.
    public func zoneIds(in topology: NetworkModel) -> [String] {
        switch self {
        case .subnet(let s, _): return s.zoneId.map { [$0] } ?? []
        case .vpc(let v): return topology.zoneIds(ofSubnets: topology.subnets(ofVpc: v.id).map(\.id))
        default: return []
        }
    }

    /// `REGION` in `com.amazonaws.REGION.NAME`; nil for global names such as `com.amazonaws.iam`.
    static func region(inServiceName name: String) -> String? {
        let parts = name.split(separator: ".")
        guard parts.count >= 4, parts[0] == "com", parts[1] == "amazonaws", parts[2] != "vpce",
              parts[2].contains("-") else { return nil }
        return String(parts[2])
    }

    /// `NAME` in `com.amazonaws.REGION.NAME` or `com.amazonaws.NAME`.
    static func shortName(inServiceName name: String) -> String? {
        let parts = name.split(separator: ".").map(String.init)
        guard parts.count >= 3, parts[0] == "com", parts[1] == "amazonaws", parts[2] != "vpce" else { return nil }
        return region(inServiceName: name) == nil ? parts[2...].joined(separator: ".") : parts[3...].joined(separator: ".")
    }
}

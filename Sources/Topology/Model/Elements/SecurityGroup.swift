/// A security group: stateful rules in each direction, attached to network interfaces
/// (instances, endpoints, load balancers). What no rule allows is denied.
public struct SecurityGroup: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var vpc: String
    public var description: String
    /// Nil when the source lists the group without its rules (they are then unknown, not empty).
    public var ingress: [SecurityGroupRule]?
    public var egress: [SecurityGroupRule]?
    public var location: SourceLocation?
    public var kind: ElementKind { .securityGroup }

    public init(id: String, name: String, vpc: String, description: String = "",
                ingress: [SecurityGroupRule]? = nil, egress: [SecurityGroupRule]? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.vpc = vpc
        self.description = description
        self.ingress = ingress
        self.egress = egress
        self.location = location
    }
}

/// One permission of a security group, for one peer: AWS's `IpPermissions` entries list
/// several ranges and groups, and are split into one rule each so a trace can name the
/// one that decided.
public struct SecurityGroupRule: Hashable, Sendable, CustomStringConvertible {
    /// Who the rule lets in (ingress) or out to (egress).
    public enum Peer: Hashable, Sendable, CustomStringConvertible {
        case cidr(CIDR)
        /// A security group id: members of that group, in this VPC, a peered VPC or across a transit gateway.
        case group(String)
        case prefixList(String)

        public var description: String {
            switch self {
            case .cidr(let c): return c.description
            case .group(let g), .prefixList(let g): return g
            }
        }
    }

    public var ipProtocol: IPProtocol
    /// Nil for every port (all protocols, or ICMP).
    public var ports: PortRange?
    public var peer: Peer
    /// The rule's own description, as AWS keeps it.
    public var note: String?

    public init(ipProtocol: IPProtocol, ports: PortRange?, peer: Peer, note: String? = nil) {
        self.ipProtocol = ipProtocol
        self.ports = ports
        self.peer = peer
        self.note = note
    }

    /// `tcp 3306 from 0.0.0.0/0 'Connectivity test'` style, without the direction word.
    public var description: String {
        var out = ipProtocol.description
        if let ports, ipProtocol.hasPorts { out += " \(ports)" }
        out += " \(peer)"
        if let note, !note.isEmpty { out += " '\(note)'" }
        return out
    }
}

/// A network ACL: stateless numbered rules at a subnet's edge, evaluated in order, the
/// first match deciding; traffic no entry matches is denied (the `*` entry every ACL has).
public struct NetworkAcl: ModelElement, Hashable {
    public struct Entry: Hashable, Sendable, CustomStringConvertible {
        /// 1–32766, lowest first.
        public var number: Int
        /// True for outbound rules.
        public var egress: Bool
        public var ipProtocol: IPProtocol
        /// Nil for every port.
        public var ports: PortRange?
        public var cidr: CIDR
        public var allow: Bool

        public init(number: Int, egress: Bool, ipProtocol: IPProtocol, ports: PortRange?, cidr: CIDR, allow: Bool) {
            self.number = number
            self.egress = egress
            self.ipProtocol = ipProtocol
            self.ports = ports
            self.cidr = cidr
            self.allow = allow
        }

        /// `#100 allow tcp 443 10.0.0.0/16`.
        public var description: String {
            var out = "#\(number) \(allow ? "allow" : "deny") \(ipProtocol)"
            if let ports, ipProtocol.hasPorts { out += " \(ports)" }
            return out + " \(cidr)"
        }
    }

    public var id: String
    public var name: String
    public var vpc: String
    /// The VPC's default ACL guards every subnet no other ACL lists.
    public var isDefault: Bool
    public var subnets: [String]
    public var entries: [Entry]
    public var location: SourceLocation?
    public var kind: ElementKind { .networkAcl }

    public init(id: String, name: String, vpc: String, isDefault: Bool = false, subnets: [String] = [],
                entries: [Entry] = [], location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.vpc = vpc
        self.isDefault = isDefault
        self.subnets = subnets
        self.entries = entries
        self.location = location
    }

    /// The entries of one direction, in evaluation order.
    public func entries(egress: Bool) -> [Entry] {
        entries.filter { $0.egress == egress }.sorted { $0.number < $1.number }
    }
}

/// A VPC: its address space, DNS settings, and the account and region it lives in. Its
/// subnets and route tables are elements of their own that point back to it.
public struct Vpc: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var account: String
    public var region: String
    public var cidrs: [CIDR]
    /// `enableDnsSupport`: the Amazon-provided resolver answers in this VPC. Nil when the
    /// source does not say (`describe-vpcs` does not), so checks never guess.
    public var dnsSupport: Bool?
    /// `enableDnsHostnames`: instances get public DNS names; private DNS for endpoints needs it.
    /// Nil when the source does not say.
    public var dnsHostnames: Bool?
    public var location: SourceLocation?
    public var kind: ElementKind { .vpc }

    public init(id: String, name: String, account: String, region: String, cidrs: [CIDR],
                dnsSupport: Bool? = nil, dnsHostnames: Bool? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.account = account
        self.region = region
        self.cidrs = cidrs
        self.dnsSupport = dnsSupport
        self.dnsHostnames = dnsHostnames
        self.location = location
    }
}

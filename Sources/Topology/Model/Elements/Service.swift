/// A service that endpoints connect to: a customer's endpoint service (provider side of
/// PrivateLink, backed by load balancers) or an AWS service such as `com.amazonaws.us-east-1.s3`.
public struct Service: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var serviceKind: ServiceKind
    /// The owning account id, or `amazon`.
    public var owner: String?
    public var region: String?
    /// How consumers reach it; nil for AWS services that offer several endpoint types.
    public var type: ServiceType?
    public var loadBalancers: [String]
    public var acceptanceRequired: Bool
    public var allowedPrincipals: [String]
    /// Regions whose consumers may connect (cross-region PrivateLink, since 2024-11-26).
    public var supportedRegions: [String]
    public var privateDnsName: String?
    /// True for a service an endpoint names that no source describes (snapshots of one account).
    public var isOutsideSources: Bool
    public var location: SourceLocation?
    public var kind: ElementKind { serviceKind == .awsService ? .awsService : .endpointService }

    public init(id: String, name: String, serviceKind: ServiceKind, owner: String? = nil, region: String? = nil,
                type: ServiceType? = nil, loadBalancers: [String] = [], acceptanceRequired: Bool = false,
                allowedPrincipals: [String] = [], supportedRegions: [String] = [], privateDnsName: String? = nil,
                isOutsideSources: Bool = false, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.serviceKind = serviceKind
        self.owner = owner
        self.region = region
        self.type = type
        self.loadBalancers = loadBalancers
        self.acceptanceRequired = acceptanceRequired
        self.allowedPrincipals = allowedPrincipals
        self.supportedRegions = supportedRegions
        self.privateDnsName = privateDnsName
        self.isOutsideSources = isOutsideSources
        self.location = location
    }

    /// The short name of an AWS service (`s3` for `com.amazonaws.us-east-1.s3`), else nil.
    public var awsShortName: String? {
        guard name.hasPrefix("com.amazonaws."), !name.hasPrefix("com.amazonaws.vpce.") else { return nil }
        // The usual shape (no empty part): everything after the third dot, found in one
        // pass, as tables ask this of every endpoint's service.
        let utf8 = name.utf8
        var dots = 0, previousWasDot = false
        var afterThird: String.Index?
        for i in utf8.indices {
            let isDot = utf8[i] == UInt8(ascii: ".")
            if isDot && previousWasDot { afterThird = nil; dots = -1; break }
            if isDot {
                dots += 1
                if dots == 3 { afterThird = utf8.index(after: i) }
            }
            previousWasDot = isDot
        }
        if dots >= 3, !previousWasDot, let afterThird { return String(name[afterThird...]) }
        // Empty parts (`..`, a final dot) are dropped, as splitting at dots drops them.
        let parts = name.split(separator: ".")
        return parts.count >= 4 ? parts[3...].joined(separator: ".") : nil
    }
}

/// A managed prefix list: a named set of CIDRs routes and security group rules can name.
/// AWS-managed lists (S3, DynamoDB) are what gateway endpoint routes point at.
public struct PrefixList: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var cidrs: [CIDR]
    /// For an AWS-managed list, the service it covers (`com.amazonaws.us-east-1.s3`).
    public var awsService: String?
    public var location: SourceLocation?
    public var kind: ElementKind { .prefixList }

    public init(id: String, name: String, cidrs: [CIDR], awsService: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.cidrs = cidrs
        self.awsService = awsService
        self.location = location
    }
}

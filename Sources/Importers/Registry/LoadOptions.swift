import Topology

/// What the command line says about sources beyond their names: the values a
/// CloudFormation template's parameters and pseudo parameters take, and whether what
/// cannot be resolved stops the load. Formats that have no use for them ignore them.
public struct LoadOptions: Sendable, Equatable {
    /// `--parameter KEY=VALUE`: overrides of template parameters' defaults, by key.
    public var parameters: [String: String]
    /// `--region`: `AWS::Region`, and the region of what a template creates.
    public var region: String
    /// `--account`: `AWS::AccountId`, and the owner of what a template creates.
    public var account: String
    /// `--strict`: warnings (an unresolved import or parameter) fail the load (exit 65).
    public var strict: Bool

    /// The region a template is read for when none is given.
    public static let defaultRegion = "us-east-1"
    /// The account a template is read for when none is given: the placeholder AWS's own
    /// documentation uses in examples, so it is never mistaken for a real one.
    public static let placeholderAccount = "123456789012"

    public init(parameters: [String: String] = [:], region: String = LoadOptions.defaultRegion,
                account: String = LoadOptions.placeholderAccount, strict: Bool = false) {
        self.parameters = parameters
        self.region = region
        self.account = account
        self.strict = strict
    }
}

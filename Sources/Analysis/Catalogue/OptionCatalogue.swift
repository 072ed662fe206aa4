/// The catalogue of connectivity options, in the order of `OptionID.allCases`.
public enum OptionCatalogue {
    /// Every option, in catalogue order.
    public static let all: [ConnectivityOption] = [
        interfaceEndpoint, gatewayEndpoint, gatewayLoadBalancerEndpoint, vpcPeering, transitGateway,
        transitGatewayPeering, siteToSiteVPN, directConnect, vpcLattice, resourceEndpoint, natGatewayInternet, cloudWAN,
        vpcSharing,
    ]

    /// The option with this id.
    public static func option(_ id: OptionID) -> ConnectivityOption {
        all.first { $0.id == id }!
    }

    /// The AWS services that interface endpoints reach across regions, by short name
    /// (`com.amazonaws.REGION.NAME`, or the global `com.amazonaws.NAME`).
    public static let crossRegionAWSServices: Set<String> = [
        "s3", "iam", "ecr.api", "ecr.dkr", "kms", "kms-fips", "ecs", "lambda", "kinesis-firehose", "kinesisanalytics",
        "kinesisanalytics-fips", "route53",
    ]

    /// The only services gateway endpoints serve.
    public static let gatewayEndpointServices: Set<String> = ["s3", "dynamodb"]
}

import Topology

/// Why a FROM or TO argument names no usable end, with close names to suggest.
public struct AdvisorEndError: Error, Sendable, Equatable {
    /// What is wrong, in one sentence.
    public let message: String
    /// Ids, names or short names close to what was typed.
    public let suggestions: [String]
}

extension AdvisorEnd {
    /// Short names of AWS services that may be compared even when no source lists them:
    /// `compare vpc-1 s3` then means the service in the FROM side's region.
    public static let knownAWSServices: Set<String> = [
        "s3", "dynamodb", "sts", "ssm", "ssmmessages", "ec2messages", "kms", "ecr.api", "ecr.dkr", "ecs", "lambda",
        "logs", "monitoring", "sqs", "sns", "secretsmanager", "ec2", "elasticloadbalancing", "kinesis-firehose",
        "kinesis-streams", "execute-api", "athena", "glue", "rds", "bedrock-runtime", "sagemaker.api",
    ]

    /// Resolves an id, a name (ignoring case) or an AWS service short name such as `s3`.
    ///
    /// When several AWS services share a short name (`s3` in two regions), the one in
    /// `preferredRegion` wins: the FROM side's region, so `compare vpc-in-eu s3` means the
    /// S3 of that VPC's region.
    public static func resolve(_ query: String, in topology: NetworkModel,
                               preferredRegion: String? = nil) throws(AdvisorEndError) -> AdvisorEnd {
        let matches = topology.resolve(query)
        if matches.count == 1 { return try end(for: matches[0], query: query, in: topology) }
        let services = matches.compactMap { match -> Service? in
            if case .service(let s) = match, s.serviceKind == .awsService { return s }
            return nil
        }
        if matches.count > 1, services.count == matches.count {
            return .awsService(pick(services, preferredRegion))
        }
        if matches.count > 1 {
            let list = matches.map { "\($0.id) (\($0.kind.noun))" }
            throw AdvisorEndError(message: "'\(query)' names \(matches.count) elements; give one id", suggestions: list)
        }
        let short = query.lowercased()
        let byShortName = topology.services.filter {
            $0.serviceKind == .awsService && ($0.awsShortName ?? shortName(inServiceName: $0.name)) == short
        }
        if !byShortName.isEmpty { return .awsService(pick(byShortName, preferredRegion)) }
        if knownAWSServices.contains(short), let region = preferredRegion ?? topology.regions.first {
            let name = "com.amazonaws.\(region).\(short)"
            return .awsService(Service(id: name, name: name, serviceKind: .awsService, owner: "amazon", region: region,
                                       isOutsideSources: true))
        }
        throw AdvisorEndError(message: "no VPC, subnet, service or network has the id or name '\(query)'",
                              suggestions: suggestions(for: query, in: topology))
    }

    /// The end an element stands for, or an error for kinds that cannot be compared.
    public static func end(for element: AnyElement, query: String = "",
                           in topology: NetworkModel) throws(AdvisorEndError) -> AdvisorEnd {
        let hint: [String]
        switch element {
        case .vpc(let v): return .vpc(v)
        case .subnet(let s):
            if let v = topology.vpc(s.vpc) { return .subnet(s, in: v) }
            hint = []
        case .service(let s) where s.serviceKind == .awsService: return .awsService(s)
        case .service(let s):
            let provider = s.loadBalancers.lazy.compactMap(topology.loadBalancer).compactMap { topology.vpc($0.vpc) }.first
            return .endpointService(s, provider: provider)
        case .network(let n): return .network(n)
        case .endpoint(let e): hint = [e.vpc] + (e.service.map { [$0] } ?? [])
        case .loadBalancer(let lb): hint = [lb.vpc] + topology.services(behindLoadBalancer: lb.id).map(\.id)
        case .instance(let n):
            // An instance stands for the subnet it sends from, as a network engineer means it.
            if let s = topology.subnet(n.subnet), let v = topology.vpc(s.vpc) { return .subnet(s, in: v) }
            hint = [n.vpc]
        case .networkInterface(let n):
            if let s = topology.subnet(n.subnet), let v = topology.vpc(s.vpc) { return .subnet(s, in: v) }
            hint = [n.vpc]
        case .securityGroup, .networkAcl, .gateway: hint = element.vpcID.map { [$0] } ?? []
        case .transitGatewayRouteTable(let t): hint = [t.transitGateway]
        case .account, .routeTable, .connection, .prefixList: hint = []
        }
        throw AdvisorEndError(
            message: "'\(query.isEmpty ? element.id : query)' is \(article(element.kind.noun)) \(element.kind.noun); compare takes a VPC, a subnet, an endpoint service, an AWS service or an on-premises network",
            suggestions: hint)
    }

    private static func article(_ noun: String) -> String {
        "aeio".contains(noun.first ?? "x") ? "an" : "a"
    }

    private static func pick(_ services: [Service], _ region: String?) -> Service {
        services.first { AdvisorEnd.awsService($0).region == region } ?? services[0]
    }

    private static func suggestions(for query: String, in topology: NetworkModel) -> [String] {
        var candidates = Set<String>()
        for v in topology.vpcs { candidates.formUnion([v.id, v.name]) }
        for s in topology.subnets { candidates.formUnion([s.id, s.name]) }
        for s in topology.services { candidates.formUnion([s.id, s.name]) }
        for n in topology.networks { candidates.formUnion([n.id, n.name]) }
        candidates.formUnion(knownAWSServices)
        return Suggestion.near(query, in: candidates)
    }
}

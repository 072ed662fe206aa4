import Topology

/// Builds one `Architecture` from every loaded template's kept resources, type by type,
/// so a resource may be joined to what another template defines (an app stack's subnet
/// association with a network stack's route table). Resource types the model has no
/// element for are counted in `notModelled`.
struct ModelAssembler {
    let stacks: StackSet
    var arch: Architecture
    /// The kept resources of mapped types, by type name, in template order.
    var resources: [String: [ResourceProperties]] = [:]
    /// Positions in `arch` by element id.
    var vpcAt: [String: Int] = [:]
    var subnetAt: [String: Int] = [:]
    var routeTableAt: [String: Int] = [:]
    var gatewayAt: [String: Int] = [:]
    var securityGroupAt: [String: Int] = [:]
    var networkAclAt: [String: Int] = [:]
    var serviceAt: [String: Int] = [:]
    /// Service ids by service name, as endpoints name them.
    var serviceNamed: [String: String] = [:]
    var connectionAt: [String: Int] = [:]
    var tgwRouteTableAt: [String: Int] = [:]
    /// What a transit gateway attachment resource stands for in the model: the VPC it
    /// attaches, or the peering connection it is.
    var attachedBy: [String: String] = [:]
    /// The `Address` of each Elastic IP resource that gives one.
    var eipAddress: [String: IPv4Address] = [:]
    /// For symbolic subnets, the VPC some resource that names them is in.
    var subnetHints: [String: String] = [:]
    /// Ids written literally: elements of another source, never given a placeholder.
    var literalIds: Set<String> = []
    /// What each subnet is associated with (a route table, a network ACL), each transit
    /// gateway attachment with (a route table), by id: each may have one.
    var associated: [String: String] = [:]

    var region: String { stacks.options.region }
    var account: String { stacks.options.account }

    init(_ stacks: StackSet) {
        self.stacks = stacks
        let names = stacks.templates.map(\.stackName)
        arch = Architecture(source: stacks.templates.map(\.file).joined(separator: ", "),
                            name: names.joined(separator: " + "),
                            description: stacks.templates.map(\.description).filter { !$0.isEmpty }.joined(separator: "\n\n"))
    }

    mutating func assemble() throws(LoadError) -> Architecture {
        try collect()
        gatherSubnetHints()
        try addVpcs()
        try addSubnets()
        try addGateways()
        try addRouteTables()
        try addSecurityGroups()
        try addNetworkAcls()
        try addLoadBalancers()
        try addServices()
        try addEndpoints()
        try addConnections()
        try addTransitGatewayRouteTables()
        try addHybridLinks()
        try addHosts()
        arch.warnings = stacks.warnings
        return arch
    }

    /// Evaluates every kept resource of a mapped type; counts the rest.
    private mutating func collect() throws(LoadError) {
        for (t, template) in stacks.templates.enumerated() {
            let evaluator = stacks.evaluators[t]
            for transform in template.transforms {
                stacks.warn(transform.place, "Transform '\(transform.name)' is not applied; what it would add to the template is not in the model")
            }
            for resource in template.resources {
                if let condition = resource.condition, try !evaluator.condition(condition.name, at: condition.place) { continue }
                guard let type = ResourceType.byName[resource.type] else {
                    arch.notModelled[resource.type, default: 0] += 1
                    continue
                }
                let evaluated = try resource.properties.map { node throws(LoadError) in try evaluator.value(node) }
                let properties = try ResourceProperties(resource, elementId: stacks.elementIds[t][resource.logicalId]!,
                                                        type: type, sequence: resources.values.reduce(0) { $0 + $1.count },
                                                        evaluated: evaluated)
                resources[resource.type, default: []].append(properties)
            }
            // Outputs are evaluated too, so a mistake in one is reported like any other.
            for output in template.outputs {
                if let condition = output.condition, try !evaluator.condition(condition.name, at: condition.place) { continue }
                _ = try evaluator.value(output.value)
            }
        }
    }

    /// The kept resources of the given types, in file order.
    func all(_ types: String...) -> [ResourceProperties] {
        types.count == 1 ? resources[types[0]] ?? [] : types.flatMap { resources[$0] ?? [] }.sorted { $0.sequence < $1.sequence }
    }

    /// An imported subnet says nothing of its VPC, but what is placed in it may: its own
    /// `VpcId`, or its security groups'. The first such VPC homes the placeholder subnet.
    private mutating func gatherSubnetHints() {
        var groupVpc: [String: String] = [:]
        for g in all(ResourceType.securityGroup) where g["VpcId"]?.isLiteral == false { groupVpc[g.elementId] = g["VpcId"]?.flatText }
        for type in ResourceType.all.map(\.name) {
            for p in all(type) {
                var vpc = p["VpcId"]?.isLiteral == false ? p["VpcId"]?.flatText : nil
                for key in ["SecurityGroupIds", "GroupSet", "SecurityGroups"] where vpc == nil {
                    if case .list(let groups)? = p[key]?.shape { vpc = groups.lazy.compactMap { $0.flatText.flatMap { groupVpc[$0] } }.first }
                }
                guard let vpc else { continue }
                var named: [TemplateValue] = []
                for key in ["SubnetId", "SubnetIds", "Subnets", "SubnetMappings"] {
                    guard let value = p[key] else { continue }
                    if case .list(let items) = value.shape { named += items.map { $0["SubnetId"] ?? $0 } } else { named.append(value) }
                }
                for case .symbol(let id) in named.map(\.shape) where subnetHints[id] == nil { subnetHints[id] = vpc }
            }
        }
    }
}

import Topology

/// Turning a property that names another element into the model's id: a resource of the
/// loaded templates (checked to be of a type the property accepts), a literal id another
/// source must define, or a symbolic value, which gets a placeholder element so the
/// reference resolves and every view shows what is unknown.
extension ModelAssembler {
    /// Where a referenced id came from.
    enum Origin { case template, literal, symbolic }

    /// The id `value` names, checked against the resource types `key` accepts.
    func target(_ value: TemplateValue, _ key: String, of p: ResourceProperties,
                accepts types: [String]) throws(LoadError) -> (id: String, origin: Origin) {
        switch value.shape {
        case .resource(let id):
            let found = stacks.resource(ofElement: id)!
            guard types.contains(found.type) else {
                throw LoadError.at(value.place, "\(key) of \(p.what) names '\(found.logicalId)', \(found.type.article) \(found.type); it takes \(types.joined(separator: " or "))")
            }
            return (id, .template)
        case .text(let text): return (text, .literal)
        case .symbol(let text): return (text, .symbolic)
        case .list, .map, .noValue:
            throw LoadError.at(value.place, "\(key) of \(p.what) must name one resource, found \(value.described)")
        }
    }

    /// Records that element `id` of `kind` names `target` in `field`, for the check once
    /// every source is merged.
    mutating func record(_ kind: ElementKind, _ id: String, _ field: String, _ target: String, _ expected: [ElementKind],
                         at place: SourceLocation) {
        arch.references.append(Reference(fromKind: kind, fromId: id, field: field, target: target, expected: expected,
                                         location: place))
    }

    /// The VPC `key` names, with a placeholder VPC for a symbolic one.
    mutating func vpc(_ key: String, of p: ResourceProperties, kind: ElementKind) throws(LoadError) -> String? {
        guard let value = p[key] else { return nil }
        let (id, origin) = try target(value, key, of: p, accepts: [ResourceType.vpc])
        if origin == .symbolic { placeholderVpc(id) }
        if origin == .literal { literalIds.insert(id) }
        record(kind, p.elementId, key, id, [.vpc], at: value.place)
        return id
    }

    /// The subnets a list property names; placeholders (in `vpc`, when known) for symbolic ones.
    mutating func subnets(_ key: String, of p: ResourceProperties, kind: ElementKind, vpc: String?) throws(LoadError) -> [String] {
        var out: [String] = []
        for item in try p.list(key) { out.append(try subnet(item, key, of: p, kind: kind, vpc: vpc)) }
        return out
    }

    mutating func subnet(_ value: TemplateValue, _ key: String, of p: ResourceProperties, kind: ElementKind,
                         vpc: String?) throws(LoadError) -> String {
        let (id, origin) = try target(value, key, of: p, accepts: [ResourceType.subnet])
        if origin == .symbolic { placeholderSubnet(id, vpc: vpc) }
        record(kind, p.elementId, key, id, [.subnet], at: value.place)
        return id
    }

    /// The security groups a list property names; placeholders with unknown rules for symbolic ones.
    mutating func securityGroups(_ key: String, of p: ResourceProperties, kind: ElementKind,
                                 vpc: String?) throws(LoadError) -> [String] {
        var out: [String] = []
        for item in try p.list(key) {
            let (id, origin) = try target(item, key, of: p, accepts: [ResourceType.securityGroup])
            if origin == .symbolic { placeholderSecurityGroup(id, vpc: vpc) }
            record(kind, p.elementId, key, id, [.securityGroup], at: item.place)
            out.append(id)
        }
        return out
    }

    /// The element a resource that changes another (an association, an attachment, a
    /// rule, a route) changes: one of the loaded templates' or a placeholder. A literal id
    /// is an element of another source, which a template cannot change: a warning says
    /// the change is left out. Nil when `key` is absent or so left out.
    mutating func owned(_ key: String, of p: ResourceProperties, accepts types: [String], in table: [String: Int],
                        placeholder: (inout ModelAssembler, String) -> Void) throws(LoadError) -> String? {
        guard let value = p[key] else { throw LoadError.at(p.place, "\(p.what) needs '\(key)'") }
        let (id, origin) = try target(value, key, of: p, accepts: types)
        switch origin {
        case .template:
            return table[id] == nil ? nil : id
        case .symbolic:
            placeholder(&self, id)
            return id
        case .literal:
            stacks.warn(value.place, "\(p.what) changes '\(id)' (\(key)), which no template among the sources defines; the change is not in the model")
            return nil
        }
    }

    /// The VPC a subnet of the model is in, when the model holds the subnet.
    func vpc(ofSubnet id: String) -> String? { subnetAt[id].map { arch.subnets[$0].vpc } }

    /// The VPC of the first security group the model holds among `ids`.
    func vpc(ofGroups ids: [String]) -> String? { ids.lazy.compactMap { securityGroupAt[$0] }.first.map { arch.securityGroups[$0].vpc } }

    // MARK: placeholders

    mutating func placeholderVpc(_ id: String) {
        guard vpcAt[id] == nil, !literalIds.contains(id) else { return }
        vpcAt[id] = arch.vpcs.count
        arch.vpcs.append(Vpc(id: id, name: id, account: account, region: region, cidrs: []))
    }

    /// A placeholder subnet, in `vpc` when the referring element tells it, else in a
    /// placeholder VPC of its own (`VpcOf:ID`), as nothing says which VPC it is in.
    mutating func placeholderSubnet(_ id: String, vpc: String?) {
        guard subnetAt[id] == nil else { return }
        let home = vpc ?? subnetHints[id] ?? "VpcOf:\(id)"
        placeholderVpc(home)
        subnetAt[id] = arch.subnets.count
        arch.subnets.append(Subnet(id: id, name: id, vpc: home, zone: "", zoneId: nil, cidr: nil))
    }

    /// A placeholder security group: its rules are unknown (nil), not empty.
    mutating func placeholderSecurityGroup(_ id: String, vpc: String?) {
        guard securityGroupAt[id] == nil else { return }
        let home = vpc ?? "VpcOf:\(id)"
        placeholderVpc(home)
        securityGroupAt[id] = arch.securityGroups.count
        arch.securityGroups.append(SecurityGroup(id: id, name: id, vpc: home))
    }

    mutating func placeholderRouteTable(_ id: String, vpc: String?) {
        guard routeTableAt[id] == nil else { return }
        let home = vpc ?? "VpcOf:\(id)"
        placeholderVpc(home)
        routeTableAt[id] = arch.routeTables.count
        arch.routeTables.append(RouteTable(id: id, name: id, vpc: home, subnets: [], routes: []))
    }

    mutating func placeholderTransitGateway(_ id: String) {
        guard connectionAt[id] == nil else { return }
        connectionAt[id] = arch.connections.count
        arch.connections.append(Connection(id: id, name: id, type: .transitGateway, region: region))
    }
}

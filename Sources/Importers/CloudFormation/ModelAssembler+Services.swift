import Topology

/// Load balancers, the endpoint services in front of them and who may connect, and the
/// VPC endpoints of every type. An endpoint names its service by name: one of the loaded
/// templates' endpoint services (`com.amazonaws.vpce.REGION.ID`), an AWS service
/// (`com.amazonaws.REGION.s3`), or another provider's service, added as outside the sources.
extension ModelAssembler {
    mutating func addLoadBalancers() throws(LoadError) {
        for p in all(ResourceType.loadBalancer) {
            var subnetValues = try p.list("Subnets")
            for mapping in try p.list("SubnetMappings") {
                guard let subnet = mapping["SubnetId"] else { throw LoadError.at(mapping.place, "each of SubnetMappings of \(p.what) needs SubnetId") }
                subnetValues.append(subnet)
            }
            let groupValues = try p.list("SecurityGroups")
            let vpc = vpcHint(subnetValues) ?? vpc(ofGroups: groupValues.compactMap(\.flatText))
            var subnets: [String] = []
            for value in subnetValues { subnets.append(try subnet(value, "Subnets", of: p, kind: .loadBalancer, vpc: vpc)) }
            let home = vpc ?? subnets.first.flatMap(vpc(ofSubnet:)) ?? ""
            let groups = try securityGroups("SecurityGroups", of: p, kind: .loadBalancer, vpc: home.isEmpty ? nil : home)
            arch.loadBalancers.append(LoadBalancer(
                id: p.elementId, name: p.name == p.resource.logicalId ? (try p.text("Name") ?? p.name) : p.name,
                type: try enumeration(p, "Type") ?? .application, vpc: home, subnets: subnets,
                // ELBv2 load balancers are internet-facing unless Scheme says otherwise.
                scheme: try enumeration(p, "Scheme") ?? .internetFacing, securityGroups: groups, location: p.place))
        }
    }

    /// The VPC of the first subnet among `values` the model already holds.
    func vpcHint(_ values: [TemplateValue]) -> String? {
        values.lazy.compactMap { $0.flatText }.compactMap { self.vpc(ofSubnet: $0) }.first
    }

    mutating func addServices() throws(LoadError) {
        for p in all(ResourceType.vpcEndpointService) {
            var balancers: [String] = []
            for key in ["NetworkLoadBalancerArns", "GatewayLoadBalancerArns"] {
                for value in try p.list(key) {
                    let (id, origin) = try target(value, key, of: p, accepts: [ResourceType.loadBalancer])
                    guard origin != .symbolic else { continue }
                    record(.endpointService, p.elementId, key, id, [.loadBalancer], at: value.place)
                    balancers.append(id)
                }
            }
            let type: ServiceType = p.has("GatewayLoadBalancerArns") ? .gatewayLoadBalancer : .interface
            // Its Name tag, as for every element; untagged, the service name AWS would give it,
            // with the logical id standing in for the vpce-svc id a deployment assigns.
            let name = p.name != p.resource.logicalId ? p.name : "com.amazonaws.vpce.\(region).\(p.elementId)"
            addService(Service(id: p.elementId, name: name, serviceKind: .endpointService,
                               owner: account, region: region, type: type, loadBalancers: balancers,
                               acceptanceRequired: try p.bool("AcceptanceRequired") ?? false,
                               supportedRegions: try p.texts("SupportedRegions"), location: p.place))
        }
        for p in all(ResourceType.vpcEndpointServicePermissions) {
            guard let service = try owned("ServiceId", of: p, accepts: [ResourceType.vpcEndpointService], in: serviceAt,
                                          placeholder: { _, _ in }),
                  let at = serviceAt[service] else { continue }
            arch.services[at].allowedPrincipals += try p.texts("AllowedPrincipals")
        }
    }

    private mutating func addService(_ service: Service) {
        if serviceNamed[service.name] == nil { serviceNamed[service.name] = service.id }
        serviceAt[service.id] = arch.services.count
        arch.services.append(service)
    }

    mutating func addEndpoints() throws(LoadError) {
        for p in all(ResourceType.vpcEndpoint) {
            let type: EndpointType = try enumeration(p, "VpcEndpointType") ?? .gateway
            guard let vpc = try vpc("VpcId", of: p, kind: .endpoint) else { throw LoadError.at(p.place, "\(p.what) needs 'VpcId'") }
            let service = try p["ServiceName"].map { value throws(LoadError) in try endpointService(value, of: p, type: type) }
            if let service { record(.endpoint, p.elementId, "ServiceName", service, [.endpointService, .awsService], at: p.place(of: "ServiceName")) }
            var tables: [String] = []
            for value in try p.list("RouteTableIds") {
                let (id, origin) = try target(value, "RouteTableIds", of: p, accepts: [ResourceType.routeTable])
                if origin == .symbolic { placeholderRouteTable(id, vpc: vpc) }
                record(.endpoint, p.elementId, "RouteTableIds", id, [.routeTable], at: value.place)
                tables.append(id)
            }
            if type == .gateway, let service {
                // AWS adds a route to the service's prefix list, through the endpoint, to each
                // route table the endpoint names (https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html,
                // read 2026-11-30); the list's id is known only once deployed.
                for table in tables {
                    guard let at = routeTableAt[table] else { continue }
                    arch.routeTables[at].routes.append(RouteTable.Route(destination: "PrefixList:\(service)", target: p.elementId))
                }
            }
            arch.endpoints.append(Endpoint(
                id: p.elementId, name: p.name, type: type, vpc: vpc, service: service,
                subnets: try subnets("SubnetIds", of: p, kind: .endpoint, vpc: vpc),
                securityGroups: try securityGroups("SecurityGroupIds", of: p, kind: .endpoint, vpc: vpc),
                routeTables: tables, privateDns: try p.bool("PrivateDnsEnabled") ?? false,
                policy: p["PolicyDocument"].map(Self.json), location: p.place))
        }
    }

    /// The id of the service an endpoint's `ServiceName` names, adding it when no template defines it.
    private mutating func endpointService(_ value: TemplateValue, of p: ResourceProperties,
                                          type: EndpointType) throws(LoadError) -> String {
        if case .resource = value.shape {
            return try target(value, "ServiceName", of: p, accepts: [ResourceType.vpcEndpointService]).id
        }
        let name = try ResourceProperties.text(value, "ServiceName", of: p.what)
        if let known = serviceNamed[name] { return known }
        let serviceType: ServiceType? = switch type {
        case .interface: .interface
        case .gateway: .gateway
        case .gatewayLoadBalancer: .gatewayLoadBalancer
        case .resource, .serviceNetwork: nil
        }
        if !value.isSymbolic, SnapshotNames.isAWSServiceName(name) {
            addService(Service(id: name, name: name, serviceKind: .awsService, owner: "amazon",
                               region: SnapshotNames.region(ofServiceName: name)))
            return name
        }
        let id = value.isSymbolic ? name : SnapshotNames.serviceId(ofName: name)
        if serviceAt[id] == nil {
            addService(Service(id: id, name: name, serviceKind: .endpointService,
                               region: try p.text("ServiceRegion") ?? SnapshotNames.region(ofServiceName: name), type: serviceType,
                               isOutsideSources: true))
        }
        return id
    }

    /// A policy document as JSON text, as the model keeps policies.
    static func json(_ value: TemplateValue) -> String {
        switch value.shape {
        case .text(let text), .resource(let text), .symbol(let text): return quoted(text)
        case .noValue: return "null"
        case .list(let items): return "[" + items.map(json).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.map { "\(quoted($0.key)): \(json($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20:
                out += "\\u00" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

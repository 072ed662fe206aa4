import Topology

/// Endpoint services, AWS services and the endpoints that connect to them, linked by
/// service name (endpoints name their service, never its id).
extension SnapshotAssembler {
    /// The provider side: services this snapshot's accounts publish, with their load balancers.
    mutating func addServiceConfigurations() {
        for s in records.serviceConfigurations where isNew(s.id) {
            let balancers = s.networkLoadBalancers + s.gatewayLoadBalancers
            // A Gateway Load Balancer behind it decides the type, whatever ServiceType says.
            let type: ServiceType? = s.gatewayLoadBalancers.isEmpty ? s.types.first : .gatewayLoadBalancer
            let owner = account(of: s.origin) ?? balancers.lazy.compactMap(SnapshotNames.account(ofARN:)).first
            serviceAt[s.serviceName] = arch.services.count
            arch.services.append(Service(
                id: s.id, name: s.serviceName, serviceKind: .endpointService, owner: owner,
                region: SnapshotNames.region(ofServiceName: s.serviceName) ?? region(of: s.origin), type: type,
                loadBalancers: balancers, acceptanceRequired: s.acceptanceRequired, supportedRegions: s.supportedRegions,
                privateDnsName: s.privateDnsName, location: s.origin.location))
        }
    }

    mutating func addEndpoints() throws(LoadError) {
        var details: [String: SnapshotRecords.ServiceDetailRecord] = [:]
        for d in records.serviceDetails {
            if var known = details[d.serviceName] {
                // AWS lists a service once per endpoint type it offers (S3: Interface, then Gateway).
                known.types += d.types.filter { !known.types.contains($0) }
                details[d.serviceName] = known
            } else {
                details[d.serviceName] = d
            }
        }
        for e in records.endpoints where isNew(e.id) {
            try ensureVpc(e.vpc, account: e.owner, region: nil, for: e.origin)
            let service = e.serviceName.map { serviceId(named: $0, for: e, details: details[$0]) }
            arch.endpoints.append(Endpoint(
                id: e.id, name: SnapshotNames.display(e.name, e.id), type: e.type, vpc: e.vpc, service: service,
                subnets: e.subnets, securityGroups: e.securityGroups, routeTables: e.routeTables, privateDns: e.privateDns,
                state: e.state, policy: e.policy, location: e.origin.location))
        }
    }

    /// The id of the service an endpoint names, adding the service when no configuration
    /// describes it: an AWS service, or an endpoint service whose provider is outside the
    /// snapshot (from what `describe-vpc-endpoint-services` says of it, if anything).
    private mutating func serviceId(named name: String, for e: SnapshotRecords.EndpointRecord,
                                    details: SnapshotRecords.ServiceDetailRecord?) -> String {
        if let at = serviceAt[name] { return arch.services[at].id }
        let region = details?.region ?? e.serviceRegion ?? SnapshotNames.region(ofServiceName: name)
        let service: Service
        if details?.owner == "amazon" || SnapshotNames.isAWSServiceName(name) {
            let types = details?.types ?? []
            service = Service(id: name, name: name, serviceKind: .awsService, owner: "amazon", region: region,
                              type: types.count == 1 ? types[0] : nil, privateDnsName: details?.privateDnsName)
        } else {
            var type = details?.types.first ?? Self.serviceType(for: e.type)
            if details?.types.contains(.gatewayLoadBalancer) == true { type = .gatewayLoadBalancer }
            service = Service(id: details?.id ?? SnapshotNames.serviceId(ofName: name), name: name,
                              serviceKind: .endpointService, owner: details?.owner, region: region, type: type,
                              acceptanceRequired: details?.acceptanceRequired ?? false,
                              privateDnsName: details?.privateDnsName, isOutsideSources: true)
        }
        if !isNew(service.id), let same = arch.services.firstIndex(where: { $0.id == service.id }) {
            // Two names for one id (never seen in AWS output): keep the one service.
            serviceAt[name] = same
            return service.id
        }
        serviceAt[name] = arch.services.count
        arch.services.append(service)
        return service.id
    }

    /// The service type an endpoint of `type` implies.
    private static func serviceType(for type: EndpointType) -> ServiceType? {
        switch type {
        case .interface: return .interface
        case .gateway: return .gateway
        case .gatewayLoadBalancer: return .gatewayLoadBalancer
        case .resource, .serviceNetwork: return nil
        }
    }
}

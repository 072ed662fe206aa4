import Topology

/// `describe-vpc-endpoints`, `describe-vpc-endpoint-service-configurations`,
/// `describe-vpc-endpoint-services` and `elbv2 describe-load-balancers`.
extension SnapshotDecoder {
    mutating func endpoint(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var e = SnapshotRecords.EndpointRecord(origin: origin)
        var sawType = false
        while let key = try r.nextKey() {
            switch key {
            case "VpcEndpointId": e.id = try r.string()
            case "VpcEndpointType":
                if let type: EndpointType = try r.optionalEnumeration("endpoint type") { e.type = type; sawType = true }
            case "VpcId": e.vpc = try r.string()
            case "ServiceName": e.serviceName = try r.optionalString()
            case "ServiceRegion": e.serviceRegion = try r.optionalString()
            case "State": e.state = try r.optionalEnumeration("endpoint state") ?? e.state
            case "SubnetIds": e.subnets = try r.strings()
            case "RouteTableIds": e.routeTables = try r.strings()
            case "Groups": e.securityGroups = try r.memberStrings("GroupId")
            case "PrivateDnsEnabled": e.privateDns = try r.bool() ?? false
            case "PolicyDocument": e.policy = try r.optionalString().map { prettyPolicy($0) }
            case "OwnerId": e.owner = try r.optionalString()
            case "Tags": e.name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(e.id, "VpcEndpointId", origin)
        try r.require(e.vpc, "VpcId", origin)
        try r.require(sawType ? "yes" : "", "VpcEndpointType", origin)
        records.endpoints.append(e)
    }


    /// Most endpoints carry one of a few policies (AWS's default above all): each distinct
    /// text is laid out once, and its endpoints share the result.
    private mutating func prettyPolicy(_ text: String) -> String {
        if let known = policies[text] { return known }
        let pretty = SnapshotPolicy.pretty(text)
        if policies.count < 4096 { policies[text] = pretty }
        return pretty
    }

    mutating func serviceConfiguration(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var s = SnapshotRecords.ServiceConfigurationRecord(origin: origin)
        while let key = try r.nextKey() {
            switch key {
            case "ServiceId": s.id = try r.string()
            case "ServiceName": s.serviceName = try r.string()
            case "ServiceType": s.types = try serviceTypes(&r)
            case "AvailabilityZones": s.zones = try r.strings()
            case "AcceptanceRequired": s.acceptanceRequired = try r.bool() ?? false
            case "PrivateDnsName": s.privateDnsName = try r.optionalString()
            case "NetworkLoadBalancerArns": s.networkLoadBalancers = try r.strings()
            case "GatewayLoadBalancerArns": s.gatewayLoadBalancers = try r.strings()
            case "SupportedRegions": s.supportedRegions = try r.memberStrings("Region")
            default: try r.skipValue()
            }
        }
        try r.require(s.id, "ServiceId", origin)
        try r.require(s.serviceName, "ServiceName", origin)
        records.serviceConfigurations.append(s)
    }

    mutating func serviceDetail(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var s = SnapshotRecords.ServiceDetailRecord(origin: origin)
        while let key = try r.nextKey() {
            switch key {
            case "ServiceName": s.serviceName = try r.string()
            case "ServiceId": s.id = try r.optionalString()
            case "ServiceType": s.types = try serviceTypes(&r)
            case "ServiceRegion": s.region = try r.optionalString()
            case "Owner": s.owner = try r.optionalString()
            case "AcceptanceRequired": s.acceptanceRequired = try r.bool() ?? false
            case "PrivateDnsName": s.privateDnsName = try r.optionalString()
            case "AvailabilityZones": s.zones = try r.strings()
            default: try r.skipValue()
            }
        }
        try r.require(s.serviceName, "ServiceName", origin)
        records.serviceDetails.append(s)
    }

    /// `[{"ServiceType": "Interface"}]`.
    private func serviceTypes(_ r: inout JSONPullReader) throws(LoadError) -> [ServiceType] {
        if try r.skipNull() { return [] }
        var out: [ServiceType] = []
        try r.beginArray()
        while try r.nextElement() {
            try r.beginObject()
            while let key = try r.nextKey() {
                if key == "ServiceType" { if let type: ServiceType = try r.optionalEnumeration("service type") { out.append(type) } } else { try r.skipValue() }
            }
        }
        return out
    }


    mutating func loadBalancer(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var lb = SnapshotRecords.LoadBalancerRecord(origin: origin)
        var sawType = false
        while let key = try r.nextKey() {
            switch key {
            case "LoadBalancerArn": lb.arn = try r.string()
            case "LoadBalancerName": lb.name = try r.optionalString()
            case "Type":
                if let type: LoadBalancerType = try r.optionalEnumeration("load balancer type") { lb.type = type; sawType = true }
            case "Scheme": lb.scheme = try r.optionalEnumeration("load balancer scheme") ?? lb.scheme
            case "VpcId": lb.vpc = try r.string()
            case "AvailabilityZones": lb.subnets = try r.memberStrings("SubnetId")
            case "SecurityGroups": lb.securityGroups = try r.strings()
            default: try r.skipValue()
            }
        }
        try r.require(lb.arn, "LoadBalancerArn", origin)
        try r.require(lb.vpc, "VpcId", origin)
        try r.require(sawType ? "yes" : "", "Type", origin)
        records.loadBalancers.append(lb)
    }
}

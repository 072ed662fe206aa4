import Topology

/// `describe-vpcs`, `describe-subnets` and `describe-route-tables` (every target kind,
/// blackhole routes and the main table).
extension SnapshotDecoder {
    mutating func vpc(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var v = SnapshotRecords.VpcRecord(origin: origin)
        while let key = try r.nextKey() {
            switch key {
            case "VpcId": v.id = try r.string()
            case "OwnerId": v.owner = try r.optionalString()
            case "CidrBlock": v.cidr = try r.cidr()
            case "CidrBlockAssociationSet": v.associatedCidrs += try associatedCidrs(&r, key: "CidrBlock")
            case "Ipv6CidrBlockAssociationSet": v.associatedCidrs += try associatedCidrs(&r, key: "Ipv6CidrBlock")
            case "Tags": v.name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(v.id, "VpcId", origin)
        records.vpcs.append(v)
    }

    /// The CIDRs of an association set, leaving out those being or already disassociated.
    private func associatedCidrs(_ r: inout JSONPullReader, key cidrKey: StaticString) throws(LoadError) -> [CIDR] {
        if try r.skipNull() { return [] }
        var out: [CIDR] = []
        try r.beginArray()
        while try r.nextElement() {
            try r.beginObject()
            var cidr: CIDR?, state: String?
            while let key = try r.nextKey() {
                if key == cidrKey {
                    cidr = try r.cidr()
                } else if key == "CidrBlockState" || key == "Ipv6CidrBlockState" {
                    state = try stateCode(&r, "State")
                } else {
                    try r.skipValue()
                }
            }
            if let cidr, !["disassociating", "disassociated", "failed"].contains(state ?? "") { out.append(cidr) }
        }
        return out
    }

    /// The `key` member of an object such as `{"State": "associated"}`.
    func stateCode(_ r: inout JSONPullReader, _ codeKey: StaticString) throws(LoadError) -> String? {
        if try r.skipNull() { return nil }
        try r.beginObject()
        var code: String?
        while let key = try r.nextKey() {
            if key == codeKey { code = try r.optionalString() } else { try r.skipValue() }
        }
        return code
    }

    mutating func subnet(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var s = SnapshotRecords.SubnetRecord(origin: origin)
        while let key = try r.nextKey() {
            switch key {
            case "SubnetId": s.id = try r.string()
            case "VpcId": s.vpc = try r.string()
            case "AvailabilityZone": s.zone = try r.string()
            case "AvailabilityZoneId": s.zoneId = try r.optionalString()
            case "CidrBlock": s.cidr = try r.cidr()
            case "OwnerId": s.owner = try r.optionalString()
            case "SubnetArn": s.arn = try r.optionalString()
            case "Tags": s.name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(s.id, "SubnetId", origin)
        try r.require(s.vpc, "VpcId", origin)
        try r.require(s.zone, "AvailabilityZone", origin)
        records.subnets.append(s)
    }

    mutating func routeTable(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var t = SnapshotRecords.RouteTableRecord(origin: origin)
        while let key = try r.nextKey() {
            switch key {
            case "RouteTableId": t.id = try r.string()
            case "VpcId": t.vpc = try r.string()
            case "OwnerId": t.owner = try r.optionalString()
            case "Tags": t.name = try r.nameTag()
            case "Associations": try associations(&r, into: &t)
            case "Routes":
                if try r.skipNull() { break }
                try r.beginArray()
                while try r.nextElement() { if let route = try route(&r) { t.routes.append(route) } }
            default: try r.skipValue()
            }
        }
        try r.require(t.id, "RouteTableId", origin)
        try r.require(t.vpc, "VpcId", origin)
        records.routeTables.append(t)
    }

    private func associations(_ r: inout JSONPullReader, into t: inout SnapshotRecords.RouteTableRecord) throws(LoadError) {
        if try r.skipNull() { return }
        try r.beginArray()
        while try r.nextElement() {
            try r.beginObject()
            var subnet: String?, main = false, state: String?
            while let key = try r.nextKey() {
                switch key {
                case "SubnetId": subnet = try r.optionalString()
                case "Main": main = try r.bool() ?? false
                case "AssociationState": state = try stateCode(&r, "State")
                default: try r.skipValue()
                }
            }
            guard !["disassociating", "disassociated", "failed"].contains(state ?? "") else { continue }
            if main { t.isMain = true }
            if let subnet { t.subnets.append(subnet) }
        }
    }

    /// Route targets, in the order AWS documents the fields; the first present one wins.
    private static let targetKeys: [StaticString] = [
        "GatewayId", "NatGatewayId", "TransitGatewayId", "VpcPeeringConnectionId", "NetworkInterfaceId", "InstanceId",
        "EgressOnlyInternetGatewayId", "LocalGatewayId", "CarrierGatewayId", "CoreNetworkArn", "OdbNetworkArn",
    ]

    private func route(_ r: inout JSONPullReader) throws(LoadError) -> RouteTable.Route? {
        try r.beginObject()
        var destination: String?, target: String?, instance: String?, state: String?
        while let key = try r.nextKey() {
            switch key {
            case "DestinationCidrBlock", "DestinationIpv6CidrBlock", "DestinationPrefixListId":
                destination = try r.optionalString() ?? destination
            case "State": state = try r.optionalString()
            case "InstanceId":
                // An instance route also names the instance's network interface; the instance reads better.
                instance = try r.optionalString()
            default:
                guard Self.targetKeys.contains(where: { key == $0 }) else { try r.skipValue(); continue }
                let value = try r.optionalString()
                if target == nil { target = value }
            }
        }
        guard let destination else { return nil }
        // A route whose target is gone stays, in state blackhole, and drops what it matches.
        return RouteTable.Route(destination: destination, target: instance ?? target ?? "unknown", isBlackhole: state == "blackhole")
    }
}

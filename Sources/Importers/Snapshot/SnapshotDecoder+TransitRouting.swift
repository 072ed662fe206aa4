import Topology

/// `describe-managed-prefix-lists`, `describe-prefix-lists`,
/// `describe-transit-gateway-route-tables` and `describe-transit-gateway-vpc-attachments`.
extension SnapshotDecoder {
    /// A prefix list: from `describe-managed-prefix-lists` (which has an owner, address
    /// family and state), or an AWS service's list from `describe-prefix-lists` (which has
    /// only the id, the name and, in AWS, the CIDRs).
    mutating func prefixList(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var p = SnapshotRecords.PrefixListRecord(origin: origin)
        var state: String?, managed = false
        while let key = try r.nextKey() {
            switch key {
            case "PrefixListId": p.id = try r.string()
            case "PrefixListName": p.name = try r.optionalString()
            case "OwnerId": p.owner = try r.optionalString(); managed = true
            case "State": state = try r.optionalString(); managed = true
            case "AddressFamily": try r.skipValue(); managed = true
            case "Cidrs":
                if try r.skipNull() { break }
                try r.beginArray()
                while try r.nextElement() { if let cidr = try r.cidr() { p.cidrs.append(cidr) } }
            default: try r.skipValue()
            }
        }
        try r.require(p.id, "PrefixListId", origin)
        p.isServiceList = !managed
        if !["delete-complete", "delete-in-progress"].contains(state ?? "") { records.prefixLists.append(p) }
    }

    mutating func transitGatewayRouteTable(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var t = TransitGatewayRouteTable(id: "", name: "", transitGateway: "", location: origin.location)
        var name: String?, state: String?
        while let key = try r.nextKey() {
            switch key {
            case "TransitGatewayRouteTableId": t.id = try r.string()
            case "TransitGatewayId": t.transitGateway = try r.string()
            case "State": state = try r.optionalString()
            case "Tags": name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(t.id, "TransitGatewayRouteTableId", origin)
        try r.require(t.transitGateway, "TransitGatewayId", origin)
        t.name = SnapshotNames.display(name, t.id)
        if !["deleting", "deleted"].contains(state ?? "") {
            records.transitGatewayRouteTables.append(.init(origin: origin, element: t))
        }
    }

    mutating func vpcAttachment(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var a = SnapshotRecords.VpcAttachmentRecord(origin: origin)
        while let key = try r.nextKey() {
            switch key {
            case "TransitGatewayAttachmentId": a.id = try r.string()
            case "TransitGatewayId": a.transitGateway = try r.string()
            case "VpcId": a.vpc = try r.string()
            case "VpcOwnerId": a.owner = try r.optionalString()
            case "SubnetIds": a.subnets = try r.strings()
            case "State": a.state = try r.optionalEnumeration("attachment state", aliases: Self.attachmentStateAliases) ?? a.state
            case "Options":
                if try r.skipNull() { break }
                try r.beginObject()
                while let option = try r.nextKey() {
                    if option == "ApplianceModeSupport" { a.applianceMode = try r.optionalString() == "enable" } else { try r.skipValue() }
                }
            default: try r.skipValue()
            }
        }
        try r.require(a.id, "TransitGatewayAttachmentId", origin)
        try r.require(a.transitGateway, "TransitGatewayId", origin)
        // Some implementations of the API (moto) list every kind of attachment here; only a
        // VPC's says anything of subnets.
        if !a.vpc.isEmpty { records.vpcAttachments.append(a) }
    }
}

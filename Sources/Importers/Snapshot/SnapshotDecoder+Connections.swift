import Topology

/// `describe-vpc-peering-connections`, `describe-transit-gateways` and
/// `describe-transit-gateway-attachments`.
extension SnapshotDecoder {
    /// Transit gateway attachment states that have no native counterpart, mapped to the
    /// nearest one (the rest match once kebab-cased: `pendingAcceptance`).
    static let attachmentStateAliases: [String: ConnectionState] = [
        "initiating": .pending, "modifying": .available, "rolling-back": .failed, "rejecting": .rejected,
        "failing": .failed,
    ]

    mutating func peering(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var p = SnapshotRecords.PeeringRecord(origin: origin)
        while let key = try r.nextKey() {
            switch key {
            case "VpcPeeringConnectionId": p.id = try r.string()
            case "Status":
                if try r.skipNull() { break }
                try r.beginObject()
                while let key = try r.nextKey() {
                    if key == "Code" { p.state = try r.optionalEnumeration("peering state") ?? p.state } else { try r.skipValue() }
                }
            case "RequesterVpcInfo": p.requester = try peer(&r)
            case "AccepterVpcInfo": p.accepter = try peer(&r)
            case "Tags": p.name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(p.id, "VpcPeeringConnectionId", origin)
        try r.require(p.requester.vpc, "RequesterVpcInfo.VpcId", origin)
        try r.require(p.accepter.vpc, "AccepterVpcInfo.VpcId", origin)
        records.peerings.append(p)
    }

    private func peer(_ r: inout JSONPullReader) throws(LoadError) -> SnapshotRecords.PeerRecord {
        var p = SnapshotRecords.PeerRecord()
        if try r.skipNull() { return p }
        try r.beginObject()
        var primary: CIDR?
        while let key = try r.nextKey() {
            switch key {
            case "VpcId": p.vpc = try r.optionalString() ?? ""
            case "OwnerId": p.owner = try r.optionalString()
            case "Region": p.region = try r.optionalString()
            case "CidrBlock": primary = try r.cidr()
            case "CidrBlockSet":
                for text in try r.memberStrings("CidrBlock") { if let cidr = CIDR(text) { p.cidrs.append(cidr) } }
            default: try r.skipValue()
            }
        }
        if let primary, !p.cidrs.contains(primary) { p.cidrs.insert(primary, at: 0) }
        return p
    }

    mutating func transitGateway(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var t = SnapshotRecords.TransitGatewayRecord(origin: origin)
        while let key = try r.nextKey() {
            switch key {
            case "TransitGatewayId": t.id = try r.string()
            case "TransitGatewayArn": t.arn = try r.optionalString()
            case "OwnerId": t.owner = try r.optionalString()
            case "State": t.state = try r.optionalEnumeration("transit gateway state", aliases: ["modifying": .available]) ?? t.state
            case "Tags": t.name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(t.id, "TransitGatewayId", origin)
        records.transitGateways.append(t)
    }

    mutating func attachment(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var a = SnapshotRecords.AttachmentRecord(origin: origin)
        while let key = try r.nextKey() {
            switch key {
            case "TransitGatewayAttachmentId": a.id = try r.string()
            case "TransitGatewayId": a.transitGateway = try r.string()
            case "TransitGatewayOwnerId": a.transitGatewayOwner = try r.optionalString()
            case "ResourceOwnerId": a.resourceOwner = try r.optionalString()
            case "ResourceType": a.resourceType = try r.string()
            case "ResourceId": a.resourceId = try r.optionalString()
            case "State": a.state = try r.optionalEnumeration("attachment state", aliases: Self.attachmentStateAliases) ?? a.state
            case "Tags": a.name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(a.id, "TransitGatewayAttachmentId", origin)
        try r.require(a.transitGateway, "TransitGatewayId", origin)
        try r.require(a.resourceType, "ResourceType", origin)
        records.attachments.append(a)
    }
}

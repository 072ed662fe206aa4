import Topology

/// The output of calls made once per item: `describe-vpc-attribute` (which names its VPC),
/// the per-route-table transit gateway calls and `get-managed-prefix-list-entries` (which
/// do not: `linkscope snapshot` adds `TransitGatewayRouteTableId` or `PrefixListId`, and
/// collectors that gather them into a list name each object's item the same way). The
/// name may come before or after the items, so both are held until the object ends.
extension SnapshotDecoder {
    /// What one object of per-item output held so far.
    struct PerItemOutput {
        let origin: SnapshotRecords.Origin
        var table: String?, prefixList: String?, vpc: String?
        var tableItems: SnapshotRecords.TableItemsRecord?
        var entries: [CIDR]?
        var attributes: SnapshotRecords.VpcAttributeRecord?
        /// The calls whose output it holds, and the member that would name their item.
        var calls: [(command: String, needs: String)] = []

        init(origin: SnapshotRecords.Origin) { self.origin = origin }
    }

    /// Reads the member `key` when it is per-item output or names its item; false when it is neither.
    mutating func perItem(_ r: inout JSONPullReader, _ key: SnapshotKey, into item: inout PerItemOutput) throws(LoadError) -> Bool {
        switch key {
        case "TransitGatewayRouteTableId": item.table = try r.optionalString()
        case "PrefixListId": item.prefixList = try r.optionalString()
        case "VpcId": item.vpc = try r.optionalString()
        case "Associations":
            item.tableItems = item.tableItems ?? .init(origin: item.origin)
            item.tableItems!.associations += try attachmentRefs(&r, ended: ["disassociating", "disassociated"])
            item.calls.append(("get-transit-gateway-route-table-associations", "TransitGatewayRouteTableId"))
        case "TransitGatewayRouteTablePropagations":
            item.tableItems = item.tableItems ?? .init(origin: item.origin)
            item.tableItems!.propagations += try attachmentRefs(&r, ended: ["disabling", "disabled"])
            item.calls.append(("get-transit-gateway-route-table-propagations", "TransitGatewayRouteTableId"))
        case "Routes":
            item.tableItems = item.tableItems ?? .init(origin: item.origin)
            item.tableItems!.routes += try tableRoutes(&r)
            item.calls.append(("search-transit-gateway-routes", "TransitGatewayRouteTableId"))
        case "Entries":
            item.entries = (item.entries ?? []) + (try r.memberCidrs("Cidr"))
            item.calls.append(("get-managed-prefix-list-entries", "PrefixListId"))
        case "EnableDnsSupport", "EnableDnsHostnames":
            var attributes = item.attributes ?? .init()
            let value = try attributeValue(&r)
            if key == "EnableDnsSupport" { attributes.dnsSupport = value } else { attributes.dnsHostnames = value }
            item.attributes = attributes
            item.calls.append(("describe-vpc-attribute", "VpcId"))
        default:
            return false
        }
        return true
    }

    /// Keeps what the object held when it names its item; otherwise notes why it was left out.
    mutating func finish(_ item: PerItemOutput, into found: inout Found) {
        for (command, needs) in item.calls {
            let name: String? = switch needs {
            case "TransitGatewayRouteTableId": item.table
            case "PrefixListId": item.prefixList
            default: item.vpc
            }
            if name == nil {
                found.unnamed.append("\(command) output that names no \(needs)")
            } else {
                found.note(command)
            }
        }
        if var items = item.tableItems, let table = item.table {
            items.table = table
            records.tableItems.append(items)
        }
        if let entries = item.entries, let list = item.prefixList {
            records.prefixLists.append(.init(origin: item.origin, id: list, cidrs: entries))
        }
        if var attributes = item.attributes, let vpc = item.vpc {
            attributes.vpc = vpc
            records.vpcAttributes.append(attributes)
        }
    }

    /// `{"Value": true}`.
    private func attributeValue(_ r: inout JSONPullReader) throws(LoadError) -> Bool? {
        if try r.skipNull() { return nil }
        try r.beginObject()
        var value: Bool?
        while let key = try r.nextKey() {
            if key == "Value" { value = try r.bool() } else { try r.skipValue() }
        }
        return value
    }

    /// The attachments of an association or propagation list, leaving out those ending.
    private func attachmentRefs(_ r: inout JSONPullReader, ended: [String]) throws(LoadError) -> [SnapshotRecords.AttachmentRef] {
        if try r.skipNull() { return [] }
        var out: [SnapshotRecords.AttachmentRef] = []
        try r.beginArray()
        while try r.nextElement() {
            var state: String?
            let ref = try attachmentRef(&r, state: &state)
            if !ended.contains(state ?? "") { out.append(ref) }
        }
        return out
    }

    func attachmentRef(_ r: inout JSONPullReader, state: inout String?) throws(LoadError) -> SnapshotRecords.AttachmentRef {
        var ref = SnapshotRecords.AttachmentRef()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "TransitGatewayAttachmentId": ref.attachment = try r.optionalString()
            case "ResourceType": ref.resourceType = try r.optionalString()
            case "ResourceId": ref.resourceId = try r.optionalString()
            case "State": state = try r.optionalString()
            default: try r.skipValue()
            }
        }
        return ref
    }

    /// Static and blackhole routes (`search-transit-gateway-routes`); propagated ones, if
    /// the search was not filtered, follow from the propagations instead.
    private func tableRoutes(_ r: inout JSONPullReader) throws(LoadError) -> [SnapshotRecords.TableRouteRecord] {
        if try r.skipNull() { return [] }
        var out: [SnapshotRecords.TableRouteRecord] = []
        try r.beginArray()
        while try r.nextElement() {
            var route = SnapshotRecords.TableRouteRecord()
            var type: String?, state: String?
            try r.beginObject()
            while let key = try r.nextKey() {
                switch key {
                case "DestinationCidrBlock", "PrefixListId": route.destination = try r.optionalString() ?? route.destination
                case "TransitGatewayAttachments":
                    if try r.skipNull() { break }
                    try r.beginArray()
                    var ignored: String?
                    while try r.nextElement() { route.attachments.append(try attachmentRef(&r, state: &ignored)) }
                case "Type": type = try r.optionalString()
                case "State": state = try r.optionalString()
                default: try r.skipValue()
                }
            }
            route.isBlackhole = state == "blackhole"
            guard type != "propagated", !["deleting", "deleted"].contains(state ?? ""), !route.destination.isEmpty else { continue }
            out.append(route)
        }
        return out
    }
}

import Topology

/// The items per-item calls are made for, and where their ids come from: the saved
/// output of a list call, read with the streaming reader (a `describe-vpcs` of thousands
/// of VPCs is never decoded whole).
public enum SnapshotItemSource: Sendable, Hashable {
    /// Every VPC (`describe-vpcs`).
    case vpcs
    /// Every transit gateway route table not being deleted (`describe-transit-gateway-route-tables`).
    case transitGatewayRouteTables
    /// Every prefix list an account owns (`describe-managed-prefix-lists`); AWS-managed
    /// lists come with their CIDRs from `describe-prefix-lists` instead.
    case customerPrefixLists

    /// The list call whose output names the items.
    public var listCommand: String {
        switch self {
        case .vpcs: return "describe-vpcs"
        case .transitGatewayRouteTables: return "describe-transit-gateway-route-tables"
        case .customerPrefixLists: return "describe-managed-prefix-lists"
        }
    }

    /// How help text writes an item id.
    var placeholder: String {
        switch self {
        case .vpcs: return "VPC_ID"
        case .transitGatewayRouteTables: return "ROUTE_TABLE_ID"
        case .customerPrefixLists: return "PREFIX_LIST_ID"
        }
    }

    /// The ids of the items in the list call's output saved at `path`, in file order.
    public func ids(inOutputAt path: String) throws(LoadError) -> [String] {
        let file = try MappedFile(path: path)
        return try file.withBytes { (bytes) throws(LoadError) -> [String] in
            var r = JSONPullReader(bytes, file: path)
            var ids: [String] = []
            try r.beginObject()
            while let key = try r.nextKey() {
                guard key == arrayKey else { try r.skipValue(); continue }
                if try r.skipNull() { continue }
                try r.beginArray()
                while try r.nextElement() { if let id = try item(&r) { ids.append(id) } }
            }
            return ids
        }
    }

    private var arrayKey: StaticString {
        switch self {
        case .vpcs: return "Vpcs"
        case .transitGatewayRouteTables: return "TransitGatewayRouteTables"
        case .customerPrefixLists: return "PrefixLists"
        }
    }

    /// The id of the object at the reader, when it is an item the calls are for.
    private func item(_ r: inout JSONPullReader) throws(LoadError) -> String? {
        try r.beginObject()
        var id: String?, state: String?, owner: String?
        while let key = try r.nextKey() {
            switch (self, key) {
            case (.vpcs, "VpcId"), (.transitGatewayRouteTables, "TransitGatewayRouteTableId"),
                 (.customerPrefixLists, "PrefixListId"):
                id = try r.optionalString()
            case (_, "State"): state = try r.optionalString()
            case (_, "OwnerId"): owner = try r.optionalString()
            default: try r.skipValue()
            }
        }
        switch self {
        case .vpcs: return id
        case .transitGatewayRouteTables: return ["deleting", "deleted"].contains(state ?? "") ? nil : id
        case .customerPrefixLists: return owner == "AWS" || ["delete-complete", "delete-in-progress"].contains(state ?? "") ? nil : id
        }
    }
}

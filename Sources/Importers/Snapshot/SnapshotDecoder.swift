import Topology

/// Reads AWS CLI JSON files into `SnapshotRecords`. A file is recognised by its top-level
/// keys (`Vpcs`, `VpcEndpoints`…); several files with the same key add up, so pages and
/// accounts merge. Members linkscope does not model are skipped, whatever they hold.
struct SnapshotDecoder {
    /// The arrays of AWS output that hold elements.
    private enum Kind {
        case vpc, subnet, routeTable, endpoint, serviceConfiguration, serviceDetail, peering, transitGateway
        case attachment, loadBalancer
    }

    /// The top-level keys that make a file AWS output linkscope reads.
    static let knownKeys: Set<String> = Set(SnapshotCalls.all.flatMap(\.keys))

    var records = SnapshotRecords()
    /// Policy texts already pretty-printed.
    var policies: [String: String] = [:]

    /// Decodes one file's top-level object; false when none of its keys is AWS output
    /// linkscope reads (the file is then left out).
    mutating func decode(_ r: inout JSONPullReader, file info: SnapshotRecords.FileInfo) throws(LoadError) -> Bool {
        var recognised = false
        try r.beginObject()
        while let key = try r.nextKey() {
            if Self.knownKeys.contains(key.string) { recognised = true }
            switch key {
            case "Vpcs": try each(&r, .vpc)
            case "Subnets": try each(&r, .subnet)
            case "RouteTables": try each(&r, .routeTable)
            case "VpcEndpoints": try each(&r, .endpoint)
            case "ServiceConfigurations": try each(&r, .serviceConfiguration)
            case "ServiceDetails": try each(&r, .serviceDetail)
            case "VpcPeeringConnections": try each(&r, .peering)
            case "TransitGateways": try each(&r, .transitGateway)
            case "TransitGatewayAttachments": try each(&r, .attachment)
            case "LoadBalancers": try each(&r, .loadBalancer)
            case "Account":
                if let account = try r.optionalString() { records.identities.append((info.folder, account)) }
            default:
                // `SecurityGroups` and `ServiceNames` are recognised but hold nothing linkscope
                // models (endpoints carry their group ids); anything else is not ours to read.
                try r.skipValue()
            }
        }
        guard r.atEnd() else { throw r.syntaxError("more text after the end of the JSON document") }
        if recognised { records.files.append(info) }
        return recognised
    }

    /// Decodes every object of the array at the reader (`null`: none).
    private mutating func each(_ r: inout JSONPullReader, _ kind: Kind) throws(LoadError) {
        if try r.skipNull() { return }
        try r.beginArray()
        while try r.nextElement() {
            let at = r.mark
            let origin = SnapshotRecords.Origin(file: records.files.count, location: r.location(of: at))
            try r.beginObject()
            switch kind {
            case .vpc: try vpc(&r, origin)
            case .subnet: try subnet(&r, origin)
            case .routeTable: try routeTable(&r, origin)
            case .endpoint: try endpoint(&r, origin)
            case .serviceConfiguration: try serviceConfiguration(&r, origin)
            case .serviceDetail: try serviceDetail(&r, origin)
            case .peering: try peering(&r, origin)
            case .transitGateway: try transitGateway(&r, origin)
            case .attachment: try attachment(&r, origin)
            case .loadBalancer: try loadBalancer(&r, origin)
            }
        }
    }
}

extension JSONPullReader {
    /// Fails when a member AWS always prints was missing from the object that just ended.
    func require(_ value: String, _ key: String, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        if value.isEmpty { throw LoadError.at(origin.location, "\(pathText): missing \"\(key)\"") }
    }
}

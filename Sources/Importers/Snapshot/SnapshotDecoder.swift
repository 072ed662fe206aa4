import Topology

/// Reads AWS CLI JSON files into `SnapshotRecords`. A file is recognised by its top-level
/// keys (`Vpcs`, `VpcEndpoints`…); several files with the same key add up, so pages and
/// accounts merge. A file may also be a list of such objects, as collectors that gather a
/// per-item call into one file write it. Members linkscope does not model are skipped,
/// whatever they hold. One decoder reads one file, so files decode on every core at once
/// (`SnapshotLoader`); the assembler reads their records in file order.
struct SnapshotDecoder {
    /// The arrays of AWS output that hold elements.
    enum Kind {
        case vpc, subnet, routeTable, endpoint, serviceConfiguration, serviceDetail, peering, transitGateway
        case attachment, loadBalancer, reservation, networkInterface, address, securityGroup, networkAcl
        case internetGateway, egressOnlyInternetGateway, natGateway, vpnGateway, customerGateway, vpnConnection
        case prefixList, transitGatewayRouteTable, vpcAttachment
    }

    var records = SnapshotRecords()
    /// Policy texts already pretty-printed.
    var policies: [String: String] = [:]
    /// The file's place in the load's list of files, which every record's origin names.
    let fileIndex: Int

    init(fileIndex: Int) {
        self.fileIndex = fileIndex
    }

    /// Decodes one file: a top-level object, or a list of them. Says which calls' output
    /// it held, or why it was left out.
    mutating func decode(_ r: inout JSONPullReader, file info: SnapshotRecords.FileInfo) throws(LoadError) -> SnapshotFileOutcome {
        var found = Found()
        if r.peek() == UInt8(ascii: "[") {
            try r.beginArray()
            while try r.nextElement() {
                if r.peek() == UInt8(ascii: "{") { try object(&r, info, &found) } else { try r.skipValue() }
            }
        } else {
            try object(&r, info, &found)
        }
        guard r.atEnd() else { throw r.syntaxError("more text after the end of the JSON document") }
        if !found.calls.isEmpty { return .read(found.calls) }
        if found.isManifest { return .manifest }
        return .skipped(found.unnamed.first ?? "no known top-level key")
    }

    /// What the objects of one file turned out to hold.
    struct Found {
        /// The calls recognised, in the order first met.
        var calls: [String] = []
        /// Per-item output that does not say which item it is about, as the report words it.
        var unnamed: [String] = []
        /// The manifest `linkscope snapshot` writes beside the output.
        var isManifest = false

        mutating func note(_ command: String) { if !calls.contains(command) { calls.append(command) } }
    }

    private mutating func object(_ r: inout JSONPullReader, _ info: SnapshotRecords.FileInfo,
                                 _ found: inout Found) throws(LoadError) {
        let origin = SnapshotRecords.Origin(file: fileIndex, location: r.recordLocation())
        try r.beginObject()
        var item = PerItemOutput(origin: origin)
        while let key = try r.nextKey() {
            if let kind = Self.kind(of: key) {
                let before = records.prefixLists.count
                try each(&r, kind)
                let services = kind == .prefixList && records.prefixLists[before...].contains(where: \.isServiceList)
                if let call = SnapshotCalls.call(forKey: key.string) { found.note(services ? "describe-prefix-lists" : call.command) }
            } else if key == "Account" {
                if let account = try r.optionalString() { records.identities.append((info.folder, account)) }
                found.note(SnapshotCalls.identity.command)
            } else if key == "ServiceNames" {
                try r.skipValue()  // names only; ServiceDetails says the rest
                found.note("describe-vpc-endpoint-services")
            } else if key == "linkscopeSnapshot" {
                try r.skipValue()
                found.isManifest = true
            } else if try !perItem(&r, key, into: &item) {
                try r.skipValue()
            }
        }
        finish(item, into: &found)
    }

    /// The kind of element each array of AWS output holds.
    private static func kind(of key: SnapshotKey) -> Kind? {
        switch key {
        case "Vpcs": return .vpc
        case "Subnets": return .subnet
        case "RouteTables": return .routeTable
        case "VpcEndpoints": return .endpoint
        case "ServiceConfigurations": return .serviceConfiguration
        case "ServiceDetails": return .serviceDetail
        case "VpcPeeringConnections": return .peering
        case "TransitGateways": return .transitGateway
        case "TransitGatewayAttachments": return .attachment
        case "LoadBalancers": return .loadBalancer
        case "Reservations": return .reservation
        case "NetworkInterfaces": return .networkInterface
        case "Addresses": return .address
        case "SecurityGroups": return .securityGroup
        case "NetworkAcls": return .networkAcl
        case "InternetGateways": return .internetGateway
        case "EgressOnlyInternetGateways": return .egressOnlyInternetGateway
        case "NatGateways": return .natGateway
        case "VpnGateways": return .vpnGateway
        case "CustomerGateways": return .customerGateway
        case "VpnConnections": return .vpnConnection
        case "PrefixLists": return .prefixList
        case "TransitGatewayRouteTables": return .transitGatewayRouteTable
        case "TransitGatewayVpcAttachments": return .vpcAttachment
        default: return nil
        }
    }

    /// Decodes every object of the array at the reader (`null`: none).
    private mutating func each(_ r: inout JSONPullReader, _ kind: Kind) throws(LoadError) {
        if try r.skipNull() { return }
        try r.beginArray()
        while try r.nextElement() {
            let origin = SnapshotRecords.Origin(file: fileIndex, location: r.recordLocation())
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
            case .reservation: try reservation(&r, origin)
            case .networkInterface: try networkInterface(&r, origin)
            case .address: try address(&r)
            case .securityGroup: try securityGroup(&r, origin)
            case .networkAcl: try networkAcl(&r, origin)
            case .internetGateway: try internetGateway(&r, origin, type: .internet)
            case .egressOnlyInternetGateway: try internetGateway(&r, origin, type: .egressOnlyInternet)
            case .natGateway: try natGateway(&r, origin)
            case .vpnGateway: try vpnGateway(&r, origin)
            case .customerGateway: try customerGateway(&r, origin)
            case .vpnConnection: try vpnConnection(&r, origin)
            case .prefixList: try prefixList(&r, origin)
            case .transitGatewayRouteTable: try transitGatewayRouteTable(&r, origin)
            case .vpcAttachment: try vpcAttachment(&r, origin)
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

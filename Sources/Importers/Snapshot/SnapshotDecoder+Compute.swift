import Topology

/// `describe-instances`, `describe-network-interfaces` and `describe-addresses`.
extension SnapshotDecoder {
    /// A reservation of `describe-instances`: the instances launched together.
    mutating func reservation(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        while let key = try r.nextKey() {
            guard key == "Instances" else { try r.skipValue(); continue }
            if try r.skipNull() { continue }
            try r.beginArray()
            while try r.nextElement() {
                let at = SnapshotRecords.Origin(file: origin.file, location: r.recordLocation())
                try r.beginObject()
                try instance(&r, at)
            }
        }
    }

    private mutating func instance(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var n = SnapshotRecords.InstanceRecord(origin: origin)
        var primary: IPv4Address?, interfaceIps: [IPv4Address] = []
        while let key = try r.nextKey() {
            switch key {
            case "InstanceId": n.id = try r.string()
            case "VpcId": n.vpc = try r.optionalString() ?? ""
            case "SubnetId": n.subnet = try r.optionalString() ?? ""
            case "PrivateIpAddress": primary = try r.ipv4()
            case "PublicIpAddress": n.publicIp = try r.ipv4()
            case "SecurityGroups": n.securityGroups = try r.memberStrings("GroupId")
            case "State": n.state = try stateCode(&r, "Name") ?? ""
            case "NetworkInterfaces": interfaceIps = try primaryInterfaceIps(&r)
            case "Tags": n.name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(n.id, "InstanceId", origin)
        // A terminated instance stays listed for a while, with no network left.
        guard n.state != "terminated" else { return }
        try r.require(n.vpc, "VpcId", origin)
        try r.require(n.subnet, "SubnetId", origin)
        for ip in [primary].compactMap({ $0 }) + interfaceIps where !n.privateIps.contains(ip) { n.privateIps.append(ip) }
        records.instances.append(n)
    }

    /// The private addresses of an instance's primary interface (device index 0); its
    /// other interfaces are elements of their own.
    private func primaryInterfaceIps(_ r: inout JSONPullReader) throws(LoadError) -> [IPv4Address] {
        if try r.skipNull() { return [] }
        var out: [IPv4Address] = []
        try r.beginArray()
        while try r.nextElement() {
            var ips: [IPv4Address] = [], device: Int?
            try r.beginObject()
            while let key = try r.nextKey() {
                switch key {
                case "PrivateIpAddresses": ips = try addresses(&r).map(\.private)
                case "Attachment": device = try deviceIndex(&r)
                default: try r.skipValue()
                }
            }
            if (device ?? 0) == 0 { out += ips }
        }
        return out
    }

    private func deviceIndex(_ r: inout JSONPullReader) throws(LoadError) -> Int? {
        if try r.skipNull() { return nil }
        var device: Int?
        try r.beginObject()
        while let key = try r.nextKey() {
            if key == "DeviceIndex" { device = try r.integer() } else { try r.skipValue() }
        }
        return device
    }

    /// `PrivateIpAddresses`: each private address and the public one mapped to it, if any.
    private func addresses(_ r: inout JSONPullReader) throws(LoadError) -> [(private: IPv4Address, public: IPv4Address?)] {
        if try r.skipNull() { return [] }
        var out: [(private: IPv4Address, public: IPv4Address?)] = []
        try r.beginArray()
        while try r.nextElement() {
            var ip: IPv4Address?, publicIp: IPv4Address?
            try r.beginObject()
            while let key = try r.nextKey() {
                switch key {
                case "PrivateIpAddress": ip = try r.ipv4()
                case "Association": publicIp = try association(&r)
                default: try r.skipValue()
                }
            }
            if let ip { out.append((ip, publicIp)) }
        }
        return out
    }

    /// The public address of an `Association` object.
    private func association(_ r: inout JSONPullReader) throws(LoadError) -> IPv4Address? {
        if try r.skipNull() { return nil }
        var ip: IPv4Address?
        try r.beginObject()
        while let key = try r.nextKey() {
            if key == "PublicIp" { ip = try r.ipv4() } else { try r.skipValue() }
        }
        return ip
    }

    mutating func networkInterface(_ r: inout JSONPullReader, _ origin: SnapshotRecords.Origin) throws(LoadError) {
        var n = SnapshotRecords.InterfaceRecord(origin: origin)
        var primary: IPv4Address?, listed: [(private: IPv4Address, public: IPv4Address?)] = []
        while let key = try r.nextKey() {
            switch key {
            case "NetworkInterfaceId": n.id = try r.string()
            case "VpcId": n.vpc = try r.string()
            case "SubnetId": n.subnet = try r.string()
            case "PrivateIpAddress": primary = try r.ipv4()
            case "PrivateIpAddresses": listed = try addresses(&r)
            case "Association": n.publicIp = try association(&r)
            case "Groups": n.securityGroups = try r.memberStrings("GroupId")
            case "InterfaceType": n.type = try r.optionalString() ?? n.type
            case "Attachment": n.instance = try attachedInstance(&r)
            case "Description": n.description = try r.optionalString()
            case "TagSet", "Tags": n.name = try r.nameTag()
            default: try r.skipValue()
            }
        }
        try r.require(n.id, "NetworkInterfaceId", origin)
        try r.require(n.vpc, "VpcId", origin)
        try r.require(n.subnet, "SubnetId", origin)
        for ip in [primary].compactMap({ $0 }) + listed.map(\.private) where !n.privateIps.contains(ip) { n.privateIps.append(ip) }
        n.publicIp = n.publicIp ?? listed.lazy.compactMap(\.public).first
        records.interfaces.append(n)
    }

    private func attachedInstance(_ r: inout JSONPullReader) throws(LoadError) -> String? {
        if try r.skipNull() { return nil }
        var instance: String?
        try r.beginObject()
        while let key = try r.nextKey() {
            if key == "InstanceId" { instance = try r.optionalString() } else { try r.skipValue() }
        }
        return instance
    }

    /// An Elastic IP; one associated with nothing has no place in the model.
    mutating func address(_ r: inout JSONPullReader) throws(LoadError) {
        var a = SnapshotRecords.AddressRecord()
        while let key = try r.nextKey() {
            switch key {
            case "PublicIp": a.publicIp = try r.ipv4()
            case "InstanceId": a.instance = try r.optionalString()
            case "NetworkInterfaceId": a.interface = try r.optionalString()
            default: try r.skipValue()
            }
        }
        if a.publicIp != nil, a.instance != nil || a.interface != nil { records.addresses.append(a) }
    }
}

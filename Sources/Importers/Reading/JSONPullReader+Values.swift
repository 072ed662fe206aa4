import Topology

/// The compound values AWS output repeats everywhere: lists of ids, tag lists, CIDRs.
extension JSONPullReader {
    /// An array of strings (`SubnetIds`); `null` reads as empty.
    mutating func strings() throws(LoadError) -> [String] {
        if try skipNull() { return [] }
        try beginArray()
        var out: [String] = []
        while try nextElement() { out.append(try string()) }
        return out
    }

    /// The `Value` of the `Name` tag in a tag list (`[{"Key": "Name", "Value": "app"}]`).
    mutating func nameTag() throws(LoadError) -> String? {
        if try skipNull() { return nil }
        try beginArray()
        var name: String?
        while try nextElement() {
            try beginObject()
            var key: String?, value: String?
            while let member = try nextKey() {
                switch member {
                case "Key": key = try optionalString()
                case "Value": value = try optionalString()
                default: try skipValue()
                }
            }
            if key == "Name", let value, name == nil { name = value }
        }
        return name
    }

    /// A whole number (`"FromPort": 443`), or nil for `null`. AWS also prints some numbers
    /// as strings (`"BgpAsn": "65000"`); those read as their text, so either spelling works.
    mutating func integer() throws(LoadError) -> Int? {
        let at = mark
        if try skipNull() { return nil }
        let text: String
        if peek() == UInt8(ascii: "\"") {
            text = try string()
        } else {
            guard peek() == UInt8(ascii: "-") || (0x30...0x39).contains(peek()) else { throw wrongShape("a number") }
            let start = position
            try skipValue()
            text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }
        guard let value = Int(text) else { throw badValue("'\(text)' is not a whole number", at: at) }
        return value
    }

    /// An IPv4 address (`10.0.1.5`), or nil for `null`.
    mutating func ipv4() throws(LoadError) -> IPv4Address? {
        let at = mark
        guard let text = try optionalString() else { return nil }
        guard let address = IPv4Address(text) else { throw badValue("'\(text)' is not an IPv4 address", at: at) }
        return address
    }

    /// A string that must be a CIDR (`10.0.0.0/16`); nil for `null`.
    mutating func cidr() throws(LoadError) -> CIDR? {
        let at = mark
        guard let text = try optionalString() else { return nil }
        switch CIDR.parse(text) {
        case .success(let cidr): return cidr
        case .failure(let why): throw badValue("'\(text)' is not a CIDR: \(why.reason)", at: at)
        }
    }

    /// An enumeration value (see `enumeration`), or nil for `null`.
    mutating func optionalEnumeration<E: RawRepresentable & CaseIterable>(
        _ what: String, aliases: [String: E] = [:]
    ) throws(LoadError) -> E? where E.RawValue == String {
        try skipNull() ? nil : enumeration(what, aliases: aliases)
    }

    /// A string naming one value of an enumeration, read the way AWS spells it
    /// (`PendingAcceptance`, `pendingAcceptance` or `pending-acceptance`).
    mutating func enumeration<E: RawRepresentable & CaseIterable>(
        _ what: String, aliases: [String: E] = [:]
    ) throws(LoadError) -> E where E.RawValue == String {
        let at = mark
        let text = try string()
        if let value = E(rawValue: text) { return value }
        let kebab = SnapshotNames.kebab(text)
        if let value = E(rawValue: kebab) ?? aliases[kebab] { return value }
        let known = E.allCases.map(\.rawValue).joined(separator: ", ")
        throw badValue("unknown \(what) '\(text)'; linkscope knows \(known)", at: at)
    }
}

extension JSONPullReader {
    /// The string member `wanted` of every object in an array (`Groups[].GroupId`); objects
    /// without it, and `null`s, add nothing.
    mutating func memberStrings(_ wanted: StaticString) throws(LoadError) -> [String] {
        if try skipNull() { return [] }
        var out: [String] = []
        try beginArray()
        while try nextElement() {
            try beginObject()
            while let key = try nextKey() {
                if key == wanted, let value = try optionalString() {
                    out.append(value)
                } else if key != wanted {
                    try skipValue()
                }
            }
        }
        return out
    }

    /// The CIDR member `wanted` of every object in an array (`Entries[].Cidr`).
    mutating func memberCidrs(_ wanted: StaticString) throws(LoadError) -> [CIDR] {
        if try skipNull() { return [] }
        var out: [CIDR] = []
        try beginArray()
        while try nextElement() {
            try beginObject()
            while let key = try nextKey() {
                if key == wanted {
                    if let cidr = try cidr() { out.append(cidr) }
                } else {
                    try skipValue()
                }
            }
        }
        return out
    }
}

import Topology

/// The values security group rules, network ACL entries and addresses are written with:
/// IPv4 addresses, IP protocols and port ranges, each refused with its place and the forms
/// that are accepted.
extension YAMLFields {
    static let protocolNames = ["tcp", "udp", "icmp", "icmpv6", "all"]

    /// An IPv4 address (`10.0.1.5`), or nil when the key is absent.
    func ipv4(_ key: String) throws -> IPv4Address? {
        guard let text = try string(key) else { return nil }
        return try ipv4(text, key, at: location(of: key))
    }

    /// A list of IPv4 addresses, each with where it was written.
    func ipv4s(_ key: String) throws -> [(IPv4Address, SourceLocation)] {
        try strings(key).map { (try ipv4($0.0, key, at: $0.1), $0.1) }
    }

    private func ipv4(_ text: String, _ key: String, at place: SourceLocation) throws -> IPv4Address {
        guard let address = IPv4Address(text) else {
            throw LoadError.at(place, "invalid IPv4 address '\(text)' in '\(key)' of \(what): write four numbers 0-255 (10.0.1.5)")
        }
        return address
    }

    /// A public address: one an internet gateway could route to.
    func publicIpv4(_ key: String) throws -> IPv4Address? {
        guard let address = try ipv4(key) else { return nil }
        if address.isPrivate {
            throw LoadError.at(location(of: key), "'\(key)' in \(what) is \(address), a private address; a public or Elastic IP is one the internet can route to")
        }
        return address
    }

    /// The rule's protocol, in AWS's spellings (`tcp`, `6`, `-1`, `all`, a number 0-255).
    func ipProtocol(_ key: String) throws -> IPProtocol {
        let text = try required(key)
        if let value = IPProtocol(aws: text) { return value }
        let hint = Suggestion.closest(to: text, in: Self.protocolNames).map { " (did you mean '\($0)'?)" } ?? ""
        throw LoadError.at(location(of: key), "unknown protocol '\(text)' in \(what)\(hint); expected tcp, udp, icmp, icmpv6, all, or a protocol number 0-255")
    }

    /// The ports of a rule for `ipProtocol`: nil (every port) when left out. Only TCP and
    /// UDP have ports; a range on anything else would be silently meaningless.
    func ports(_ key: String, for ipProtocol: IPProtocol) throws -> PortRange? {
        guard let text = try string(key) else { return nil }
        guard ipProtocol.hasPorts else {
            throw LoadError.at(location(of: key), "'\(key)' in \(what): a rule for protocol \(ipProtocol) has no ports (only tcp and udp do); leave '\(key)' out")
        }
        guard let range = PortRange(text: text) else {
            throw LoadError.at(location(of: key), "invalid ports '\(text)' in \(what): write one port (443), a range (\"1024-65535\") or all, within 0-65535")
        }
        return range
    }
}

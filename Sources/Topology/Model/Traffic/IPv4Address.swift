/// One IPv4 address, such as a network interface's private address or an Elastic IP.
public struct IPv4Address: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let value: UInt32

    public init(_ value: UInt32) { self.value = value }

    /// Parses dotted-quad text (`10.0.1.5`); nil for anything else.
    public init?(_ text: some StringProtocol) {
        guard let v = CIDR.parseIPv4(text) else { return nil }
        value = v
    }

    public var description: String {
        "\(value >> 24).\((value >> 16) & 255).\((value >> 8) & 255).\(value & 255)"
    }

    /// The one-address network (`10.0.1.5/32`).
    public var cidr: CIDR { CIDR(self) }

    /// RFC 1918, shared (RFC 6598) and link-local space: addresses an internet gateway never routes to.
    public var isPrivate: Bool { Self.privateRanges.contains { $0.contains(self) } }

    private static let privateRanges = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16"]
        .compactMap(CIDR.init)

    public static func < (a: IPv4Address, b: IPv4Address) -> Bool { a.value < b.value }
}

extension CIDR {
    /// The network of one address.
    public init(_ address: IPv4Address) {
        self.init(family: .ipv4, high: UInt64(address.value) << 32, low: 0, prefixLength: 32)
    }

    /// True when `address` is inside this IPv4 network.
    public func contains(_ address: IPv4Address) -> Bool { contains(CIDR(address)) }

    /// The first address of an IPv4 network (nil for IPv6).
    public var firstIPv4: IPv4Address? {
        family == .ipv4 ? IPv4Address(UInt32(truncatingIfNeeded: first.0 >> 32)) : nil
    }
}

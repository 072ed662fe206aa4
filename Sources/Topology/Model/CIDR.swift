import Foundation

/// An IPv4 or IPv6 network in CIDR notation, such as `10.0.0.0/16` or `2600:1f18::/56`.
///
/// Parsing is strict (the address must have no host bits set) because a CIDR with host bits
/// in an architecture file is almost always a typo, and AWS rejects it too.
public struct CIDR: Hashable, Sendable, CustomStringConvertible {
    /// The address family.
    public enum Family: Sendable { case ipv4, ipv6 }

    public let family: Family
    /// The network address, left-aligned in 128 bits (IPv4 uses the high 32).
    let high: UInt64
    let low: UInt64
    /// The prefix length in bits.
    public let prefixLength: Int

    /// Parses `text`, or says in a few words why it is not a CIDR.
    public static func parse(_ text: String) -> Result<CIDR, CIDRError> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return .failure(.init("expected ADDRESS/PREFIX, as in 10.0.0.0/16")) }
        guard let prefix = Int(parts[1]), !parts[1].hasPrefix("+") else {
            return .failure(.init("the prefix length '\(parts[1])' is not a number"))
        }
        if parts[0].utf8.contains(UInt8(ascii: ":")) {
            guard let (h, l) = parseIPv6(parts[0]) else { return .failure(.init("'\(parts[0])' is not an IPv6 address")) }
            guard (0...128).contains(prefix) else { return .failure(.init("an IPv6 prefix length is 0 to 128")) }
            return checked(CIDR(family: .ipv6, high: h, low: l, prefixLength: prefix))
        }
        guard let v4 = parseIPv4(parts[0]) else { return .failure(.init("'\(parts[0])' is not an IPv4 address")) }
        guard (0...32).contains(prefix) else { return .failure(.init("an IPv4 prefix length is 0 to 32")) }
        return checked(CIDR(family: .ipv4, high: UInt64(v4) << 32, low: 0, prefixLength: prefix))
    }

    /// Parses `text`, or returns nil.
    public init?(_ text: String) {
        guard case .success(let cidr) = CIDR.parse(text) else { return nil }
        self = cidr
    }

    /// A network from its parts; the caller guarantees no host bits are set.
    init(family: Family, high: UInt64, low: UInt64, prefixLength: Int) {
        self.family = family
        self.high = high
        self.low = low
        self.prefixLength = prefixLength
    }

    private static func checked(_ cidr: CIDR) -> Result<CIDR, CIDRError> {
        let masked = cidr.masked(to: cidr.prefixLength)
        guard masked.high == cidr.high, masked.low == cidr.low else {
            return .failure(.init("host bits are set; the network is \(CIDR(family: cidr.family, high: masked.high, low: masked.low, prefixLength: cidr.prefixLength))"))
        }
        return .success(cidr)
    }

    private func masked(to bits: Int) -> (high: UInt64, low: UInt64) {
        let highMask: UInt64 = bits >= 64 ? .max : (bits == 0 ? 0 : ~(UInt64.max >> UInt64(bits)))
        let lowMask: UInt64 = bits <= 64 ? 0 : (bits >= 128 ? .max : ~(UInt64.max >> UInt64(bits - 64)))
        return (high & highMask, low & lowMask)
    }

    /// True when every address of `other` is inside this network.
    public func contains(_ other: CIDR) -> Bool {
        guard family == other.family, other.prefixLength >= prefixLength else { return false }
        let m = other.masked(to: prefixLength)
        return m.high == high && m.low == low
    }

    /// True when the two networks share at least one address.
    public func overlaps(_ other: CIDR) -> Bool {
        contains(other) || other.contains(self)
    }

    /// The first and last address, as 128-bit numbers split in two halves (IPv4 uses the
    /// high 32 bits), for sorting networks and sweeping them for overlaps.
    public var first: (UInt64, UInt64) { (high, low) }
    public var last: (UInt64, UInt64) {
        let hostBits = (family == .ipv4 ? 32 : 128) - prefixLength
        let v4Shift: UInt64 = family == .ipv4 ? 32 : 0
        if family == .ipv4 {
            let span = hostBits == 0 ? 0 : (UInt64.max >> UInt64(64 - hostBits))
            return (high | (span << v4Shift), low)
        }
        if hostBits >= 64 {
            return (high | (hostBits == 128 ? .max : UInt64.max >> UInt64(128 - hostBits)), .max)
        }
        return (high, low | (hostBits == 0 ? 0 : UInt64.max >> UInt64(64 - hostBits)))
    }

    /// The number of addresses, or nil when it does not fit in an `Int` (large IPv6 networks).
    public var addressCount: Int? {
        let hostBits = (family == .ipv4 ? 32 : 128) - prefixLength
        return hostBits < 62 ? 1 << hostBits : nil
    }

    public var description: String {
        switch family {
        case .ipv4:
            let v = UInt32(truncatingIfNeeded: high >> 32)
            return "\(v >> 24).\((v >> 16) & 255).\((v >> 8) & 255).\(v & 255)/\(prefixLength)"
        case .ipv6:
            return "\(CIDR.formatIPv6(high: high, low: low))/\(prefixLength)"
        }
    }
}

/// Why a string is not a CIDR.
public struct CIDRError: Error, Equatable, Sendable {
    public let reason: String
    init(_ reason: String) { self.reason = reason }
}

extension CIDR {
    /// Four dotted decimal octets of one to three digits each, read byte by byte: a
    /// snapshot holds a CIDR for every subnet, route and rule, so this runs 100,000 times.
    static func parseIPv4<S: StringProtocol>(_ text: S) -> UInt32? {
        var value: UInt32 = 0, octet: UInt32 = 0, digits = 0, dots = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, dots < 3 else { return nil }
                value = value << 8 | octet
                octet = 0
                digits = 0
                dots += 1
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), digits < 3 {
                octet = octet * 10 + UInt32(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
            guard octet <= 255 else { return nil }
        }
        guard dots == 3, digits > 0 else { return nil }
        return value << 8 | octet
    }

    static func parseIPv6<S: StringProtocol>(_ text: S) -> (UInt64, UInt64)? {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            for group in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.count), let n = UInt16(group, radix: 16) else { return nil }
                result.append(n)
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        var all = head
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count <= 7 else { return nil }
            all += Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        }
        guard all.count == 8 else { return nil }
        let h = all[0..<4].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        let l = all[4..<8].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        return (h, l)
    }

    /// RFC 5952 form: lower case, the longest run of two or more zero groups shortened to `::`.
    static func formatIPv6(high: UInt64, low: UInt64) -> String {
        let groups = (0..<8).map { i -> UInt16 in
            let word = i < 4 ? high : low
            return UInt16(truncatingIfNeeded: word >> UInt64(48 - 16 * (i % 4)))
        }
        var best = (start: -1, length: 0)
        var i = 0
        while i < 8 {
            guard groups[i] == 0 else { i += 1; continue }
            var j = i
            while j < 8, groups[j] == 0 { j += 1 }
            if j - i > best.length, j - i >= 2 { best = (i, j - i) }
            i = j
        }
        let hex = groups.map { String($0, radix: 16) }
        guard best.start >= 0 else { return hex.joined(separator: ":") }
        let left = hex[0..<best.start].joined(separator: ":")
        let right = hex[(best.start + best.length)...].joined(separator: ":")
        return left + "::" + right
    }
}

extension Character {
    public var isASCIIDigit: Bool { isASCII && isNumber }
}

import Topology

/// `Fn::Cidr`: the first `count` networks of `bits` host bits inside a block, in order
/// (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-cidr.html,
/// read 2026-11-30: `cidrBits` 8 gives /24 networks in IPv4, /120 in IPv6).
enum CidrSplit {
    /// Why a block cannot be split as asked.
    struct Problem: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// The networks, or why they cannot be made.
    static func split(_ block: CIDR, count: Int, bits: Int) -> Result<[CIDR], Problem> {
        let width = block.family == .ipv4 ? 32 : 128
        guard (1...256).contains(count) else { return .failure(Problem("the count is 1 to 256, not \(count)")) }
        guard bits >= 0, bits <= width - block.prefixLength else {
            return .failure(Problem("\(bits) host bits do not fit in \(block), a /\(block.prefixLength) (at most \(width - block.prefixLength))"))
        }
        let room = width - bits - block.prefixLength
        if room < 9, count > 1 << room {
            return .failure(Problem("\(block) holds only \(1 << room) networks of /\(width - bits), not \(count)"))
        }
        var out: [CIDR] = []
        var (high, low) = block.first
        for _ in 0..<count {
            let text = block.family == .ipv4 ? ipv4(high) : ipv6(high, low)
            guard let cidr = CIDR("\(text)/\(width - bits)") else { return .failure(Problem("cannot split \(block)")) }
            out.append(cidr)
            (high, low) = add(high, low, bits: bits, ipv4: block.family == .ipv4)
        }
        return .success(out)
    }

    /// The next network: one more in the bit `bits` up from the right of the address.
    private static func add(_ high: UInt64, _ low: UInt64, bits: Int, ipv4: Bool) -> (UInt64, UInt64) {
        let shift = ipv4 ? bits + 96 : bits
        if shift >= 128 { return (high, low) }
        if shift >= 64 { return (high &+ (1 << UInt64(shift - 64)), low) }
        let (sum, carry) = low.addingReportingOverflow(1 << UInt64(shift))
        return (high &+ (carry ? 1 : 0), sum)
    }

    private static func ipv4(_ high: UInt64) -> String {
        let v = UInt32(truncatingIfNeeded: high >> 32)
        return "\(v >> 24).\((v >> 16) & 255).\((v >> 8) & 255).\(v & 255)"
    }

    private static func ipv6(_ high: UInt64, _ low: UInt64) -> String {
        (0..<8).map { i -> String in
            let word = i < 4 ? high : low
            return String(UInt16(truncatingIfNeeded: word >> UInt64(48 - 16 * (i % 4))), radix: 16)
        }.joined(separator: ":")
    }
}

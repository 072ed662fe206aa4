import Topology

/// Which addresses an interface in a subnet can have: those inside the subnet's CIDR, less
/// the five AWS keeps in every subnet (the network address, the VPC router, DNS, one for
/// future use, and the last address).
/// Source: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html (as of 2026-11).
enum SubnetAddresses {
    /// Why `ip` cannot be an address in `subnet`, or nil when it can (or the subnet's CIDR is unknown).
    static func problem(_ ip: IPv4Address, in subnet: Subnet) -> String? {
        guard let cidr = subnet.cidr, let first = cidr.firstIPv4 else { return nil }
        guard cidr.contains(ip) else { return "outside its subnet '\(subnet.id)' (\(cidr))" }
        let size = UInt64(1) << UInt64(32 - cidr.prefixLength)
        let offset = UInt64(ip.value - first.value)
        guard size >= 16, offset < 4 || offset == size - 1 else { return nil }
        return "one of the five addresses AWS reserves in subnet '\(subnet.id)' (\(cidr)): the first four and the last"
    }
}

import Topology

/// Finds overlapping networks among many by sorting them and sweeping once, instead of
/// comparing every pair: a transit gateway with thousands of attachments stays cheap.
enum Overlaps {
    /// Pairs of owners whose networks overlap, each pair once, in the order found.
    static func pairs(_ networks: [(owner: String, cidr: CIDR)]) -> [(String, String)] {
        var out: [(String, String)] = []
        var seen = Set<String>()
        for family in [CIDR.Family.ipv4, .ipv6] {
            let sorted = networks.filter { $0.cidr.family == family }.sorted { $0.cidr.first < $1.cidr.first }
            var reach: (end: (UInt64, UInt64), owner: String)?
            for item in sorted {
                if let current = reach, item.cidr.first <= current.end, current.owner != item.owner {
                    let key = [current.owner, item.owner].sorted().joined(separator: "|")
                    if seen.insert(key).inserted { out.append((current.owner, item.owner)) }
                }
                if reach == nil || item.cidr.last > reach!.end { reach = (item.cidr.last, item.owner) }
            }
        }
        return out
    }
}

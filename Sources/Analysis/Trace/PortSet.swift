import Topology

/// The ports traffic may still use, as sorted, disjoint ranges. A trace without `--port`
/// asks whether traffic on *some* port gets through, so each security group and network
/// ACL narrows the set to what it lets pass, and an empty set stops the trace.
struct PortSet: Equatable, Sendable, CustomStringConvertible {
    private(set) var ranges: [PortRange]

    init(_ range: PortRange) { ranges = [range] }
    private init(ranges: [PortRange]) { self.ranges = ranges }

    static let all = PortSet(.all)
    static let empty = PortSet(ranges: [])

    var isEmpty: Bool { ranges.isEmpty }

    /// The ports in both this set and `range`.
    func intersection(_ range: PortRange) -> PortSet {
        PortSet(ranges: ranges.compactMap { r in
            let low = max(r.from, range.from), high = min(r.to, range.to)
            return low <= high ? PortRange(low, high) : nil
        })
    }

    /// The ports in either set, merged into the fewest ranges.
    func union(_ other: PortSet) -> PortSet {
        var merged: [PortRange] = []
        for r in (ranges + other.ranges).sorted(by: { $0.from < $1.from }) {
            if let last = merged.last, r.from <= last.to + 1 {
                merged[merged.count - 1] = PortRange(last.from, max(last.to, r.to))
            } else {
                merged.append(r)
            }
        }
        return PortSet(ranges: merged)
    }

    /// The ports of this set outside `range`.
    func subtracting(_ range: PortRange) -> PortSet {
        var out: [PortRange] = []
        for r in ranges {
            if range.to < r.from || range.from > r.to { out.append(r); continue }
            if r.from < range.from { out.append(PortRange(r.from, range.from - 1)) }
            if r.to > range.to { out.append(PortRange(range.to + 1, r.to)) }
        }
        return PortSet(ranges: out)
    }

    /// `443`, `1024-65535`, `all`, or `22, 443`.
    var description: String {
        ranges.isEmpty ? "none" : ranges.map(\.description).joined(separator: ", ")
    }
}

import Topology

/// The `local` route: the VPC's own address space, delivered by the VPC router to the
/// destination's subnet.
extension TraceWalk {
    /// Delivers within the VPC of `subnet`.
    mutating func deliverLocally(from subnet: Subnet, entry: TraceEntry) throws(TraceStop) {
        guard let destination = to.subnet, destination.vpc == subnet.vpc, !to.byPublicAddress else {
            try stop(subnet.vpc, ElementKind.vpc.rawValue, .drop, code: .noPath,
                     message: "\(destinationText) is inside \(label(subnet.vpc))'s own range, so the local route keeps the traffic there, but \(label(to.id)) is not in it (overlapping CIDRs?).",
                     topic: "vpc")
        }
        try arrive(in: destination, from: subnet, entry: entry)
    }
}

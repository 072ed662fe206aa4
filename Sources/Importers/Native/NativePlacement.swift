import Topology

/// Instances and network interfaces whose subnet another native file of the same load
/// defines (workloads in one file, the network in another): they take that subnet's VPC,
/// and their addresses are checked against it as if it were in their own file.
enum NativePlacement {
    /// Fills in the VPC of every instance and interface whose subnet one of `architectures` defines.
    static func place(_ architectures: inout [Architecture]) throws(LoadError) {
        var subnets: [String: Subnet] = [:]
        for arch in architectures {
            for s in arch.subnets where subnets[s.id] == nil { subnets[s.id] = s }
        }
        for a in architectures.indices {
            for i in architectures[a].instances.indices where architectures[a].instances[i].vpc.isEmpty {
                let n = architectures[a].instances[i]
                guard let subnet = subnets[n.subnet] else { continue }
                try check(n.privateIps, subnet, owner: "instance '\(n.id)'", at: n.location)
                architectures[a].instances[i].vpc = subnet.vpc
            }
            for i in architectures[a].networkInterfaces.indices where architectures[a].networkInterfaces[i].vpc.isEmpty {
                let n = architectures[a].networkInterfaces[i]
                guard let subnet = subnets[n.subnet] else { continue }
                try check(n.privateIps, subnet, owner: "network interface '\(n.id)'", at: n.location)
                architectures[a].networkInterfaces[i].vpc = subnet.vpc
            }
        }
    }

    private static func check(_ ips: [IPv4Address], _ subnet: Subnet, owner: String, at place: SourceLocation?) throws(LoadError) {
        for ip in ips {
            guard let problem = SubnetAddresses.problem(ip, in: subnet) else { continue }
            let defined = subnet.location.map { " (subnet defined at \($0))" } ?? ""
            throw LoadError(.malformed, "\(place.map { "\($0): " } ?? "")\(owner) has private IP \(ip), \(problem)\(defined)")
        }
    }
}

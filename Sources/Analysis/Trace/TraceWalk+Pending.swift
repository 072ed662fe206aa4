import Topology

// Temporary: next hops not yet traced stop with no-path until their files land.
extension TraceWalk {
    mutating func peering(_ id: String, from subnet: Subnet, entry: TraceEntry) throws(TraceStop) { try pending(id) }
    mutating func transitGateway(_ id: String, from subnet: Subnet, entry: TraceEntry) throws(TraceStop) { try pending(id) }
    mutating func internetGatewayOut(_ id: String, from subnet: Subnet, entry: TraceEntry) throws(TraceStop) { try pending(id) }
    mutating func natGateway(_ id: String, from subnet: Subnet, entry: TraceEntry) throws(TraceStop) { try pending(id) }
    mutating func virtualPrivateGateway(_ id: String, from subnet: Subnet, entry: TraceEntry) throws(TraceStop) { try pending(id) }
    mutating func gatewayEndpoint(_ id: String, from subnet: Subnet, entry: TraceEntry) throws(TraceStop) { try pending(id) }
    mutating func enterFromInternet() throws(TraceStop) { try pending("internet") }
    mutating func enterFromNetwork(_ n: Network) throws(TraceStop) { try pending(n.id) }
    mutating func interfaceEndpoint(_ e: Endpoint, in subnet: Subnet) throws(TraceStop) { try pending(e.id) }
    mutating func meetService(_ s: Service, in subnet: Subnet) throws(TraceStop) {}
    mutating func assumedRoute(from subnet: Subnet, entry: TraceEntry) throws(TraceStop) { try pending(subnet.id) }
    mutating func transitGatewayBack(_ c: Connection, from attachment: String, expect: String) throws(TraceStop) { try pending(c.id) }
    private mutating func pending(_ id: String) throws(TraceStop) -> Never {
        try stop(id, "pending", .drop, code: .noPath, message: "not traced yet", topic: "vpc")
    }
}

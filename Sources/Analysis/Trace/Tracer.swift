import Topology

/// Answers "does traffic from A reach B in this architecture, and if not, which rule
/// stops it", hop by hop, with a separate verdict for the reply. Pure: it reads the model
/// and nothing else, and each hop costs a few dictionary lookups.
public struct Tracer: Sendable {
    private let model: NetworkModel

    /// A tracer over `model`.
    public init(_ model: NetworkModel) { self.model = model }

    /// Traces `request`; throws when FROM or TO names nothing a trace can start or end at.
    public func trace(_ request: TraceRequest) throws(TraceError) -> TraceResult {
        let from = try TraceEnd.resolve(request.from, as: .source, near: nil, in: model)
        var to = try TraceEnd.resolve(request.to, as: .destination, near: from.subnet, in: model)
        // Two ends without addresses of their own in one subnet would stand in with one
        // address, and a trace from an address to itself proves nothing: TO takes the next.
        if to.representative != nil, to.address == from.address, let ip = to.address.firstIPv4, to.address.prefixLength == 32 {
            let next = IPv4Address(ip.value &+ 1)
            to.address = CIDR(next)
            to.representative = "\(to.id) has no address in the model: traced with \(next), the usable address after the one \(from.id) stands in with"
        }
        var flow = TraceFlow.initial(from: from, to: to, protocol: request.ipProtocol, port: request.port)
        if let service = flow.service, let list = model.prefixLists.first(where: { $0.awsService == service.name }),
           let cidr = list.cidrs.first(where: { $0.family == .ipv4 }) {
            flow.destination = cidr
        }
        var forward = TraceWalk(model: model, flow: flow, from: from, to: to)
        for sentence in [from.representative, to.representative].compactMap({ $0 }) { forward.remember(sentence) }
        do { try forward.walkForward() } catch {}
        var assumptions = forward.assumptions
        var reply: TracePath?
        if forward.blockedBy == nil {
            var back = TraceWalk(model: model, flow: flow.reversed(), from: forward.to, to: from)
            back.walkReply(forward.replySteps)
            reply = back.path
            for sentence in back.assumptions where !assumptions.contains(sentence) { assumptions.append(sentence) }
        }
        return TraceResult(from: from.id, to: to.id, ipProtocol: request.ipProtocol, port: request.port,
                           forward: forward.path, reply: reply, assumptions: assumptions)
    }
}

extension TraceFlow {
    /// The traffic as it leaves FROM for TO: private addresses, or TO's public address
    /// when it is addressed by it; the reply's ports are the client's ephemeral range.
    static func initial(from: TraceEnd, to: TraceEnd, protocol ipProtocol: IPProtocol, port: Int?) -> TraceFlow {
        let ports = ipProtocol.hasPorts ? port.map { PortSet(PortRange($0, $0)) } ?? .all : .all
        let sourcePorts = ipProtocol.hasPorts && port != nil ? PortSet(.ephemeral) : .all
        var destination = to.address
        if to.byPublicAddress, let ip = to.publicAddress { destination = CIDR(ip) }
        return TraceFlow(source: from.address, destination: destination, ipProtocol: ipProtocol, ports: ports,
                         sourcePorts: sourcePorts, sourceGroups: from.membership, destinationGroups: to.membership,
                         service: to.serviceAddressed)
    }
}

extension TraceEnd {
    /// The service, for a destination that is a service by name.
    var serviceAddressed: Service? {
        if case .service(let s) = place { return s }
        return nil
    }
}

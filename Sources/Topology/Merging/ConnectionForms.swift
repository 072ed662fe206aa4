/// One meaning per way of writing a link. Connections and networks refer to each other
/// across sources (a transit gateway in the network account attaches a VPN another file
/// defines), so the kinds of connection a field may name are checked here, once every
/// source is merged, rather than in the loader.
///
/// Each field accepts only the connection types that give it a meaning the advisor and the
/// checks honour; anything else fails with the place it was written and the accepted form.
/// Two spellings mean the same thing and are rewritten into one: a VPN or Direct Connect
/// connection that lists a VPC in `attachments` ends on it (`between`), and one that lists a
/// transit gateway there is one of that gateway's `attachments`.
enum ConnectionForms {
    /// The connection types a field may name, and the sentence that says what is accepted.
    static func accepted(from kind: ElementKind, type: ConnectionType?, field: String) -> (types: Set<ConnectionType>, form: String)? {
        switch (kind, type, field) {
        case (.network, _, "via"):
            return ([.vpn, .directConnect],
                    "a network reaches AWS via vpn or direct-connect connections (a transit gateway lists those in its 'attachments')")
        case (.connection, .transitGateway?, "attachments"):
            return ([.vpn, .directConnect, .transitGatewayPeering],
                    "a transit gateway attaches VPCs and vpn, direct-connect or transit-gateway-peering connections (join two transit gateways with a transit-gateway-peering connection)")
        case (.connection, .transitGatewayPeering?, "between"):
            return ([.transitGateway], "a transit-gateway-peering joins two transit-gateway connections in 'between'")
        case (.connection, .vpn?, "attachments"), (.connection, .directConnect?, "attachments"):
            return ([.transitGateway],
                    "a \(type!.rawValue) lists the VPCs it ends on and the transit gateways it attaches to")
        default:
            return nil
        }
    }

    /// Checks the connection types every reference names, then rewrites VPN and Direct
    /// Connect `attachments` into the canonical form. Targets that do not exist or are not
    /// connections are left for the reference check, which names them.
    static func canonicalise(_ arch: inout Architecture) throws(LoadError) {
        let vpcIds = Set(arch.vpcs.map(\.id))
        var types: [String: ConnectionType] = [:]
        for c in arch.connections where types[c.id] == nil { types[c.id] = c.type }
        for ref in arch.references {
            guard let targetType = types[ref.target], !vpcIds.contains(ref.target),
                  let rule = accepted(from: ref.fromKind, type: types[ref.fromId], field: ref.field),
                  !rule.types.contains(targetType) else { continue }
            let place = ref.location.map { "\($0): " } ?? ""
            throw LoadError(.malformed, "\(place)\(ref.fromKind.noun) '\(ref.fromId)' field \(ref.field): '\(ref.target)' is a \(targetType.rawValue) connection; \(rule.form)")
        }
        var attachedBy: [String: [String]] = [:]
        for i in arch.connections.indices where [.vpn, .directConnect].contains(arch.connections[i].type) {
            var kept: [String] = []
            for member in arch.connections[i].attachments {
                if vpcIds.contains(member) {
                    if !arch.connections[i].between.contains(member) { arch.connections[i].between.append(member) }
                } else if types[member] == .transitGateway {
                    attachedBy[member, default: []].append(arch.connections[i].id)
                } else {
                    kept.append(member)
                }
            }
            arch.connections[i].attachments = kept
        }
        for i in arch.connections.indices where arch.connections[i].type == .transitGateway {
            for member in attachedBy[arch.connections[i].id] ?? [] where !arch.connections[i].attachments.contains(member) {
                arch.connections[i].attachments.append(member)
            }
        }
        try checkVPNLandings(arch, vpcIds: vpcIds)
    }

    /// A Site-to-Site VPN connection ends on one virtual private gateway (one VPC) or one
    /// transit gateway, never several and never both.
    private static func checkVPNLandings(_ arch: Architecture, vpcIds: Set<String>) throws(LoadError) {
        var gateways: [String: [String]] = [:]
        for c in arch.connections where c.type == .transitGateway {
            for member in c.attachments { gateways[member, default: []].append(c.id) }
        }
        for c in arch.connections where c.type == .vpn {
            let vpcs = c.between.filter(vpcIds.contains)
            let tgws = gateways[c.id] ?? []
            guard vpcs.count + tgws.count > 1 else { continue }
            let place = c.location.map { "\($0): " } ?? ""
            let ends = (vpcs.map { "VPC '\($0)'" } + tgws.map { "transit gateway '\($0)'" }).joined(separator: " and ")
            throw LoadError(.malformed, "\(place)vpn '\(c.id)' ends on \(ends); a Site-to-Site VPN connection ends on one virtual private gateway (one VPC, in 'between') or on one transit gateway (which lists it in 'attachments')")
        }
    }
}

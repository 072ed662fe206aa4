import Topology
import Yams

/// A transit gateway's routing: the subnets each VPC attachment has an interface in, and its
/// route tables (associations, propagations, static and blackhole routes).
extension NativeDecoder {
    /// `attachmentSubnets`: per attached VPC, its subnets, one per Availability Zone. Nil when
    /// left out (the source does not say).
    mutating func attachmentSubnets(_ id: String, _ attachments: [String], _ f: YAMLFields) throws -> [String: [String]]? {
        guard f.has("attachmentSubnets") else { return nil }
        var out: [String: [String]] = [:]
        for (vpc, place, value) in try f.mapping("attachmentSubnets") {
            guard attachments.contains(vpc) else {
                throw LoadError.at(place, "transit-gateway '\(id)' lists '\(vpc)' in 'attachmentSubnets' but not in 'attachments'; only an attached VPC has attachment subnets")
            }
            arch.references.append(Reference(fromKind: .connection, fromId: id, field: "attachmentSubnets", target: vpc,
                                             expected: [.vpc], location: place))
            var zones: [String: String] = [:]
            out[vpc] = try f.strings(in: value, of: "attachmentSubnets").map { subnet, spot in
                arch.references.append(Reference(fromKind: .connection, fromId: id, field: "attachmentSubnets",
                                                 target: subnet, expected: [.subnet], location: spot))
                guard let s = subnetsById[subnet] else { return subnet }
                guard s.vpc == vpc else {
                    throw LoadError.at(spot, "transit-gateway '\(id)' attaches '\(vpc)' through subnet '\(subnet)', which is in VPC '\(s.vpc)'")
                }
                let zone = s.zoneId ?? s.zone
                if let other = zones[zone] {
                    throw LoadError.at(spot, "transit-gateway '\(id)' attaches '\(vpc)' through two subnets in \(zone), '\(other)' and '\(subnet)'; an attachment has one subnet per Availability Zone")
                }
                zones[zone] = subnet
                return subnet
            }
        }
        return out
    }

    mutating func transitGatewayRouteTable(_ node: Node) throws {
        let f = try fields(node, .transitGatewayRouteTable, keys: ["id", "name", "transitGateway", "associations",
                                                                   "propagations", "routes"])
        let id = try f.required("id")
        let f2 = f.named("transit gateway route table '\(id)'")
        let tgw = try f2.required("transitGateway")
        _ = try refer(.transitGatewayRouteTable, id, "transitGateway", f2, to: [.connection])
        let attachment: [ElementKind] = [.vpc, .connection]
        let routes = try f2.list("routes").map { node in
            let r = try YAMLFields(node, what: "a route of transit gateway route table '\(id)'",
                                   keys: ["destination", "target", "blackhole"], budget: budget)
            let destination = try r.required("destination")
            if destination.hasPrefix("pl-") {
                _ = try refer(.transitGatewayRouteTable, id, "destination", r, to: [.prefixList])
            } else {
                _ = try r.cidr(destination, at: r.location(of: "destination"))
            }
            let blackhole = try r.bool("blackhole") ?? false
            if blackhole, r.has("target") {
                throw LoadError.at(r.location(of: "target"), "a blackhole route of transit gateway route table '\(id)' drops what it matches and has no 'target'")
            }
            if !blackhole, !r.has("target") {
                throw LoadError.at(r.location(of: "destination"), "the route to \(destination) in transit gateway route table '\(id)' needs 'target' (the attachment: a VPC or connection id) or 'blackhole: true'")
            }
            return TransitGatewayRouteTable.Route(destination: destination,
                                                  target: try refer(.transitGatewayRouteTable, id, "target", r, to: attachment))
        }
        arch.transitGatewayRouteTables.append(TransitGatewayRouteTable(
            id: id, name: try f2.string("name") ?? id, transitGateway: tgw,
            associations: try referList(.transitGatewayRouteTable, id, "associations", f2, to: attachment),
            propagations: try referList(.transitGatewayRouteTable, id, "propagations", f2, to: attachment),
            routes: routes, location: f.location(of: "id")))
    }
}

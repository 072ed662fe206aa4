import Topology

/// The fields each connection type accepts in the native format, refused with the place
/// and the accepted form when a file uses one the advisor and the checks would ignore.
/// (Which kinds of connection a field may name is checked after merging, in
/// `ConnectionForms`, because the target may live in another source.)
enum ConnectionShape {
    /// Checks `between`, `attachments` and `applianceMode` against the connection's type.
    static func check(_ type: ConnectionType, _ id: String, _ f: YAMLFields) throws {
        let between = try f.strings("between"), attachments = try f.strings("attachments")
        switch type {
        case .vpcPeering, .transitGatewayPeering:
            let ends = type == .vpcPeering ? "VPCs" : "transit gateways"
            if between.count != 2 {
                throw LoadError.at(f.location(of: "between"), "\(type.rawValue) '\(id)' needs 'between' with exactly two ids, found \(between.count): the two \(ends) it joins")
            }
            if !attachments.isEmpty {
                throw LoadError.at(f.location(of: "attachments"), "\(type.rawValue) '\(id)' has no 'attachments': it joins the two \(ends) in 'between'")
            }
        case .transitGateway:
            if !between.isEmpty {
                throw LoadError.at(f.location(of: "between"), "transit-gateway '\(id)' lists what it attaches (VPCs, vpn, direct-connect and transit-gateway-peering connections) in 'attachments', not 'between'")
            }
        case .vpn:
            if between.count > 1 {
                throw LoadError.at(between[1].1, "vpn '\(id)' ends on one VPC (its virtual private gateway) in 'between', found \(between.count); to reach several VPCs attach it to a transit gateway")
            }
        case .directConnect:
            break
        }
        if type != .transitGateway, f.has("applianceMode") {
            throw LoadError.at(f.location(of: "applianceMode"), "'applianceMode' belongs to a transit-gateway: it lists the VPC attachments whose flows keep one Availability Zone")
        }
        if type != .transitGateway, f.has("attachmentSubnets") {
            throw LoadError.at(f.location(of: "attachmentSubnets"), "'attachmentSubnets' belongs to a transit-gateway: it lists, per attached VPC, the subnets its attachment has an interface in")
        }
        for key in ["vpnGateway", "customerGateway", "staticRoutes"] where type != .vpn && f.has(key) {
            throw LoadError.at(f.location(of: key), "'\(key)' belongs to a vpn: its virtual private gateway, customer gateway and static routes")
        }
    }

    /// Every VPC `applianceMode` names must be one of the gateway's attachments.
    static func checkApplianceMode(_ id: String, _ attachments: [String], _ f: YAMLFields) throws {
        for (vpc, place) in try f.strings("applianceMode") where !attachments.contains(vpc) {
            throw LoadError.at(place, "transit-gateway '\(id)' lists '\(vpc)' in 'applianceMode' but not in 'attachments'; appliance mode is an option of a VPC attachment")
        }
    }
}

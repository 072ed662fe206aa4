import Topology
import Yams

/// What sends and receives inside a VPC: instances and network interfaces. Each sits in a
/// subnet, whose VPC it belongs to, and its private addresses must be ones that subnet can
/// hand out.
extension NativeDecoder {
    mutating func instance(_ node: Node) throws {
        let f = try fields(node, .instance, keys: ["id", "name", "subnet", "privateIp", "privateIps", "publicIp",
                                                   "securityGroups", "state"])
        let id = try f.required("id")
        let f2 = f.named("instance '\(id)'")
        let subnet = try f2.required("subnet")
        _ = try refer(.instance, id, "subnet", f2, to: [.subnet])
        if f2.has("privateIp"), f2.has("privateIps") {
            throw LoadError.at(f2.location(of: "privateIps"), "instance '\(id)' has both 'privateIp' and 'privateIps'; write one ('privateIps' lists the primary address first)")
        }
        let ips = try f2.ipv4("privateIp").map { [($0, f2.location(of: "privateIp"))] } ?? f2.ipv4s("privateIps")
        arch.instances.append(Instance(
            id: id, name: try f2.string("name") ?? id, vpc: try vpc(ofSubnet: subnet, ips, "instance '\(id)'"),
            subnet: subnet, privateIps: ips.map(\.0), publicIp: try f2.publicIpv4("publicIp"),
            securityGroups: try referList(.instance, id, "securityGroups", f2, to: [.securityGroup]),
            state: try f2.string("state") ?? "running", location: f.location(of: "id")))
    }

    mutating func networkInterface(_ node: Node) throws {
        let f = try fields(node, .networkInterface, keys: ["id", "name", "subnet", "privateIps", "publicIp",
                                                           "securityGroups", "type", "owner"])
        let id = try f.required("id")
        let f2 = f.named("network interface '\(id)'")
        let subnet = try f2.required("subnet")
        _ = try refer(.networkInterface, id, "subnet", f2, to: [.subnet])
        let ips = try f2.ipv4s("privateIps")
        arch.networkInterfaces.append(NetworkInterface(
            id: id, name: try f2.string("name") ?? id, vpc: try vpc(ofSubnet: subnet, ips, "network interface '\(id)'"),
            subnet: subnet, privateIps: ips.map(\.0), publicIp: try f2.publicIpv4("publicIp"),
            securityGroups: try referList(.networkInterface, id, "securityGroups", f2, to: [.securityGroup]),
            interfaceType: try f2.string("type") ?? "interface",
            owner: try refer(.networkInterface, id, "owner", f2, to: [.instance, .endpoint, .loadBalancer, .gateway]),
            location: f.location(of: "id")))
    }

    /// The VPC of a subnet this file defines, once each address is checked against it; empty
    /// when the subnet is in another file (`NativePlacement` fills it in after loading those).
    func vpc(ofSubnet id: String, _ ips: [(IPv4Address, SourceLocation)], _ owner: String) throws -> String {
        guard let subnet = subnetsById[id] else { return "" }
        for (ip, place) in ips {
            if let problem = SubnetAddresses.problem(ip, in: subnet) {
                throw LoadError.at(place, "\(owner) has private IP \(ip), \(problem)")
            }
        }
        return subnet.vpc
    }
}

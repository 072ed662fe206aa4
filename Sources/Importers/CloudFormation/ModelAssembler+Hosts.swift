import Topology

/// Instances and network interfaces: each in a subnet, whose VPC it takes.
extension ModelAssembler {
    mutating func addHosts() throws(LoadError) {
        var publicIps: [String: IPv4Address] = [:]
        for p in all(ResourceType.eip) {
            if let value = p["InstanceId"], case .resource(let instance) = value.shape, let address = eipAddress[p.elementId] {
                publicIps[instance] = address
            }
        }
        for p in all(ResourceType.instance) {
            // The primary interface (DeviceIndex 0) may carry the subnet, groups and address instead.
            let primary = try p.list("NetworkInterfaces").first { $0["DeviceIndex"]?.flatText == "0" }
            guard let subnetValue = p["SubnetId"] ?? primary?["SubnetId"] else {
                stacks.warn(p.place, "\(p.what) names no subnet, so AWS launches it in the default VPC, which no template describes; it is not in the model")
                continue
            }
            let groupValues = p.has("SecurityGroupIds") ? try p.list("SecurityGroupIds") : listed(primary?["GroupSet"])
            let vpc = vpcHint([subnetValue]) ?? vpc(ofGroups: groupValues.compactMap(\.flatText))
            let subnet = try self.subnet(subnetValue, "SubnetId", of: p, kind: .instance, vpc: vpc)
            let home = vpc ?? self.vpc(ofSubnet: subnet) ?? ""
            var groups: [String] = []
            for value in groupValues {
                let (id, origin) = try target(value, "SecurityGroupIds", of: p, accepts: [ResourceType.securityGroup])
                if origin == .symbolic { placeholderSecurityGroup(id, vpc: home.isEmpty ? nil : home) }
                record(.instance, p.elementId, "SecurityGroupIds", id, [.securityGroup], at: value.place)
                groups.append(id)
            }
            let address = try p.ipv4("PrivateIpAddress") ?? primary?["PrivateIpAddress"].flatMap { $0.flatText.flatMap(IPv4Address.init) }
            arch.instances.append(Instance(id: p.elementId, name: p.name, vpc: home, subnet: subnet,
                                           privateIps: address.map { [$0] } ?? [], publicIp: publicIps[p.elementId],
                                           securityGroups: groups, location: p.place))
        }
        for p in all(ResourceType.networkInterface) {
            let groupValues = try p.list("GroupSet")
            let vpc = vpcHint([try p.required("SubnetId")]) ?? vpc(ofGroups: groupValues.compactMap(\.flatText))
            let subnet = try self.subnet(try p.required("SubnetId"), "SubnetId", of: p, kind: .networkInterface, vpc: vpc)
            let home = vpc ?? self.vpc(ofSubnet: subnet) ?? ""
            var addresses: [IPv4Address] = []
            if let primary = try p.ipv4("PrivateIpAddress") { addresses.append(primary) }
            for item in try p.list("PrivateIpAddresses") {
                if let address = item["PrivateIpAddress"]?.flatText.flatMap(IPv4Address.init), !addresses.contains(address) {
                    addresses.append(address)
                }
            }
            arch.networkInterfaces.append(NetworkInterface(
                id: p.elementId, name: p.name, vpc: home, subnet: subnet, privateIps: addresses,
                securityGroups: try securityGroups("GroupSet", of: p, kind: .networkInterface, vpc: home.isEmpty ? nil : home),
                interfaceType: try p.text("InterfaceType") ?? "interface", location: p.place))
        }
    }

    private func listed(_ value: TemplateValue?) -> [TemplateValue] {
        guard let value else { return [] }
        if case .list(let items) = value.shape { return items }
        return [value]
    }
}

import Topology

/// VPCs, their extra CIDR blocks, and subnets.
extension ModelAssembler {
    mutating func addVpcs() throws(LoadError) {
        for p in all(ResourceType.vpc) {
            var cidrs: [CIDR] = []
            if let cidr = try p.cidr("CidrBlock") {
                cidrs.append(cidr)
            } else if p.has("Ipv4IpamPoolId") {
                stacks.warn(p.place, "\(p.what) takes its CIDR from an IPAM pool when deployed; the model has no CIDR for it")
            }
            vpcAt[p.elementId] = arch.vpcs.count
            // Defaults from the AWS::EC2::VPC reference (read 2026-11-30): DNS support on,
            // DNS hostnames off for a VPC that is not the default one.
            arch.vpcs.append(Vpc(id: p.elementId, name: p.name, account: account, region: region, cidrs: cidrs,
                                 dnsSupport: try p.bool("EnableDnsSupport") ?? true,
                                 dnsHostnames: try p.bool("EnableDnsHostnames") ?? false, location: p.place))
        }
        for p in all(ResourceType.vpcCidrBlock) {
            guard let vpc = try owned("VpcId", of: p, accepts: [ResourceType.vpc], in: vpcAt, placeholder: { $0.placeholderVpc($1) }),
                  let at = vpcAt[vpc], let cidr = try p.cidr(p.has("CidrBlock") ? "CidrBlock" : "Ipv6CidrBlock") else { continue }
            if !arch.vpcs[at].cidrs.contains(cidr) { arch.vpcs[at].cidrs.append(cidr) }
        }
    }

    mutating func addSubnets() throws(LoadError) {
        for p in all(ResourceType.subnet) {
            guard let vpc = try vpc("VpcId", of: p, kind: .subnet) else { throw LoadError.at(p.place, "\(p.what) needs 'VpcId'") }
            var zone = try p.text("AvailabilityZone")
            var zoneId = try p.text("AvailabilityZoneId")
            if let name = zone, zoneId == nil { zoneId = AvailabilityZones.zoneId(of: name) }
            if let id = zoneId, zone == nil { zone = AvailabilityZones.zone(ofId: id) ?? id }
            if zone == nil {
                stacks.warn(p.place, "\(p.what) names no AvailabilityZone: AWS picks one when it is created, so the model has none")
            }
            let cidr = try p.cidr(p.has("CidrBlock") ? "CidrBlock" : "Ipv6CidrBlock")
            subnetAt[p.elementId] = arch.subnets.count
            arch.subnets.append(Subnet(id: p.elementId, name: p.name, vpc: vpc, zone: zone ?? "", zoneId: zoneId,
                                       cidr: cidr, location: p.place))
        }
    }
}
